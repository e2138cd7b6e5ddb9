/** Words of a text with their offsets, and where sentences and title-case headings begin. */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter (or is an acronym). */
  cap: boolean;
  /** First word of a sentence, a line, a quote or a list item. */
  sentenceStart: boolean;
  /** Written with a possessive ending ("Belarus's"), which `end` leaves out. */
  possessive: boolean;
  /** What lies between the previous word and this one. */
  gap: string;
  /** In a line set in title case (a heading): its capitals say nothing. */
  heading: boolean;
}

// Acronyms with dots (U.S., E.O.), an initial (R.), or a word with inner apostrophes and hyphens.
const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const SENTENCE_BREAK = /[.!?:;"“”•·|()[\]\n–—]/u;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'with', 'or', 'from', 'de', 'la', 'el', 'von', 'van', 'der']);

/**
 * The words of `text` from `from` to `to`. A part of a long text must begin at a line's start:
 * words never run across a line end, and a line is the widest thing the rules look at (a
 * heading), so the tokens of its parts are those of the whole.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let prevEnd = from;
  const words = new RegExp(WORD.source, 'gu');
  words.lastIndex = from;
  for (let m = words.exec(text); m !== null && m.index < to; m = words.exec(text)) {
    const start = m.index;
    let word = m[0];
    const possessive = POSSESSIVE.test(word) && word.length > 3;
    if (possessive) word = word.slice(0, -2);
    const gap = text.slice(prevEnd, start);
    const first = word[0];
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      cap: first !== first.toLowerCase() && !/-\p{Ll}/u.test(word),
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(gap) || /^\s*[-*+]\s/u.test(gap),
      possessive,
      gap,
      heading: false,
    });
    prevEnd = start + m[0].length;
  }
  markHeadings(text, tokens);
  return tokens;
}

/** A line of three or more words most of whose longer words are capitalised is a heading or a caption. */
function markHeadings(text: string, tokens: Token[]): void {
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !tokens[lineEnd].gap.includes('\n')) lineEnd++;
    const words = tokens.slice(lineStart, lineEnd).filter((t) => !SMALL_WORDS.has(t.text.toLowerCase()));
    const caps = words.filter((t) => t.cap).length;
    if (words.length >= 3 && words.length <= 14 && caps / words.length >= 0.75) for (let i = lineStart; i < lineEnd; i++) tokens[i].heading = true;
    lineStart = lineEnd;
  }
  void text;
}
