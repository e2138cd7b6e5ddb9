/**
 * A brief's plain text, with where each piece of it comes from in the stored Lexical JSON. The
 * brief checks report offsets into this text; the editor maps them back onto its nodes through
 * `path` (child indexes from the root, the same in the JSON and in the live editor). Pure data,
 * used on both sides: the two must agree on every character.
 *
 * Blocks (paragraphs, headings, quotes, list items) are joined by one newline; a claim reference
 * counts as the statement it was saved with; a line break is a newline.
 */

export interface BriefTextSegment {
  start: number;
  end: number;
  /** Child indexes from the root to the node this text comes from. */
  path: number[];
  kind: 'text' | 'claim' | 'break';
  /** Set for a claim reference. */
  claimId?: string;
}

export interface BriefText {
  text: string;
  /** Each block's range; sentences never cross one. */
  blocks: { start: number; end: number }[];
  segments: BriefTextSegment[];
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const kids = (n: Node): unknown[] => (Array.isArray(n.children) ? n.children : []);
const MAX_DEPTH = 40;

/** Element types that hold blocks rather than text. */
const CONTAINERS = new Set(['root', 'list', 'table', 'tablerow', 'tablecell', 'layout-container', 'layout-item']);

function isBlockHolder(n: Node): boolean {
  if (CONTAINERS.has(String(n.type))) return true;
  // A list item holding only a nested list is not a block of its own.
  return n.type === 'listitem' && kids(n).length > 0 && kids(n).every((k) => isNode(k) && k.type === 'list');
}

export function briefText(doc: unknown): BriefText {
  const root = isNode(doc) && isNode(doc.root) ? doc.root : isNode(doc) && doc.type === 'root' ? doc : null;
  const out: BriefText = { text: '', blocks: [], segments: [] };
  if (!root) return out;
  let text = '';
  const push = (piece: string, path: number[], kind: BriefTextSegment['kind'], claimId?: string) => {
    if (!piece) return;
    const segment: BriefTextSegment = { start: text.length, end: text.length + piece.length, path, kind };
    if (claimId) segment.claimId = claimId;
    out.segments.push(segment);
    text += piece;
  };
  const inline = (n: Node, path: number[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (n.type === 'claim-reference') push(typeof n.statement === 'string' ? n.statement : '', path, 'claim', typeof n.claimId === 'string' ? n.claimId : '');
    else if (n.type === 'linebreak') push('\n', path, 'break');
    else if (typeof n.text === 'string') push(n.text, path, 'text');
    else kids(n).forEach((k, i) => isNode(k) && !(k.type === 'list') && inline(k, [...path, i], depth + 1));
  };
  const block = (n: Node, path: number[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (isBlockHolder(n)) {
      kids(n).forEach((k, i) => isNode(k) && block(k, [...path, i], depth + 1));
      return;
    }
    if (out.blocks.length) text += '\n';
    const start = text.length;
    if (typeof n.text === 'string' || n.type === 'claim-reference' || n.type === 'linebreak') inline(n, path, depth);
    else kids(n).forEach((k, i) => isNode(k) && k.type !== 'list' && inline(k, [...path, i], depth + 1));
    out.blocks.push({ start, end: text.length });
    // A list item's nested list: its items are blocks after this one.
    kids(n).forEach((k, i) => isNode(k) && k.type === 'list' && block(k, [...path, i], depth + 1));
  };
  kids(root).forEach((k, i) => isNode(k) && block(k, [i], 0));
  out.text = text;
  return out;
}
