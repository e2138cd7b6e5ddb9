/**
 * Plain-text importer. Recovers the structure a scraped or typed article still shows: the title
 * (first line), headings (short title-case lines standing alone), bullets, and hard-wrapped
 * paragraphs re-flowed into one line each. Page furniture a scraper left at the edges ("top of
 * page", a trailing "Comments") is dropped, and a caption doubled on consecutive lines is kept once.
 *
 * The title line stays in the text as a level-1 heading, so the source reads whole; the other
 * headings are level 2. When the first block is not title-like (a long or wrapped paragraph),
 * the title is the file name and no heading is invented.
 */
import type { DocBlock, Importer } from './types';
import { decodeText, titleFromFileName } from './normalise';
import { readLine, trimFurniture, type TextLine } from './text-lines';
import { looksLikeHeading } from './text-headings';
import { bylineAuthors, datelineDate } from './text-metadata';

type Chunk =
  | { kind: 'paragraph'; text: string; lineCount: number }
  | { kind: 'caption'; text: string }
  | { kind: 'item'; text: string; indent: number };

const MAX_TITLE_LENGTH = 200;
/** How many blocks after the title may hold a byline or a dateline. */
const METADATA_WINDOW = 3;

/** Groups lines into paragraphs (runs between blank lines), list items and doubled captions. */
function toChunks(lines: TextLine[]): Chunk[] {
  const chunks: Chunk[] = [];
  let paragraph: string[] = [];
  let item: { indent: number; parts: string[] } | null = null;
  let caption: string | null = null;

  const flush = () => {
    if (paragraph.length > 0) chunks.push({ kind: 'paragraph', text: paragraph.join(' '), lineCount: paragraph.length });
    // A bullet whose own text was only invisibles ("- \u00ad") has an empty first part.
    if (item) chunks.push({ kind: 'item', text: item.parts.filter((part) => part !== '').join(' '), indent: item.indent });
    paragraph = [];
    item = null;
  };

  for (const line of lines) {
    if (line.text === '') {
      flush();
      caption = null;
    } else if (line.text === caption) {
      continue; // the same caption a third time
    } else if (!line.bullet && !item && paragraph.at(-1) === line.text) {
      // A line repeated on the next line: a scraper read an image's alt text and its caption.
      paragraph.pop();
      flush();
      chunks.push({ kind: 'caption', text: line.text });
      caption = line.text;
    } else if (line.bullet) {
      flush();
      item = { indent: line.bullet.indent, parts: [line.bullet.text] };
    } else if (item) {
      item.parts.push(line.text); // a bullet's hard-wrapped continuation
    } else {
      paragraph.push(line.text);
    }
  }
  flush();
  return chunks;
}

const isTitleLike = (chunk: Chunk | undefined): chunk is Extract<Chunk, { kind: 'paragraph' }> =>
  chunk?.kind === 'paragraph' && chunk.lineCount === 1 && chunk.text.length <= MAX_TITLE_LENGTH;

/** A bare name ("Jane Doe") just under the title is a byline, not a section heading. */
const looksLikeBareName = (text: string) => text.split(' ').length <= 4 && !/[?!:]/.test(text) && !/\s(?:of|the|and|to|in|for|with)\s/i.test(` ${text} `);

export const importText: Importer = async ({ bytes, fileName }) => {
  const lines = trimFurniture(decodeText(bytes).split(/\r\n|\r|\n|\u2028|\u2029/).map(readLine));
  const chunks = toChunks(lines);
  const blocks: DocBlock[] = [];

  const hasTitle = isTitleLike(chunks[0]);
  const title = hasTitle ? chunks[0].text : titleFromFileName(fileName);
  if (hasTitle) blocks.push({ kind: 'heading', level: 1, text: title });
  const bodyStart = hasTitle ? 1 : 0;

  const authors: string[] = [];
  let publishedAt: string | undefined;
  let listIndents: number[] = [];

  for (let i = bodyStart; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (chunk.kind !== 'item') listIndents = [];

    if (chunk.kind === 'item') {
      while (listIndents.length > 0 && chunk.indent < listIndents[listIndents.length - 1]) listIndents.pop();
      if (listIndents.length === 0 || chunk.indent > listIndents[listIndents.length - 1]) listIndents.push(chunk.indent);
      blocks.push({ kind: 'list_item', level: listIndents.length, text: chunk.text });
      continue;
    }

    if (chunk.kind === 'paragraph' && i < bodyStart + METADATA_WINDOW) {
      const byline = bylineAuthors(chunk.text);
      if (byline && authors.length === 0) authors.push(...byline);
      publishedAt ??= datelineDate(chunk.text);
    }

    const previous = chunks[i - 1];
    const isHeading =
      chunk.kind === 'paragraph' &&
      chunk.lineCount === 1 &&
      i < chunks.length - 1 &&
      !(previous && previous.text.endsWith(':')) &&
      !(hasTitle && i === bodyStart && looksLikeBareName(chunk.text)) &&
      datelineDate(chunk.text) === undefined &&
      looksLikeHeading(chunk.text);
    blocks.push(isHeading ? { kind: 'heading', level: 2, text: chunk.text } : { kind: 'paragraph', text: chunk.text });
  }

  return { title, authors, publishedAt, mediaType: 'text/plain', blocks, warnings: [] };
};
