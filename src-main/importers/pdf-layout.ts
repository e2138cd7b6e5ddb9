/**
 * Reading order for PDF text: pdf.js gives positioned text items; this groups them into lines
 * by their baselines, finds two-column pages by the empty gutter between the columns, and cuts
 * each column into paragraphs at vertical gaps, first-line indents, font-size changes and short
 * closing lines. Lines joined into a paragraph lose a hyphen split across them ("infor-" +
 * "mation"). Paragraphs never run across pages.
 */
import type { DocBlock } from './types';
import type { PdfPage, PdfTextItem } from './pdf-extraction';
import { normaliseInline } from '../core/text-normalise';

export interface Line {
  text: string;
  /** Left and right ends, and the baseline, in PDF units (y grows upwards). */
  x0: number;
  x1: number;
  y: number;
  /** Font size of most of the line's characters. */
  size: number;
  rtl: boolean;
}

export interface Paragraph {
  lines: Line[];
  size: number;
  /** The page the paragraph is on (1-based), and whether nothing on that page is above or below it. */
  page: number;
  atEdge: boolean;
}

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The size most characters have (rounded to half a point), so a few big headings do not count. */
function dominantSize(entries: { size: number; weight: number }[]): number {
  const weights = new Map<number, number>();
  for (const { size, weight } of entries) {
    const key = Math.round(size * 2) / 2;
    weights.set(key, (weights.get(key) ?? 0) + weight);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, weight] of weights) if (weight > bestWeight) [best, bestWeight] = [size, weight];
  return best;
}

// Pages can hold tens of thousands of items: no Math.min(...spread) on them.
const minOf = (values: number[]) => values.reduce((a, b) => (b < a ? b : a), Infinity);
const maxOf = (values: number[]) => values.reduce((a, b) => (b > a ? b : a), -Infinity);

const itemHeight = (item: PdfTextItem, fallback: number) => (item.height > 0 ? item.height : fallback);

/** Groups items into lines: items whose vertical extents mostly overlap share a line. */
export function buildLines(items: PdfTextItem[]): Line[] {
  if (items.length === 0) return [];
  const fallback = median(items.map((i) => i.height).filter((h) => h > 0)) || 10;
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { items: PdfTextItem[]; bottom: number; top: number }[] = [];
  for (const item of sorted) {
    const h = itemHeight(item, fallback);
    const current = groups[groups.length - 1];
    if (current) {
      const overlap = Math.min(current.top, item.y + h) - Math.max(current.bottom, item.y);
      if (overlap >= 0.5 * Math.min(h, current.top - current.bottom)) {
        current.items.push(item);
        current.bottom = Math.min(current.bottom, item.y);
        current.top = Math.max(current.top, item.y + h);
        continue;
      }
    }
    groups.push({ items: [item], bottom: item.y, top: item.y + h });
  }
  return groups.map((g) => lineOf(g.items, fallback));
}

function lineOf(items: PdfTextItem[], fallback: number): Line {
  const rtlChars = items.reduce((n, i) => n + (i.rtl ? i.str.length : 0), 0);
  const chars = items.reduce((n, i) => n + i.str.length, 0);
  const rtl = rtlChars * 2 > chars;
  const ordered = [...items].sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
  const size = dominantSize(items.map((i) => ({ size: itemHeight(i, fallback), weight: i.str.length })));
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of ordered) {
    if (previous) {
      // Fake bold: the same text drawn twice, a hair apart.
      if (item.str === previous.str && Math.abs(item.x - previous.x) < 0.2 * size) continue;
      const gap = rtl ? previous.x - (item.x + item.width) : item.x - (previous.x + previous.width);
      if (gap > 0.15 * size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    }
    text += item.str;
    previous = item;
  }
  const main = items.reduce((a, b) => (b.str.length > a.str.length ? b : a));
  return {
    text,
    x0: minOf(items.map((i) => i.x)),
    x1: maxOf(items.map((i) => i.x + i.width)),
    y: main.y,
    size,
    rtl,
  };
}

