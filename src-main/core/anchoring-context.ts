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

/** Compare a folded candidate [start, end) with the folded expected prefix and suffix ('' = not given). */
export function matchContext(folded: string, start: number, end: number, prefix: string, suffix: string): ContextMatch {
  let exactSides = 0;
  let exactLength = 0;
  let prefixScore: number | null = null;
  let suffixScore: number | null = null;
  if (prefix.length > 0) {
    const before = textBefore(folded, start, prefix.length);
    if (before === prefix) {
      exactSides++;
      exactLength += prefix.length;
    }
    prefixScore = similarity(before, prefix);
  }
  if (suffix.length > 0) {
    const after = textAfter(folded, end, suffix.length);
    if (after === suffix) {
      exactSides++;
      exactLength += suffix.length;
    }
    suffixScore = similarity(after, suffix);
  }
  const givenLength = prefix.length + suffix.length;
  const overall = givenLength === 0 ? null : ((prefixScore ?? 0) * prefix.length + (suffixScore ?? 0) * suffix.length) / givenLength;
  return { prefix: prefixScore, suffix: suffixScore, overall, exactSides, exactLength };
}
