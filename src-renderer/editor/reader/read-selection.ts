/** The reader's DOM selection as plain-text offsets, computed from Lexical's nodes (never the DOM text). */
import { $createRangeSelectionFromDom, type LexicalEditor } from 'lexical';
import { rangeFromPoints, splitRangeByBlocks, trimRange } from '../offsets';
import { $blockPointFromPoint } from './points';
import type { BuiltState, ReaderSelection } from './reader-types';

export function readSelection(editor: LexicalEditor, state: BuiltState | null): ReaderSelection | null {
  const root = editor.getRootElement();
  const dom = window.getSelection();
  if (!root || !state || !dom || dom.rangeCount === 0 || dom.isCollapsed) return null;
  if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return null;
  const lengths = state.blocks.map((b) => b.text.length);
  const range = editor.read(() => {
    const selection = $createRangeSelectionFromDom(dom, editor);
    if (!selection) return null;
    const a = $blockPointFromPoint(selection.anchor, state.blockIndexByKey, lengths);
    const b = $blockPointFromPoint(selection.focus, state.blockIndexByKey, lengths);
    if (!a || !b) return null;
    const raw = rangeFromPoints(state.blocks, a, b);
    return trimRange(state.blocks, raw.start, raw.end);
  });
  if (!range || range.end <= range.start) return null;
  const exact = splitRangeByBlocks(state.blocks, range.start, range.end)
    .map((p) => state.blocks[p.block].text.slice(p.from, p.to))
    .join('\n\n');
  return { ...range, exact, rect: dom.getRangeAt(0).getBoundingClientRect() };
}