/**
 * The x of the gutter of a two-column page, or null. A gutter is the widest run of x positions
 * in the middle of the page that (almost) no text crosses, with a column of several lines and a
 * fair width on each side, side by side rather than one above the other.
 */
export function findGutter(items: PdfTextItem[], pageWidth: number): number | null {
  if (items.length < 6) return null;
  const width = Math.ceil(Math.max(pageWidth, maxOf(items.map((i) => i.x + i.width))));
  if (!(width > 0) || width > 20_000) return null;
  const coverage = new Int32Array(width + 2);
  for (const item of items) {
    const from = Math.max(0, Math.floor(item.x));
    const to = Math.min(width + 1, Math.ceil(item.x + item.width));
    coverage[from]++;
    coverage[to]--;
  }
  for (let x = 1; x < coverage.length; x++) coverage[x] += coverage[x - 1];

  const from = Math.floor(width * 0.2);
  const to = Math.ceil(width * 0.8);
  let least = Infinity;
  for (let x = from; x < to; x++) least = Math.min(least, coverage[x]);
  if (least > Math.max(1, items.length * 0.1)) return null;

  // A page number or a stray mark may sit in the gutter: allow a few crossings more than the least.
  const allowed = least + Math.max(2, Math.ceil(items.length * 0.03));
  let best: { start: number; length: number } | null = null;
  for (let x = from; x < to; ) {
    if (coverage[x] > allowed) {
      x++;
      continue;
    }
    const start = x;
    while (x < to && coverage[x] <= allowed) x++;
    if (!best || x - start > best.length) best = { start, length: x - start };
  }
  const em = median(items.map((i) => i.height).filter((h) => h > 0)) || 10;
  if (!best || best.length < 0.5 * em) return null;
  const gutter = best.start + best.length / 2;

  const left = buildLines(items.filter((i) => i.x + i.width <= gutter));
  const right = buildLines(items.filter((i) => i.x >= gutter));
  const isColumn = (lines: Line[]) =>
    lines.length >= 3 && maxOf(lines.map((l) => l.x1)) - minOf(lines.map((l) => l.x0)) >= 0.2 * width;
  if (!isColumn(left) || !isColumn(right)) return null;
  const span = (lines: Line[]) => [minOf(lines.map((l) => l.y)), maxOf(lines.map((l) => l.y))];
  const [leftLow, leftHigh] = span(left);
  const [rightLow, rightHigh] = span(right);
  const sideBySide = Math.min(leftHigh, rightHigh) - Math.max(leftLow, rightLow);
  if (sideBySide < 0.5 * Math.min(leftHigh - leftLow, rightHigh - rightLow)) return null;
  return gutter;
}

/**
 * A page's lines as runs that read straight down ("flows"): the whole page, or for a two-column
 * page each column between the lines that span both (a title, a wide figure caption), left
 * column first (right column first when the page is mostly right-to-left text).
 */
export function pageFlows(page: PdfPage): Line[][] {
  const upright = page.items.filter((i) => i.upright);
  const rotated = page.items.filter((i) => !i.upright);
  const flows: Line[][] = [];
  const gutter = findGutter(upright, page.width);
  if (gutter === null) {
    flows.push(buildLines(upright));
  } else {
    const leftLines = buildLines(upright.filter((i) => i.x + i.width <= gutter + 1));
    const rightLines = buildLines(upright.filter((i) => i.x >= gutter - 1 && i.x + i.width > gutter + 1));
    const spanning = buildLines(upright.filter((i) => i.x < gutter - 1 && i.x + i.width > gutter + 1));
    const rtlPage = [...leftLines, ...rightLines].filter((l) => l.rtl).length * 2 > leftLines.length + rightLines.length;
    const [first, second] = rtlPage ? [rightLines, leftLines] : [leftLines, rightLines];
    let above = Infinity;
    const bands = [...spanning.map((line) => ({ line, y: line.y })), { line: null, y: -Infinity }];
    let spanRun: Line[] = [];
    for (const { line, y } of bands) {
      const inBand = (l: Line) => l.y < above && l.y >= y;
      const columns = [first.filter(inBand), second.filter(inBand)].filter((c) => c.length > 0);
      if (columns.length > 0 && spanRun.length > 0) {
        flows.push(spanRun);
        spanRun = [];
      }
      flows.push(...columns);
      if (line) spanRun.push(line);
      above = y;
    }
    if (spanRun.length > 0) flows.push(spanRun);
  }
  // Rotated or vertical text (a margin note, a stamp) has no place in the flow: keep it apart.
  if (rotated.length > 0) {
    const text = rotated.map((i) => i.str).join(' ');
    const size = median(rotated.map((i) => i.height)) || 10;
    flows.push([{ text, x0: 0, x1: 0, y: 0, size, rtl: false }]);
  }
  return flows.filter((f) => f.length > 0);
}

