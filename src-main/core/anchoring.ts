/**
 * Anchoring claims and evidence to passages of a source's normalised text, the way the W3C
 * selectors describe them: the exact quote with some words before (prefix) and after (suffix),
 * plus its UTF-16 offsets. Pure functions; the text is a source's NFC-normalised plain text.
 *
 * Choices:
 * - A range whose start or end falls inside a surrogate pair (half an emoji) is widened to the
 *   whole character: the analyst cannot see or mean half a character.
 * - Quotes the analyst types are compared ignoring differences in whitespace (line breaks, double
 *   or non-breaking spaces) and in the style of apostrophes, quotation marks and dashes; the
 *   anchor always holds the source's own characters. Quotes are NFC-normalised (normaliseQuery),
 *   so a decomposed "Á" finds the precomposed one in the text. Letter case must match.
 */
import { CasebookError } from '../contract/errors';
import type { Anchor } from '../contract/domain';
import { shrinkToWholeCharacters, widenToWholeCharacters } from './codepoints';
import { findOccurrences, foldQuery, foldTextCached, type Occurrence } from './anchoring-fold';
import { matchContext } from './anchoring-context';

export { reanchor, type Reanchored, type ReanchorOptions, type StoredSelector } from './anchoring-reanchor';

export const DEFAULT_CONTEXT_LENGTH = 32;

const MESSAGE_QUOTE_LENGTH = 60;

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A quote as shown in a message: in curly quotes, cut short with an ellipsis when long. */
export function quoteForMessage(quote: string): string {
  const chars = Array.from(quote.replace(/\s+/g, ' ').trim());
  const shown = chars.length > MESSAGE_QUOTE_LENGTH ? `${chars.slice(0, MESSAGE_QUOTE_LENGTH - 1).join('').trimEnd()}…` : chars.join('');
  return `“${shown}”`;
}

/** The anchor of text.slice(start, end), with up to `contextLength` characters of context on each side. */
export function anchorFromRange(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new CasebookError('VALIDATION', 'The start and end of a passage must be whole numbers of characters.');
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new CasebookError('VALIDATION', 'The amount of context kept around a passage must be a whole number of characters, 0 or more.');
  }
  if (start < 0 || end > text.length) {
    throw new CasebookError(
      'VALIDATION',
      `The passage ${formatCount(start)}–${formatCount(end)} is not inside this source (its text is ${formatCount(text.length)} characters long).`,
    );
  }
  if (start > end) {
    throw new CasebookError('VALIDATION', `The passage ${formatCount(start)}–${formatCount(end)} ends before it starts.`);
  }
  if (start === end) {
    throw new CasebookError('VALIDATION', `The passage at ${formatCount(start)} is empty; select at least one character.`);
  }
  const whole = widenToWholeCharacters(text, start, end);
  const exact = text.slice(whole.start, whole.end);
  if (exact.trim() === '') {
    throw new CasebookError('VALIDATION', `The passage ${formatCount(start)}–${formatCount(end)} holds only spaces or line breaks; select some words.`);
  }
  const before = shrinkToWholeCharacters(text, Math.max(0, whole.start - contextLength), whole.start);
  const after = shrinkToWholeCharacters(text, whole.end, Math.min(text.length, whole.end + contextLength));
  return {
    start: whole.start,
    end: whole.end,
    exact,
    prefix: text.slice(before.start, before.end),
    suffix: text.slice(after.start, after.end),
  };
}

export interface QuoteRequest {
  /** The passage as the analyst typed or pasted it. */
  quote: string;
  /** Some words just before the passage, to tell apart several occurrences. */
  prefix?: string;
  /** Some words just after the passage. */
  suffix?: string;
  /** Which occurrence, counting from 1 in reading order. */
  occurrence?: number;
}

/** Below this, words before/after that are only roughly right do not single out an occurrence. */
const MIN_FUZZY_CONTEXT = 0.5;
/** ...and the best roughly-right occurrence must beat the next one by this much. */
const MIN_FUZZY_MARGIN = 0.05;

/** The one occurrence whose surroundings match the given prefix/suffix best, or null when none stands out. */
function pickByContext(foldedText: string, occurrences: Occurrence[], prefix: string, suffix: string): Occurrence | null {
  const scored = occurrences.map((occurrence) => ({
    occurrence,
    context: matchContext(foldedText, occurrence.foldedStart, occurrence.foldedEnd, prefix, suffix),
  }));
  const mostExactSides = Math.max(...scored.map((s) => s.context.exactSides));
  if (mostExactSides > 0) {
    const best = scored.filter((s) => s.context.exactSides === mostExactSides);
    return best.length === 1 ? best[0].occurrence : null;
  }
  const ranked = [...scored].sort((a, b) => (b.context.overall ?? 0) - (a.context.overall ?? 0));
  const bestScore = ranked[0].context.overall ?? 0;
  const runnerUp = ranked[1].context.overall ?? 0;
  return bestScore >= MIN_FUZZY_CONTEXT && bestScore - runnerUp >= MIN_FUZZY_MARGIN ? ranked[0].occurrence : null;
}

/** The anchor of a quoted passage, found word for word (whitespace and typographic style aside). */
export function anchorFromQuote(text: string, request: QuoteRequest, contextLength = DEFAULT_CONTEXT_LENGTH): Anchor {
  const quote = foldQuery(request.quote);
  if (quote.length === 0) {
    throw new CasebookError('VALIDATION', 'The quote is empty; type or paste the words of the passage.');
  }
  const shown = quoteForMessage(request.quote);
  const folded = foldTextCached(text);
  const occurrences = findOccurrences(text, folded, quote);
  const count = occurrences.length;
  if (count === 0) {
    throw new CasebookError('NOT_FOUND', `The quoted passage ${shown} is not in this source.`);
  }

  const anchorAt = (occurrence: Occurrence) => anchorFromRange(text, occurrence.start, occurrence.end, contextLength);

  if (request.occurrence !== undefined) {
    const n = request.occurrence;
    if (!Number.isInteger(n) || n < 1 || n > count) {
      throw new CasebookError(
        'VALIDATION',
        count === 1
          ? `The quoted passage ${shown} appears only once in this source, so there is no occurrence ${String(n)}.`
          : `The quoted passage ${shown} appears ${formatCount(count)} times in this source; choose an occurrence from 1 to ${formatCount(count)}.`,
      );
    }
    return anchorAt(occurrences[n - 1]);
  }
  if (count === 1) return anchorAt(occurrences[0]);

  const prefix = foldQuery(request.prefix ?? '');
  const suffix = foldQuery(request.suffix ?? '');
  if (prefix.length > 0 || suffix.length > 0) {
    const picked = pickByContext(folded.folded, occurrences, prefix, suffix);
    if (picked) return anchorAt(picked);
    throw new CasebookError(
      'AMBIGUOUS',
      `The quoted passage ${shown} appears ${formatCount(count)} times in this source, and the words given before or after it do not single one out; give more of them, or say which occurrence (1–${formatCount(count)}).`,
    );
  }
  throw new CasebookError(
    'AMBIGUOUS',
    `The quoted passage ${shown} appears ${formatCount(count)} times in this source; give some words before or after it, or say which occurrence (1–${formatCount(count)}).`,
  );
}
