/**
 * Finding a stored passage again in a text that may have changed a little (whitespace, a small
 * edit, text inserted before it), after Hypothesis's client (src/annotator/anchoring/match-quote.ts):
 * candidates for the quote are scored on the quote (50), prefix (20), suffix (20) and closeness to
 * the old position (2). When the evidence is too weak the passage is orphaned (null) rather than
 * guessed: a wrong anchor silently moves a claim or its evidence to words it was never about.
 */
import approxSearch from 'approx-string-match';
import { foldQuery, foldTextCached, findOccurrences, occurrenceAt, type Occurrence } from './anchoring-fold';
import { matchContext, type ContextMatch } from './anchoring-context';

/** What is stored of a passage: a W3C TextQuoteSelector, with the TextPositionSelector when known. */
export interface StoredSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number | null;
  end?: number | null;
}

export interface ReanchorOptions {
  /** Share of the quote that must match, 0–1 (default 0.75: at most one character in four differs). */
  minQuoteSimilarity?: number;
}

export interface Reanchored {
  start: number;
  end: number;
  /** The passage as it now reads in the text. */
  exact: string;
  /** 0–1: how well quote, context and position agree (1 = the same text at the same place). */
  score: number;
  /** True when the quote was found word for word (whitespace and typographic style aside). */
  exactMatch: boolean;
}

/** What each part of the evidence counts for in a candidate's score (see the top of this file). */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
const MAX_ERRORS_CAP = 256;

/**
 * A quote shorter than `length` (folded characters) can easily occur by chance elsewhere, so it is
 * only accepted when its surroundings still look like the stored prefix/suffix: either their
 * length-weighted similarity reaches `minContext` (on the seed report, 32-character contexts taken
 * at random places score about 0.27 in the median and at most about 0.55), or `minExactContext`
 * characters of them sit word for word next to it (one side may have been rewritten).
 */
const SHORT_QUOTE = { length: 32, minContext: 0.6, minExactContext: 16 } as const;

interface Candidate {
  occurrence: Occurrence;
  errors: number;
  quoteScore: number;
  context: ContextMatch;
  score: number;
}

function isValidOffset(value: number | null | undefined, text: string): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= text.length;
}

/** The same quote with the same context at the same offsets (the same words merely at the old place are not enough). */
function unchangedAt(text: string, { exact, prefix = '', suffix = '', start, end }: StoredSelector): { start: number; end: number } | null {
  if (!isValidOffset(start, text) || !isValidOffset(end, text) || start >= end) return null;
  const unchanged =
    text.slice(start, end) === exact &&
    text.slice(Math.max(0, start - prefix.length), start) === prefix &&
    text.slice(end, end + suffix.length) === suffix;
  return unchanged ? { start, end } : null;
}

function overlaps(a: Occurrence, b: Occurrence): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Find the stored passage in `text`, or null when it cannot be found with confidence (orphaned). */
export function reanchor(text: string, selector: StoredSelector, options: ReanchorOptions = {}): Reanchored | null {
  const minQuoteSimilarity = options.minQuoteSimilarity ?? 0.75;
  const quote = foldQuery(selector.exact);
  if (quote.length === 0) return null;

  const unchanged = unchangedAt(text, selector);
  if (unchanged) return { ...unchanged, exact: selector.exact, score: 1, exactMatch: true };

  const folded = foldTextCached(text);
  let found: { occurrence: Occurrence; errors: number }[] = findOccurrences(text, folded, quote).map((occurrence) => ({ occurrence, errors: 0 }));
  if (found.length === 0) {
    const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length / 2));
    found = approxSearch(folded.folded, quote, maxErrors).map((m) => ({ occurrence: occurrenceAt(text, folded, m.start, m.end), errors: m.errors }));
  }

  const prefix = foldQuery(selector.prefix ?? '');
  const suffix = foldQuery(selector.suffix ?? '');
  const hint = isValidOffset(selector.start, text) ? selector.start : null;

  const candidates: Candidate[] = found.map(({ occurrence, errors }) => {
    const quoteScore = 1 - errors / quote.length;
    const context = matchContext(folded.folded, occurrence.foldedStart, occurrence.foldedEnd, prefix, suffix);
    const positionScore = hint === null ? 1 : 1 - Math.abs(occurrence.start - hint) / Math.max(1, text.length);
    const raw = WEIGHTS.quote * quoteScore + WEIGHTS.prefix * (context.prefix ?? 1) + WEIGHTS.suffix * (context.suffix ?? 1) + WEIGHTS.position * positionScore;
    return { occurrence, errors, quoteScore, context, score: raw / TOTAL_WEIGHT };
  });

  const credible = candidates.filter((c) => {
    if (c.quoteScore < minQuoteSimilarity) return false;
    if (quote.length >= SHORT_QUOTE.length) return true;
    if (c.context.overall === null) return c.errors === 0;
    return c.context.overall >= SHORT_QUOTE.minContext || c.context.exactLength >= SHORT_QUOTE.minExactContext;
  });
  if (credible.length === 0) return null;

  credible.sort((a, b) => b.score - a.score);
  const best = credible[0];
  // Approximate matching reports several overlapping spans for one place; only a rival
  // elsewhere with the same score makes the choice a guess.
  const rival = credible.find((c) => c !== best && !overlaps(c.occurrence, best.occurrence));
  if (rival && rival.score >= best.score) return null;

  const { start, end } = best.occurrence;
  return { start, end, exact: text.slice(start, end), score: best.score, exactMatch: best.errors === 0 };
}