const ENDS_SENTENCE = /[.!?:;]["'”’)\]]?$/;
const BULLET = /^[•◦▪▫‣●○■□–·]\s/;

/** Cuts a flow into paragraphs. */
export function paragraphsOf(flow: Line[]): Line[][] {
  if (flow.length === 0) return [];
  // Measure from where lines start: the left edge, or the right edge for right-to-left text.
  const rtl = flow.filter((l) => l.rtl).length * 2 > flow.length;
  const start = (l: Line) => (rtl ? -l.x1 : l.x0);
  const end = (l: Line) => (rtl ? -l.x0 : l.x1);
  const margin = median(flow.map(start));
  const columnStart = Math.min(margin, minOf(flow.map(start).filter((s) => Math.abs(s - margin) < 2)));
  const columnEnd = maxOf(flow.map(end));
  const columnWidth = Math.max(1, columnEnd - columnStart);
  const spacings: number[] = [];
  for (let i = 1; i < flow.length; i++) {
    const dy = flow[i - 1].y - flow[i].y;
    if (dy > 0 && dy < 3 * flow[i].size && Math.abs(flow[i].size - flow[i - 1].size) < 0.5) spacings.push(dy);
  }
  const spacing = median(spacings);

  const paragraphs: Line[][] = [[flow[0]]];
  for (let i = 1; i < flow.length; i++) {
    const previous = flow[i - 1];
    const line = flow[i];
    const size = Math.max(previous.size, line.size);
    const dy = previous.y - line.y;
    const indent = (l: Line) => start(l) - columnStart > 0.6 * l.size;
    const shortLine = end(previous) < columnEnd - 0.25 * columnWidth;
    const breaks =
      Math.abs(line.size - previous.size) > 0.15 * size ||
      dy <= 0 ||
      dy > (spacing > 0 ? 1.3 * spacing : 1.8 * size) ||
      (indent(line) && !indent(previous) && (shortLine || ENDS_SENTENCE.test(previous.text))) ||
      (shortLine && ENDS_SENTENCE.test(previous.text.trim())) ||
      BULLET.test(line.text.trim());
    if (breaks) paragraphs.push([line]);
    else paragraphs[paragraphs.length - 1].push(line);
  }
  return paragraphs;
}

/** Joins a paragraph's lines: a word hyphenated across a line break is made whole again. */
export function joinLines(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text = text ? `${text} ${line}` : line;
  }
  return text;
}

// Control characters a broken font mapping can leave in text (tab, line feed and return excepted).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const PAGE_NUMBER = /^((page\s*)?[-–]?\s*\d{1,4}\s*[-–]?(\s*(of|\/)\s*\d{1,4})?|[ivxlc]{1,7})$/i;

/** A sentence cut by the foot of a column goes on at the top of the next, in the same type. */
function continuesInNextColumn(before: Line[], after: Line[]): boolean {
  const last = before[before.length - 1];
  const next = after[0];
  return !ENDS_SENTENCE.test(last.text.trim()) && /^\p{Ll}/u.test(next.text.trim()) && Math.abs(last.size - next.size) <= 0.15 * Math.max(last.size, next.size);
}

