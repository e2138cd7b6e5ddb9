/**
 * A guard against pages nested pathologically deep (100,000 unclosed <div>s): linkedom's parse
 * grows faster than linearly with depth (30,000 levels: a second; 100,000: half a minute), which
 * would freeze the app. Such pages are measured before parsing, in one linear scan, and read as
 * text without building a DOM at all.
 */
import type { DocBlock } from './types';
import { normaliseInline } from './normalise';

/** Deeper than this, the page is not parsed. Real pages nest 15–30 levels. */
export const MAX_PARSE_DEPTH = 5_000;

// Elements that never hold children, or that close themselves when a sibling starts.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp',
]);

/** The deepest element nesting the markup asks for, counted up to `limit` (then it stops). */
export function estimateNestingDepth(html: string, limit = MAX_PARSE_DEPTH): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    if (NOT_NESTING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) return max;
  }
  return max;
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
export function blocksOfDeepPage(html: string): DocBlock[] {
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
export function titleOfDeepPage(html: string): string {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  return m ? normaliseInline(decodeEntities(m[1].replace(/<[^>]*>/g, ' '))) : '';
}
