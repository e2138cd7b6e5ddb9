/**
 * Pure mapping between a source's plain text (blocks joined by BLOCK_SEPARATOR, UTF-16 offsets)
 * and positions inside its blocks. The reader renders one Lexical element per block, so a
 * Lexical point is (block index, offset in the block's text) and never needs the DOM's text.
 */

export interface BlockSpan {
  start: number;
  end: number;
  text: string;
}

export interface BlockPoint {
  block: number;
  offset: number;
}

export interface ClaimRange {
  id: string;
  start: number;
  end: number;
}

/** A run of a block's text (local offsets, `to` exclusive) and the claims covering it, innermost first. */
export interface Segment {
  from: number;
  to: number;
  ids: string[];
}

export interface BlockPiece {
  block: number;
  from: number;
  to: number;
}

const blockLength = (b: BlockSpan) => b.text.length;

/** Index of the last block starting at or before `offset` (0 when before the first). */
function lastBlockStartingAtOrBefore(blocks: readonly BlockSpan[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Where a plain-text offset falls. Offsets inside a separator belong to the end of the block
 * before ('backward', for range ends) or the start of the block after ('forward', for starts).
 */
export function toBlockPoint(blocks: readonly BlockSpan[], offset: number, bias: 'forward' | 'backward'): BlockPoint | null {
  if (blocks.length === 0) return null;
  const i = lastBlockStartingAtOrBefore(blocks, offset);
  const b = blocks[i];
  if (offset < b.start) return { block: 0, offset: 0 };
  const local = offset - b.start;
  if (local <= blockLength(b)) return { block: i, offset: local };
  if (bias === 'forward' && i + 1 < blocks.length) return { block: i + 1, offset: 0 };
  return { block: i, offset: blockLength(b) };
}

export function toPlainOffset(blocks: readonly BlockSpan[], point: BlockPoint): number {
  const b = blocks[point.block];
  return b.start + Math.max(0, Math.min(point.offset, blockLength(b)));
}

/** Orders two points (a selection may be backward) into a plain-text range. */
export function rangeFromPoints(blocks: readonly BlockSpan[], a: BlockPoint, b: BlockPoint): { start: number; end: number } {
  const x = toPlainOffset(blocks, a);
  const y = toPlainOffset(blocks, b);
  return { start: Math.min(x, y), end: Math.max(x, y) };
}

/** The character at a plain-text offset ("\n" inside separators), or '' past the end. */
function charAt(blocks: readonly BlockSpan[], offset: number): string {
  if (blocks.length === 0) return '';
  const i = lastBlockStartingAtOrBefore(blocks, offset);
  const b = blocks[i];
  const local = offset - b.start;
  if (local >= 0 && local < blockLength(b)) return b.text[local];
  return i === blocks.length - 1 && local >= blockLength(b) ? '' : '\n';
}

/** Shrinks a range past leading and trailing white space (a drag or double-click often takes a space). */
export function trimRange(blocks: readonly BlockSpan[], start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(charAt(blocks, s))) s++;
  while (e > s && /\s/.test(charAt(blocks, e - 1))) e--;
  return { start: s, end: e };
}

/** The pieces of a plain-text range inside each block it touches (separators dropped, empty pieces skipped). */
export function splitRangeByBlocks(blocks: readonly BlockSpan[], start: number, end: number): BlockPiece[] {
  if (blocks.length === 0 || end <= start) return [];
  const pieces: BlockPiece[] = [];
  for (let i = lastBlockStartingAtOrBefore(blocks, start); i < blocks.length && blocks[i].start < end; i++) {
    const b = blocks[i];
    const from = Math.max(0, start - b.start);
    const to = Math.min(blockLength(b), end - b.start);
    if (to > from) pieces.push({ block: i, from, to });
  }
  return pieces;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a cut that would split a surrogate pair (an emoji, say) to the pair's outer edge. */
function snapOutOfPair(text: string, offset: number, direction: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  if (isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))) return offset + direction;
  return offset;
}

/** Claims whose ranges cover a piece of each block, clipped to the block (local offsets). */
export function claimPiecesByBlock(blocks: readonly BlockSpan[], claims: readonly ClaimRange[]): Map<number, ClaimRange[]> {
  const byBlock = new Map<number, ClaimRange[]>();
  for (const claim of claims) {
    for (const piece of splitRangeByBlocks(blocks, claim.start, claim.end)) {
      const text = blocks[piece.block].text;
      const from = snapOutOfPair(text, piece.from, -1);
      const to = snapOutOfPair(text, piece.to, 1);
      let list = byBlock.get(piece.block);
      if (!list) byBlock.set(piece.block, (list = []));
      list.push({ id: claim.id, start: from, end: to });
    }
  }
  return byBlock;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Cuts a block's text at every claim boundary. Each run lists the claims covering it, the
 * innermost (shortest) first: that is the claim a click on the run opens.
 */
export function segmentBlock(textLength: number, pieces: readonly ClaimRange[]): Segment[] {
  if (textLength === 0) return [];
  if (pieces.length === 0) return [{ from: 0, to: textLength, ids: [] }];
  const cuts = new Set<number>([0, textLength]);
  for (const p of pieces) {
    cuts.add(Math.max(0, Math.min(textLength, p.start)));
    cuts.add(Math.max(0, Math.min(textLength, p.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const ordered = [...pieces].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k];
    const to = points[k + 1];
    const ids: string[] = [];
    for (const p of ordered) if (p.start <= from && p.end >= to && !ids.includes(p.id)) ids.push(p.id);
    const last = segments[segments.length - 1];
    if (last && sameIds(last.ids, ids)) last.to = to;
    else segments.push({ from, to, ids });
  }
  return segments;
}

/** Segments for every block, in block order. */
export function segmentAllBlocks(blocks: readonly BlockSpan[], claims: readonly ClaimRange[]): Segment[][] {
  const pieces = claimPiecesByBlock(blocks, claims);
  return blocks.map((b, i) => segmentBlock(blockLength(b), pieces.get(i) ?? []));
}
