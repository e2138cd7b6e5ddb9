/**
 * Markdown importer. marked's lexer gives the block structure; front matter gives the metadata;
 * pandoc grid tables, which marked does not know, are cut out first and read separately.
 *
 * Blocks: headings (with level; also a plain-text section title, see isPlainTextHeading),
 * paragraphs (hard-wrapped lines re-flowed), list items (nested ones deeper; ordered ones keep
 * their number), blockquotes as quote blocks, tables as one block
 * with a line per row and cells joined by " | ", code as code blocks, HTML blocks as their words.
 * Thematic breaks, link definitions and HTML comments say nothing and are dropped.
 */
import { Marked, type MarkedToken, type Token, type Tokens } from 'marked';
import type { DocBlock, Importer } from './types';
import type { BlockKind } from '../contract/domain';
import { decodeText, titleFromFileName } from './normalise';
import { normaliseInline, normaliseMultiline } from '../core/text-normalise';
import { splitFrontMatter } from './markdown-front-matter';
import { extractGridTables, gridTableIndex, type GridTable } from './markdown-grid-tables';
import { decodeEntities, htmlText, inlineText } from './markdown-inline';
import { hasHeadingShape } from './text-headings';
import { capNesting, cutOutDelimiterRuns, plainParagraph } from './markdown-nesting';

// Our own instance: settings another module gives the shared `marked` (extensions, options) do not reach us.
const markdown = new Marked({ gfm: true });

interface Context {
  gridTables: GridTable[];
  /** Paragraphs kept as plain text (runs of delimiters marked would take seconds over). */
  plain: string[];
  out: DocBlock[];
  /** The text of the first Markdown heading: the title when front matter gives none. */
  firstHeading?: string;
}

function push(ctx: Context, kind: BlockKind, rawText: string, level?: number): void {
  const text = kind === 'table' || kind === 'code' ? normaliseMultiline(rawText) : normaliseInline(rawText);
  if (text === '') return;
  ctx.out.push(level === undefined ? { kind, text } : { kind, level, text });
}

const tableText = (rows: string[][]) =>
  rows
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => cells.join(' | '))
    .join('\n');

/** The text of a grid-table cell: its Markdown read like a small document, blocks joined by spaces. */
function cellText(cellMarkdown: string, ctx: Context): string {
  const inner: Context = { gridTables: ctx.gridTables, plain: ctx.plain, out: [] };
  walk(markdown.lexer(cellMarkdown), inner);
  return normaliseInline(inner.out.map((block) => block.text).join(' '));
}

/** A paragraph, or the grid table whose placeholder it is. */
function paragraph(text: string, tokens: Token[] | undefined, ctx: Context): void {
  const index = gridTableIndex(text);
  const table = index === undefined ? undefined : ctx.gridTables[index];
  const plain = plainParagraph(text, ctx.plain);
  if (plain !== undefined) push(ctx, 'paragraph', plain);
  else if (table) push(ctx, 'table', tableText(table.map((row) => row.map((cell) => cellText(cell, ctx)))));
  else push(ctx, 'paragraph', tokens ? inlineText(tokens) : decodeEntities(text));
}

function list(token: Tokens.List, level: number, ctx: Context): void {
  const first = typeof token.start === 'number' ? token.start : 1;
  token.items.forEach((item, i) => {
    const own: string[] = [];
    const nested: Context = { gridTables: ctx.gridTables, plain: ctx.plain, out: [] };
    for (const child of item.tokens as MarkedToken[]) {
      if (child.type === 'text' || child.type === 'paragraph') own.push(child.tokens ? inlineText(child.tokens) : decodeEntities(child.text));
      else if (child.type === 'list') list(child, level + 1, nested);
      else walk([child], nested);
    }
    const text = normaliseInline(own.join(' '));
    if (text !== '') ctx.out.push({ kind: 'list_item', level, text: token.ordered ? `${first + i}. ${text}` : text });
    ctx.out.push(...nested.out);
  });
}

const newlines = (token: MarkedToken | undefined) => (token?.type === 'space' ? (token.raw.match(/\n/g)?.length ?? 0) : 0);

/**
 * Plain text saved as Markdown (Wikipedia's text dumps among it) sets a section title apart with
 * two blank lines before it and one after, and no other mark: one line of heading shape there is a
 * heading. A line after one ending with a colon belongs to it.
 */
function isPlainTextHeading(tokens: MarkedToken[], i: number): boolean {
  const token = tokens[i];
  if (token.type !== 'paragraph' || token.raw.trim().includes('\n')) return false;
  if (newlines(tokens[i - 1]) < 3 || newlines(tokens[i + 1]) < 2) return false;
  const before = tokens[i - 2];
  if (before?.type === 'paragraph' && before.text.trimEnd().endsWith(':')) return false;
  return hasHeadingShape(normaliseInline(inlineText(token.tokens)));
}

function walk(tokens: Token[], ctx: Context, { topLevel = false } = {}): void {
  const all = tokens as MarkedToken[];
  all.forEach((token, i) => {
    switch (token.type) {
      case 'heading':
        ctx.firstHeading ||= normaliseInline(inlineText(token.tokens)) || undefined;
        push(ctx, 'heading', inlineText(token.tokens), token.depth);
        break;
      case 'paragraph':
      case 'text':
        if (topLevel && isPlainTextHeading(all, i)) push(ctx, 'heading', inlineText(token.tokens ?? []), 2);
        else paragraph(token.text, token.tokens, ctx);
        break;
      case 'list':
        list(token, 1, ctx);
        break;
      case 'blockquote': {
        const inner: Context = { gridTables: ctx.gridTables, plain: ctx.plain, out: [] };
        walk(token.tokens, inner);
        ctx.out.push(...inner.out.map((block): DocBlock => (block.kind === 'paragraph' ? { ...block, kind: 'quote' } : block)));
        break;
      }
      case 'table': {
        const row = (cells: Tokens.TableCell[]) => cells.map((cell) => normaliseInline(inlineText(cell.tokens)));
        push(ctx, 'table', tableText([row(token.header), ...token.rows.map(row)]));
        break;
      }
      case 'code':
        push(ctx, 'code', token.text);
        break;
      case 'html':
        push(ctx, 'paragraph', htmlText(token.text));
        break;
      default:
        // space, hr, def (link definitions), br: nothing to read.
        break;
    }
  });
}

export const importMarkdown: Importer = async ({ bytes, fileName }) => {
  const source = decodeText(bytes).replace(/\r\n?/g, '\n');
  const { body, metadata, warnings } = splitFrontMatter(source, fileName);
  const { markdown: withoutRuns, plain } = cutOutDelimiterRuns(capNesting(body));
  const { markdown: withoutGridTables, tables } = extractGridTables(withoutRuns);
  const ctx: Context = { gridTables: tables, plain, out: [] };
  walk(markdown.lexer(withoutGridTables), ctx, { topLevel: true });

  return {
    title: metadata.title ?? ctx.firstHeading ?? titleFromFileName(fileName),
    authors: metadata.authors,
    publisher: metadata.publisher,
    publishedAt: metadata.publishedAt,
    language: metadata.language,
    origin: metadata.origin,
    mediaType: 'text/markdown',
    blocks: ctx.out,
    warnings,
  };
};
