/** Bringing a passage of the reader's text into view and flashing it. */
import type { LexicalEditor } from 'lexical';
import { splitRangeByBlocks, toBlockPoint } from '../offsets';
import { $textPointFromBlockPoint } from './points';
import type { BuiltState, PlainRange } from './reader-types';

const FLASH_MS = 1800;

/** Scrolls a passage to the middle of the reader and flashes it. Returns a cleanup. */
export function flashPassage(editor: LexicalEditor, state: BuiltState, passage: PlainRange): () => void {
  const pieces = splitRangeByBlocks(state.blocks, passage.start, Math.max(passage.end, passage.start + 1));
  const first = pieces[0] ?? (() => {
    const p = toBlockPoint(state.blocks, passage.start, 'forward');
    return p ? { block: p.block, from: p.offset, to: p.offset } : null;
  })();
  if (!first) return () => {};
  const elements = (pieces.length ? pieces : [first]).map((p) => editor.getElementByKey(state.blockKeys[p.block])).filter((e): e is HTMLElement => !!e);
  const ranges: Range[] = [];
  editor.read(() => {
    for (const p of pieces) {
      const a = $textPointFromBlockPoint(state.blockKeys, { block: p.block, offset: p.from });
      const b = $textPointFromBlockPoint(state.blockKeys, { block: p.block, offset: p.to });
      const aNode = a && editor.getElementByKey(a.key)?.firstChild;
      const bNode = b && editor.getElementByKey(b.key)?.firstChild;
      if (!a || !b || !aNode || !bNode) continue;
      const range = document.createRange();
      range.setStart(aNode, Math.min(a.offset, aNode.textContent?.length ?? 0));
      range.setEnd(bNode, Math.min(b.offset, bNode.textContent?.length ?? 0));
      ranges.push(range);
    }
  });
  const target = ranges[0] ?? null;
  const scrollTarget = elements[0];
  scrollTarget?.scrollIntoView({ block: 'center', behavior: 'auto' });
  if (target) {
    // Centre the passage itself when it sits deep inside a long block.
    const scroller = scrollTarget?.closest('.reader__scroll');
    const rect = target.getBoundingClientRect();
    if (scroller && rect.height > 0) {
      const box = scroller.getBoundingClientRect();
      if (rect.top < box.top + 40 || rect.bottom > box.bottom - 40) scroller.scrollTop += rect.top - box.top - box.height / 3;
    }
  }
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  if (highlights && ranges.length) highlights.set('casebook-flash', new Highlight(...ranges));
  for (const element of elements) {
    element.classList.remove('is-flashing');
    void element.offsetWidth; // restart the animation
    element.classList.add('is-flashing');
  }
  const timer = setTimeout(() => {
    highlights?.delete('casebook-flash');
    for (const element of elements) element.classList.remove('is-flashing');
  }, FLASH_MS);
  return () => {
    clearTimeout(timer);
    highlights?.delete('casebook-flash');
    for (const element of elements) element.classList.remove('is-flashing');
  };
}