/** Every page's paragraphs in reading order, with the page they are on. */
export function documentParagraphs(pages: PdfPage[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  pages.forEach((page, index) => {
    const onPage: Line[][] = [];
    for (const flow of pageFlows(page)) {
      const [first, ...rest] = paragraphsOf(flow);
      const last = onPage[onPage.length - 1];
      if (first && last && continuesInNextColumn(last, first)) last.push(...first);
      else if (first) onPage.push(first);
      onPage.push(...rest);
    }
    const top = maxOf(onPage.map((lines) => lines[0].y));
    const bottom = minOf(onPage.map((lines) => lines[lines.length - 1].y));
    for (const lines of onPage) {
      // A page's only paragraph is its content, not a header or footer.
      const atEdge = onPage.length > 1 && (lines[0].y >= top || lines[lines.length - 1].y <= bottom);
      const size = dominantSize(lines.map((l) => ({ size: l.size, weight: l.text.length })));
      paragraphs.push({ lines, size, page: index + 1, atEdge });
    }
  });
  return paragraphs;
}

const furnitureKey = (text: string) => text.replace(/\d+/g, '#').toLowerCase();

/**
 * Running headers and footers: the same text (numbers aside) at the top or bottom of many pages.
 * Returns their keys (furnitureKey).
 */
function runningHeadersAndFooters(paragraphs: Paragraph[], texts: string[], pageCount: number): Set<string> {
  const pagesByKey = new Map<string, Set<number>>();
  paragraphs.forEach((p, i) => {
    if (!p.atEdge || !texts[i] || texts[i].length > 200) return;
    const key = furnitureKey(texts[i]);
    pagesByKey.set(key, (pagesByKey.get(key) ?? new Set()).add(p.page));
  });
  const furniture = new Set<string>();
  if (pageCount < 3) return furniture;
  for (const [key, pages] of pagesByKey) if (pages.size >= Math.max(3, 0.4 * pageCount)) furniture.add(key);
  return furniture;
}

/** Turns the pages' text into blocks: paragraphs, headings (clearly bigger type), list items. */
export function blocksFromPages(pages: PdfPage[]): DocBlock[] {
  const paragraphs = documentParagraphs(pages);
  const bodySize = dominantSize(paragraphs.flatMap((p) => p.lines.map((l) => ({ size: l.size, weight: l.text.length }))));
  const texts = paragraphs.map((p) => normaliseInline(joinLines(p.lines.map((l) => l.text)).replace(CONTROL, '')));
  const isHeading = (p: Paragraph, text: string) =>
    bodySize > 0 && !BULLET.test(text) && p.size >= 1.25 * bodySize && p.lines.length <= 3 && text.length <= 200 && !/[.,;]$/.test(text);
  const headingSizes = [...new Set(paragraphs.filter((p, i) => isHeading(p, texts[i])).map((p) => Math.round(p.size * 2) / 2))].sort((a, b) => b - a);

  const furniture = runningHeadersAndFooters(paragraphs, texts, pages.length);
  const blocks: DocBlock[] = [];
  paragraphs.forEach((p, i) => {
    const text = texts[i];
    // A page number is a lone number (or roman numeral) at the very top or bottom of its page.
    // Running headers and footers go too, but not a title in big type that one of them repeats.
    if (!text || (p.atEdge && (PAGE_NUMBER.test(text) || (furniture.has(furnitureKey(text)) && !isHeading(p, text))))) return;
    if (BULLET.test(text)) {
      blocks.push({ kind: 'list_item', level: 1, text: text.replace(BULLET, '') });
    } else if (isHeading(p, text)) {
      const level = Math.min(6, headingSizes.indexOf(Math.round(p.size * 2) / 2) + 1);
      blocks.push({ kind: 'heading', level, text });
    } else {
      blocks.push({ kind: 'paragraph', text });
    }
  });
  return blocks;
}
