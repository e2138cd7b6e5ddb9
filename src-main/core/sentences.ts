/**
 * Splits a source's plain text into sentences (offsets into the text), the way a reader would:
 * paragraphs first (lines), then sentence ends inside each paragraph, not after an abbreviation ("U.S.", "Gen.", "Jan.")
 * or an initial ("J. Smith").
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'gov', 'sen', 'rep', 'pres',
    'rev', 'hon', 'no', 'nos', 'vol', 'pp', 'p', 'fig', 'art', 'sec', 'ch', 'approx', 'est', 'etc', 'vs', 'cf', 'al', 'inc', 'ltd',
    'co', 'corp', 'dept', 'univ', 'assn', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mt', 'ft', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
  ].map((a) => a.toLowerCase()),
);

/** A candidate end: terminal punctuation, optional closing quotes/brackets and footnote marks ("[4]"), then space and a capital, digit or quote. */
const END = /[.!?…]+["”’')\]]*(?:\[\d+\])*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, e.g
  return ABBREVIATIONS.has(word);
}

/**
 * The paragraphs of a text: its lines. Importers join a block's wrapped lines, so a line break left
 * inside a block parts things that are read apart (table rows, lines of an address).
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

export function sentencesOf(text: string, para: Span): Span[] {
  const body = text.slice(para.start, para.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of body.matchAll(END)) {
    const end = m.index + m[0].length;
    if (endsWithAbbreviation(body, m.index + m[0].search(/[.!?…][^.!?…]*$/))) continue;
    push(out, body, from, end, para.start);
    from = end;
  }
  push(out, body, from, body.length, para.start);
  return out;
}

function push(out: Span[], body: string, from: number, to: number, offset: number): void {
  const piece = body.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed) out.push({ start: offset + from + lead, end: offset + from + lead + trimmed.length });
}

export function sentences(text: string): Span[] {
  return paragraphs(text).flatMap((p) => sentencesOf(text, p));
}
