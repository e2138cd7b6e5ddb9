/**
 * Caps how deeply a Markdown file nests quotes and lists before marked reads it. marked reads each
 * level by calling itself, so "> " × 5,000 overflowed the stack, and its time grows with the
 * cube of list depth (a list 1,000 levels deep: minutes). Real documents nest a handful of levels;
 * deeper lines are kept, word for word, at the deepest level allowed.
 */

/** Quote markers (">") past this many on one line are dropped. */
export const MAX_QUOTE_DEPTH = 32;
/** A list item indented further than this many columns is indented this far. */
export const MAX_LIST_INDENT = 64;

const QUOTE_PREFIX = new RegExp(`^((?:[ \\t]{0,3}>){${MAX_QUOTE_DEPTH}})(?:[ \\t]{0,3}>)+`);
const LIST_ITEM = /^([ \t]+)((?:[-+*]|\d{1,9}[.)])(?:[ \t]|$))/;

/** Columns of leading white space (a tab: to the next multiple of 4). */
function columns(space: string): number {
  let col = 0;
  for (const c of space) col = c === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

function capLine(line: string): string {
  let capped = line;
  if (capped.length > MAX_QUOTE_DEPTH && capped.includes('>')) capped = capped.replace(QUOTE_PREFIX, '$1');
  const item = LIST_ITEM.exec(capped);
  if (item && columns(item[1]) > MAX_LIST_INDENT) capped = ' '.repeat(MAX_LIST_INDENT) + capped.slice(item[1].length);
  return capped;
}

/** `markdown` with quotes and list items nested too deeply brought back to the limits (line ends "\n"). */
export function capNesting(markdown: string): string {
  return markdown.split('\n').map(capLine).join('\n');
}

/** Emphasis, link and code delimiters past this many in one paragraph make it read as plain text. */
export const MAX_INLINE_DELIMITERS = 5_000;
const DELIMITER = /[*_[\]`]/g;
const PLAIN_PLACEHOLDER = /^\uE000casebook-plain-(\d+)\uE000$/;

/**
 * marked reads runs of emphasis and link delimiters ("*_*_…", "[[[…") in time that grows much
 * faster than their length (1 MB: seconds), escaped or not. No real paragraph holds thousands of
 * them, so a paragraph that does (where they are at least a fifth of its characters) is cut out
 * before lexing and kept as plain text, every character as written, behind a placeholder paragraph.
 */
export function cutOutDelimiterRuns(markdown: string): { markdown: string; plain: string[] } {
  const plain: string[] = [];
  if (markdown.length < MAX_INLINE_DELIMITERS) return { markdown, plain };
  const parts = markdown.split(/(\n[ \t]*\n)/).map((paragraph) => {
    if (paragraph.length < MAX_INLINE_DELIMITERS) return paragraph;
    const count = paragraph.match(DELIMITER)?.length ?? 0;
    if (count <= MAX_INLINE_DELIMITERS || count * 5 <= paragraph.length) return paragraph;
    plain.push(paragraph);
    return `\uE000casebook-plain-${plain.length - 1}\uE000`;
  });
  return { markdown: parts.join(''), plain };
}

/** The plain paragraph a placeholder stands for, or undefined. */
export function plainParagraph(text: string, plain: string[]): string | undefined {
  const m = PLAIN_PLACEHOLDER.exec(text.trim());
  return m ? plain[Number(m[1])] : undefined;
}
