/**
 * A guard against pages that would freeze the app while parsed: nested pathologically deep
 * (100,000 unclosed <div>s: linkedom's parse grows faster than linearly with depth, 30,000 levels
 * take a second, 100,000 half a minute) or simply huge (a 20 MB page with 130,000 elements takes
 * linkedom and Readability 20 seconds and 1.4 GB). Pages are measured before parsing, in one
 * linear scan, and such pages are read as text without building a DOM at all (20 MB: under a second).
 */
import type { DocBlock } from './types';
import { normaliseInline } from '../core/text-normalise';

/** Deeper than this, the page is not parsed. Real pages nest 15–30 levels. */
export const MAX_PARSE_DEPTH = 5_000;
/** With more elements than this, the page is not parsed (about 4 s of work). Real articles have 1,000–3,000. */
export const MAX_PARSE_ELEMENTS = 40_000;

// Elements that never hold children, or that close themselves when a sibling starts.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp',
]);

export interface MarkupSize {
  /** The deepest element nesting the markup asks for. */
  depth: number;
  /** How many elements it opens. */
  elements: number;
}

/** Measures the markup in one scan, stopping as soon as either count passes its limit. */
export function measureMarkup(html: string, limits = { depth: MAX_PARSE_DEPTH, elements: MAX_PARSE_ELEMENTS }): MarkupSize {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  const size: MarkupSize = { depth: 0, elements: 0 };
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1] !== '/' && ++size.elements > limits.elements) break;
    const name = m[2].toLowerCase();
    if (NOT_NESTING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > size.depth && (size.depth = depth) > limits.depth) break;
  }
  return size;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The visible text of a page, without a DOM: no script, style or template text, one block per paragraph-ish run. */
export function blocksWithoutDom(html: string): DocBlock[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|textarea|title|svg|math)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|section|article|li|tr|h[1-6]|blockquote|pre|table|ul|ol|br|hr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  return text
    .split(/\n/)
    .map((line) => normaliseInline(decodeEntities(line)))
    .filter((line) => line.length > 0)
    .map((line) => ({ kind: 'paragraph', text: line }));
}

/** The page's <title>, read without a DOM. */
export function titleWithoutDom(html: string): string {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  return m ? normaliseInline(decodeEntities(m[1].replace(/<[^>]*>/g, ' '))) : '';
}
