/**
 * How well the words around a candidate match the words expected before (prefix) and after
 * (suffix) a passage, measured on folded text (see anchoring-fold.ts).
 */
import approxSearch from 'approx-string-match';

/** Similarity in [0, 1] of `expected` to `actual`: 1 minus the edit distance over the expected length. */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  const matches = approxSearch(actual, expected, expected.length);
  return matches.length === 0 ? 0 : 1 - matches[0].errors / expected.length;
}

/** The folded text just before folded offset `at`, as long as the expected prefix (spaces at the seam ignored). */
export function textBefore(folded: string, at: number, length: number): string {
  return folded.slice(Math.max(0, at - length - 1), at).trimEnd().slice(length === 0 ? folded.length : -length);
}

/** The folded text just after folded offset `at`, as long as the expected suffix (spaces at the seam ignored). */
export function textAfter(folded: string, at: number, length: number): string {
  return folded.slice(at, at + length + 1).trimStart().slice(0, length);
}

export interface ContextMatch {
  /** null when no prefix was given. */
  prefix: number | null;
  suffix: number | null;
  /** Prefix and suffix similarity together, weighted by their lengths; null when neither was given. */
  overall: number | null;
  /** How many of the given prefix and suffix sit exactly next to the candidate... */
  exactSides: number;
  /** ...and how many characters they hold together. */
  exactLength: number;
}

/** How the text found on one side of a candidate compares with the `length` characters expected there. */
interface SideMatch {
  score: number;
  exact: boolean;
  length: number;
}

/** null when nothing was expected on that side (''); `read` gives the text found there, as long as the expected. */
function matchSide(expected: string, read: (length: number) => string): SideMatch | null {
  if (expected.length === 0) return null;
  const found = read(expected.length);
  return { score: similarity(found, expected), exact: found === expected, length: expected.length };
}

/** Compare a folded candidate [start, end) with the folded expected prefix and suffix ('' = not given). */
export function matchContext(folded: string, start: number, end: number, prefix: string, suffix: string): ContextMatch {
  const before = matchSide(prefix, (length) => textBefore(folded, start, length));
  const after = matchSide(suffix, (length) => textAfter(folded, end, length));
  const exactSides = [before, after].filter((side): side is SideMatch => side?.exact === true);
  const givenLength = prefix.length + suffix.length;
  const overall = givenLength === 0 ? null : ((before?.score ?? 0) * prefix.length + (after?.score ?? 0) * suffix.length) / givenLength;
  return {
    prefix: before?.score ?? null,
    suffix: after?.score ?? null,
    overall,
    exactSides: exactSides.length,
    exactLength: exactSides.reduce((sum, side) => sum + side.length, 0),
  };
}
