/**
 * Line-level reading of a plain-text file: which lines are blank, which are bullets (and how
 * deep), and which lines at the edges are web-page furniture left behind by a scraper.
 */
import { normaliseInline } from '../core/text-normalise';

export interface TextLine {
  /** The line normalised (NBSP and other spaces made plain, trimmed); '' for a blank line. */
  text: string;
  /** Set for a bullet or numbered line. */
  bullet?: {
    /** Leading whitespace width (a tab counts as 4), which gives the nesting. */
    indent: number;
    /** The item's text: bullet marker stripped; a number ("2.") kept, since it may be referred to. */
    text: string;
  };
}

// Bullet glyphs seen in scraped and hand-typed text. A marker must be followed by whitespace,
// so "*emphasis*" or "-5 degrees" stay ordinary text.
const BULLET = /^([\t \u00a0]*)[•◦▪▫●○■□‣⁃∙*\-–][\t \u00a0]+(\S.*)$/u;
const NUMBERED = /^([\t \u00a0]*)(\d{1,3}[.)][\t \u00a0]+\S.*)$/u;

function indentWidth(whitespace: string): number {
  let width = 0;
  for (const ch of whitespace) width += ch === '\t' ? 4 : 1;
  return width;
}

export function readLine(raw: string): TextLine {
  const text = normaliseInline(raw);
  if (text === '') return { text };
  const bullet = BULLET.exec(raw) ?? NUMBERED.exec(raw);
  if (!bullet) return { text };
  return { text, bullet: { indent: indentWidth(bullet[1]), text: normaliseInline(bullet[2]) } };
}

// Whole lines that a page scraper leaves at the top or bottom of an article.
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'top of page',
      'bottom of page',
      'skip to (?:main )?content',
      'skip to navigation',
      'back to top',
      'comments?',
      'leave a (?:comment|reply)',
      'share(?: this(?: article| page| post)?)?',
      'print(?: this(?: article| page))?',
      'log ?in',
      'sign ?in',
      'subscribe',
      'menu',
    ].join('|') +
    ')[:.]?$',
  'i',
);

export function isFurniture(line: TextLine): boolean {
  return FURNITURE.test(line.text);
}

/** The lines with blank and furniture lines removed from the start and the end. */
export function trimFurniture(lines: TextLine[]): TextLine[] {
  const droppable = (line: TextLine) => line.text === '' || isFurniture(line);
  let start = 0;
  let end = lines.length;
  while (start < end && droppable(lines[start])) start++;
  while (end > start && droppable(lines[end - 1])) end--;
  return lines.slice(start, end);
}
