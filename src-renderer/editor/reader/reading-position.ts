/**
 * Where the analyst is reading: the block at the top of the reader and how far it is scrolled
 * past, kept as a block (not pixels) so it can be found again in a freshly built document.
 */
import type { LexicalEditor } from 'lexical';

export interface ReadingPosition {
  block: number;
  delta: number;
}

export function readingPosition(editor: LexicalEditor, blockKeys: readonly string[]): ReadingPosition | null {
  const scroller = editor.getRootElement()?.closest('.reader__scroll');
  if (!scroller) return null;
  const top = scroller.getBoundingClientRect().top;
  for (let block = 0; block < blockKeys.length; block++) {
    const rect = editor.getElementByKey(blockKeys[block])?.getBoundingClientRect();
    if (rect && rect.bottom > top) return { block, delta: top - rect.top };
  }
  return null;
}

/**
 * Blocks off screen are laid out at an estimated height (content-visibility) until drawn, so the
 * block may shift once the blocks around it are drawn: correct again over a few frames.
 */
export function restoreReadingPosition(editor: LexicalEditor, blockKeys: readonly string[], position: ReadingPosition): void {
  const scroller = editor.getRootElement()?.closest('.reader__scroll');
  const element = editor.getElementByKey(blockKeys[position.block] ?? '');
  if (!scroller || !element) return;
  let frames = 0;
  const settle = () => {
    const off = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + position.delta;
    if (Math.abs(off) >= 1) scroller.scrollTop += off;
    if (++frames < 8 && element.isConnected) requestAnimationFrame(settle);
  };
  settle();
}
