/**
 * Find in the open source: case- and diacritic-insensitive matching on its plain text. The text
 * is folded once (lower case, accents dropped, every run of white space one space, dashes one
 * hyphen, curly quotes straight, invisible characters gone) with a map from each folded character
 * back to its UTF-16 offset; a query is folded the same way and found with indexOf.
 */
import type { TextRange } from '../../../src-main/contract/domain';

export interface FoldedText {
  folded: string;
  /** Offset in the source's plain text of each folded character, and the text's length last. */
  map: Int32Array;
}

export interface FindBlock {
  start: number;
  text: string;
}

const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const MARKS = /\p{M}/gu;
const SPACE = /\s/;

/** How one character (a code point) reads for find: '' when it is dropped. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : SPACE.test(ch) ? ' ' : ch;
  if (SPACE.test(ch)) return ' ';
  if (DASHES.test(ch)) return '-';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (INVISIBLE.test(ch)) return '';
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Folds a query the way the text is folded, trimmed. */
export function foldQuery(query: string): string {
  let out = '';
  for (const ch of query) {
    const f = foldChar(ch);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

/** Folds a source's blocks (one space between blocks), mapping back to plain-text offsets. */
export function foldBlocks(blocks: readonly FindBlock[]): FoldedText {
  let capacity = blocks.length;
  for (const b of blocks) capacity += b.text.length * 2;
  const units = new Uint16Array(capacity);
  const offsets = new Int32Array(capacity + 1);
  const slow = new Map<string, string>();
  let n = 0;
  let lastWasSpace = true;
  const space = (offset: number) => {
    if (lastWasSpace) return;
    lastWasSpace = true;
    units[n] = 32;
    offsets[n++] = offset;
  };
  let end = 0;
  for (const { text, start } of blocks) {
    if (n) space(end);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        // the common case, without a string or a regular expression per character
        if (code === 32 || (code >= 9 && code <= 13)) {
          if (!lastWasSpace) {
            lastWasSpace = true;
            units[n] = 32;
            offsets[n++] = start + i;
          }
        } else {
          units[n] = code >= 65 && code <= 90 ? code + 32 : code;
          offsets[n++] = start + i;
          lastWasSpace = false;
        }
        continue;
      }
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      const ch = text.slice(i, i + width);
      let folded = slow.get(ch);
      if (folded === undefined) slow.set(ch, (folded = foldChar(ch)));
      if (folded === ' ') space(start + i);
      else if (folded) {
        for (let k = 0; k < folded.length; k++) {
          units[n] = folded.charCodeAt(k);
          offsets[n++] = start + i;
        }
        lastWasSpace = false;
      }
      i += width - 1;
    }
    end = start + text.length;
  }
  offsets[n] = end;
  return { folded: decodeUnits(units.subarray(0, n)), map: offsets.slice(0, n + 1) };
}

/** UTF-16 code units to a string; TextDecoder is many times faster than String.fromCharCode here (typed arrays are little-endian on every platform the app runs on). */
const utf16 = new TextDecoder('utf-16le');
function decodeUnits(units: Uint16Array): string {
  return utf16.decode(units);
}

/**
 * Every match of the query, in order, not overlapping. A match ends where the next folded
 * character starts, so an accent written as its own combining mark stays inside it.
 */
export function findAll(text: FoldedText, query: string, limit = 20_000): TextRange[] {
  const needle = foldQuery(query);
  if (!needle) return [];
  const { folded, map } = text;
  const ranges: TextRange[] = [];
  for (let at = folded.indexOf(needle); at >= 0 && ranges.length < limit; at = folded.indexOf(needle, at + needle.length)) {
    ranges.push({ start: map[at], end: map[at + needle.length] });
  }
  return ranges;
}
