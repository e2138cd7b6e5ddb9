/**
 * UTF-16 code units versus Unicode code points. Inside the app every offset counts UTF-16 code
 * units (JavaScript string indices); the W3C Web Annotation export counts code points, so an
 * emoji such as 🇧🇾 (two surrogate pairs) is 4 units long but 2 code points long.
 */
import { CasebookError } from '../contract/errors';

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair (inside one character). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Widen [start, end) so that neither end cuts a character made of a surrogate pair in two. */
export function widenToWholeCharacters(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start - 1 : start,
    end: splitsSurrogatePair(text, end) ? end + 1 : end,
  };
}

/** Shrink [start, end) so that neither end cuts a character in two (used for prefix and suffix context). */
export function shrinkToWholeCharacters(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start + 1 : start,
    end: splitsSurrogatePair(text, end) ? end - 1 : end,
  };
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The number of code points in text.slice(0, utf16Offset). */
export function utf16ToCodePointOffset(text: string, utf16Offset: number): number {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new CasebookError(
      'VALIDATION',
      `Position ${String(utf16Offset)} is not inside this text (it is ${formatCount(text.length)} characters long).`,
    );
  }
  if (splitsSurrogatePair(text, utf16Offset)) {
    throw new CasebookError('VALIDATION', `Position ${formatCount(utf16Offset)} falls inside a character (such as an emoji), not between two characters.`);
  }
  let codePoints = 0;
  for (let i = 0; i < utf16Offset; i++) {
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) codePoints++;
  }
  return codePoints;
}

/** The UTF-16 offset of the code point numbered `cpOffset` (or text.length when it is the count of code points). */
export function codePointToUtf16Offset(text: string, cpOffset: number): number {
  if (!Number.isInteger(cpOffset) || cpOffset < 0) {
    throw new CasebookError('VALIDATION', `Position ${String(cpOffset)} is not a valid character position.`);
  }
  let codePoints = 0;
  let i = 0;
  while (codePoints < cpOffset && i < text.length) {
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    codePoints++;
  }
  if (codePoints < cpOffset) {
    throw new CasebookError(
      'VALIDATION',
      `Position ${formatCount(cpOffset)} is not inside this text (it is ${formatCount(codePoints)} characters long).`,
    );
  }
  return i;
}
