/**
 * DOM ranges for plain-text ranges of the reader's source, computed from offsets through the
 * Lexical nodes (never from the DOM's text), for CSS highlights that leave the document alone.
 * Each block's text nodes are listed once per call, so thousands of matches stay cheap.
 */
import { $getNodeByKey, $isElementNode, type LexicalEditor } from 'lexical';
import { splitRangeByBlocks, type BlockSpan } from '../offsets';

export interface ReaderLayout {
  blocks: readonly BlockSpan[];
  /** Lexical key of each block's element, in block order. */
  blockKeys: readonly string[];
}

/** A block's text runs: the DOM text node of each and where it starts in the block's text. */
interface Run {
  dom: Text;
  start: number;
  size: number;
}

/**
 * For each plain-text range, the DOM ranges covering it (one per block it touches). Null while
 * the DOM is not in step with the document (a node without its DOM text yet): ask again later.
 */
export function domRangesFor(editor: LexicalEditor, layout: ReaderLayout, ranges: readonly { start: number; end: number }[]): Range[][] | null {
  return editor.read(() => {
    const runsByBlock = new Map<number, Run[] | null>();
    let inStep = true;
    const runsOf = (block: number): Run[] => {
      let runs = runsByBlock.get(block);
      if (runs === undefined) runsByBlock.set(block, (runs = $blockRuns(editor, layout.blockKeys[block])));
      if (runs === null) inStep = false;
      return runs ?? [];
    };
    const out = ranges.map((r) => {
      const out: Range[] = [];
      for (const piece of splitRangeByBlocks(layout.blocks, r.start, r.end)) {
        const runs = runsOf(piece.block);
        const a = pointIn(runs, piece.from);
        const b = pointIn(runs, piece.to);
        if (!a || !b) continue;
        const range = document.createRange();
        range.setStart(a.dom, a.offset);
        range.setEnd(b.dom, b.offset);
        out.push(range);
      }
      return out;
    });
    return inStep ? out : null;
  });
}

/**
 * Calls back after every change of the reader's DOM; returns an unsubscribe. A DOM observer, not
 * a Lexical update listener: it runs once the last reconciliation of a task is done.
 */
export function observeReaderDom(editor: LexicalEditor, listener: () => void): () => void {
  const root = editor.getRootElement();
  const observer = new MutationObserver(() => listener());
  if (root) observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

/** A block's runs, or null when one of its text nodes has no DOM text of the same length. */
function $blockRuns(editor: LexicalEditor, key: string | undefined): Run[] | null {
  const element = key === undefined ? null : $getNodeByKey(key);
  if (!$isElementNode(element)) return null;
  const runs: Run[] = [];
  let start = 0;
  for (const text of element.getAllTextNodes()) {
    const size = text.getTextContentSize();
    const dom = editor.getElementByKey(text.getKey())?.firstChild;
    if (!(dom instanceof Text) || dom.length !== size || !dom.isConnected) return null;
    runs.push({ dom, start, size });
    start += size;
  }
  return runs;
}

/** The text node and offset for a block-local offset; an offset on a boundary ends the run before. */
function pointIn(runs: readonly Run[], offset: number): { dom: Text; offset: number } | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start + runs[mid].size < offset) lo = mid + 1;
    else hi = mid;
  }
  const run = runs[lo];
  if (!run) return null;
  return { dom: run.dom, offset: Math.max(0, Math.min(offset - run.start, run.dom.length)) };
}
