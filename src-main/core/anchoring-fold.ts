/**
 * "Folded" text for finding quotes: every run of whitespace becomes one space and typographic
 * variants of apostrophes, quotation marks and dashes become their plain keyboard forms, so a
 * quote the analyst types with a line break, a double space, a straight apostrophe or a hyphen
 * still finds the passage. Folding keeps a map back to the original offsets.
 */
import { normaliseQuery } from './text-normalise';
import { widenToWholeCharacters } from './codepoints';

/** The same characters as the regular expression class \s (Unicode spaces, tabs, line breaks, BOM). */
function isWhitespace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// Single characters only, so folding never changes a string's length outside whitespace runs.
const TYPOGRAPHIC_VARIANTS: Record<string, string> = {};
for (const c of '\u2018\u2019\u201a\u201b\u2032\u02bc') TYPOGRAPHIC_VARIANTS[c] = "'";
for (const c of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') TYPOGRAPHIC_VARIANTS[c] = '"';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') TYPOGRAPHIC_VARIANTS[c] = '-';

export interface FoldedText {
  folded: string;
  /**
   * starts[i] is the offset in the original text of folded character i; starts[folded.length] is
   * the original length. A folded match [s, e) covers the original [starts[s], starts[e]).
   */
  starts: Uint32Array;
}

function foldChar(c: string): string {
  return TYPOGRAPHIC_VARIANTS[c] ?? c;
}

/** Fold a source's text, keeping the offset map (see FoldedText). */
export function foldText(text: string): FoldedText {
  const out: string[] = [];
  const starts = new Uint32Array(text.length + 1);
  let n = 0;
  let i = 0;
  while (i < text.length) {
    starts[n++] = i;
    if (isWhitespace(text.charCodeAt(i))) {
      out.push(' ');
      while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    } else {
      out.push(foldChar(text[i]));
      i++;
    }
  }
  starts[n] = text.length;
  return { folded: out.join(''), starts: starts.slice(0, n + 1) };
}

let lastText: string | undefined;
let lastFolded: FoldedText | undefined;

/** foldText, remembering the last text folded: re-anchoring every claim of one source folds it once. */
export function foldTextCached(text: string): FoldedText {
  if (lastText !== text || lastFolded === undefined) {
    lastFolded = foldText(text);
    lastText = text;
  }
  return lastFolded;
}

/** Fold something the analyst typed (a quote, the words before or after it): NFC, trimmed, one space between words. */
export function foldQuery(text: string): string {
  return Array.from(normaliseQuery(text), foldChar).join('');
}

/** Where `needle` occurs in `haystack`, overlapping occurrences included. */
export function findAll(haystack: string, needle: string): number[] {
  const positions: number[] = [];
  if (needle.length === 0) return positions;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) positions.push(at);
  return positions;
}

/** Map a folded range back to the original text, without whitespace at either end. */
export function toOriginalRange(text: string, folded: FoldedText, start: number, end: number): { start: number; end: number } {
  let s = folded.starts[start];
  let e = folded.starts[end];
  while (s < e && isWhitespace(text.charCodeAt(s))) s++;
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export interface Occurrence {
  /** Original offsets, whitespace at either end excluded, never cutting a surrogate pair. */
  start: number;
  end: number;
  /** Folded offsets. */
  foldedStart: number;
  foldedEnd: number;
}

/** Turn a folded range into an occurrence with its original offsets. */
export function occurrenceAt(text: string, folded: FoldedText, foldedStart: number, foldedEnd: number): Occurrence {
  const original = toOriginalRange(text, folded, foldedStart, foldedEnd);
  const { start, end } = widenToWholeCharacters(text, original.start, original.end);
  return { start, end, foldedStart, foldedEnd };
}

/** Every word-for-word occurrence of a folded quote in a folded text. */
export function findOccurrences(text: string, folded: FoldedText, foldedQuote: string): Occurrence[] {
  return findAll(folded.folded, foldedQuote).map((at) => occurrenceAt(text, folded, at, at + foldedQuote.length));
}
