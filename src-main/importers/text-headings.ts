/**
 * Guesses whether a line standing alone in plain text is a section heading. Deliberately
 * conservative: a missed heading costs little (it stays a paragraph), a sentence or a photo
 * caption shown as a heading misleads. The caller adds the context rules (the line stands
 * alone, something follows it, the line before does not end with a colon).
 */

// Words title case leaves in lower case.
const SMALL_WORDS = new Set(
  'a an the and or but nor for so yet as at by in of off on per to up via with from into onto over than vs de la le del von van'.split(' '),
);

const MAX_WORDS = 14;
const MAX_LENGTH = 100;

/** A sentence ends with one of these; a heading does not. A line ending with ':' introduces what follows. */
const SENTENCE_END = /[.,;:…]$/;
/** Captions and bylines, not headings. */
const NOT_A_HEADING_START = /^(?:by|photo|photograph|image|picture|source|credit|credits|caption|via|from|copyright|©)\b/i;
const QUOTE_START = /^["'“‘«„]/;

function isCapitalised(word: string): boolean {
  const letters = word.replace(/^[^\p{L}\p{N}]+/u, '');
  if (letters === '') return true;
  const first = letters[0];
  return /\p{N}/u.test(first) || first !== first.toLowerCase();
}

/**
 * True when `text` (one normalised line) has the shape of a heading: short, starting with a
 * capital or a digit, no sentence end, not a caption, byline or quotation. Sentence case passes:
 * callers with a strong sign from the layout (a title set apart by blank lines) need no more.
 */
export function hasHeadingShape(text: string): boolean {
  if (text.length === 0 || text.length > MAX_LENGTH) return false;
  if (SENTENCE_END.test(text) || NOT_A_HEADING_START.test(text) || QUOTE_START.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  // "Name, Role" is the shape of captions and bylines; a question may contain commas.
  if (text.includes(',') && !text.endsWith('?')) return false;
  return text.split(' ').length <= MAX_WORDS;
}

/** True when `text` (one normalised line) reads like a heading: the shape of one, in title case or capitals. */
export function looksLikeHeading(text: string): boolean {
  if (!hasHeadingShape(text)) return false;
  if (text === text.toUpperCase() && /\p{Lu}/u.test(text)) return true;

  const words = text.split(' ');
  const significant = words.filter((word, i) => i === 0 || !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = significant.filter(isCapitalised).length;
  return capitalised / significant.length >= 0.75;
}
