/**
 * DOM ranges for plain-text ranges of the reader's source, computed from offsets through the
 * Lexical nodes (never from the DOM's text), for CSS highlights that leave the document alone.
 */
import type { LexicalEditor } from 'lexical';
import { splitRangeByBlocks, type BlockSpan } from '../offsets';
import { $textPointFromBlockPoint } from './points';

export interface ReaderLayout {
  blocks: readonly BlockSpan[];
  /** Lexical key of each block's element, in block order. */
  blockKeys: readonly string[];
}

/** For each plain-text range, the DOM ranges covering it (one per block it touches). */
export function domRangesFor(editor: LexicalEditor, layout: ReaderLayout, ranges: readonly { start: number; end: number }[]): Range[][] {
  return editor.read(() =>
    ranges.map((r) => {
      const out: Range[] = [];
      for (const piece of splitRangeByBlocks(layout.blocks, r.start, r.end)) {
        const a = $textPointFromBlockPoint(layout.blockKeys, { block: piece.block, offset: piece.from });
        const b = $textPointFromBlockPoint(layout.blockKeys, { block: piece.block, offset: piece.to });
        const aNode = a && editor.getElementByKey(a.key)?.firstChild;
        const bNode = b && editor.getElementByKey(b.key)?.firstChild;
        if (!a || !b || !aNode || !bNode) continue;
        const range = document.createRange();
        range.setStart(aNode, Math.min(a.offset, aNode.textContent?.length ?? 0));
        range.setEnd(bNode, Math.min(b.offset, bNode.textContent?.length ?? 0));
        out.push(range);
      }
      return out;
    }),
  );
}
