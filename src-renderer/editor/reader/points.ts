/**
 * Lexical points ↔ block points. A point's offset inside its block is the text size of what
 * precedes it inside the block element, read from Lexical's nodes, never from the DOM's text.
 * Call inside `editor.read` / `editor.update`.
 */
import { $getNodeByKey, $isElementNode, $isTextNode, type ElementNode, type LexicalNode, type PointType } from 'lexical';
import type { BlockPoint } from '../offsets';

function precedingSiblingsSize(node: LexicalNode): number {
  let size = 0;
  for (let sib = node.getPreviousSibling(); sib; sib = sib.getPreviousSibling()) size += sib.getTextContentSize();
  return size;
}

function childrenSize(element: ElementNode, count: number): number {
  let size = 0;
  const children = element.getChildren();
  for (let i = 0; i < Math.min(count, children.length); i++) size += children[i].getTextContentSize();
  return size;
}

/** The first (or last) block element at or under `node`, in document order. */
function findBlockUnder(node: LexicalNode, blockIndexByKey: ReadonlyMap<string, number>, last: boolean): number | null {
  const own = blockIndexByKey.get(node.getKey());
  if (own !== undefined) return own;
  if (!$isElementNode(node)) return null;
  const children = node.getChildren();
  if (last) children.reverse();
  for (const child of children) {
    const found = findBlockUnder(child, blockIndexByKey, last);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Maps a Lexical selection point to (block, offset in the block's text). Points between blocks
 * (on the root or a list) go to the start of the next block, or the end of the last one.
 */
export function $blockPointFromPoint(point: PointType, blockIndexByKey: ReadonlyMap<string, number>, blockLengths: readonly number[]): BlockPoint | null {
  const node = point.getNode();
  let offset: number;
  if (point.type === 'text' || $isTextNode(node)) offset = point.offset;
  else if ($isElementNode(node)) {
    if (!blockIndexByKey.has(node.getKey()) && !hasBlockAncestor(node, blockIndexByKey)) {
      const children = node.getChildren();
      if (point.offset < children.length) {
        const block = findBlockUnder(children[point.offset], blockIndexByKey, false);
        if (block !== null) return { block, offset: 0 };
      }
      const block = findBlockUnder(node, blockIndexByKey, true);
      return block === null ? null : { block, offset: blockLengths[block] };
    }
    offset = childrenSize(node, point.offset);
  } else offset = 0;

  let current: LexicalNode | null = node;
  while (current && !blockIndexByKey.has(current.getKey())) {
    offset += precedingSiblingsSize(current);
    current = current.getParent();
  }
  if (!current) return null;
  const block = blockIndexByKey.get(current.getKey()) as number;
  return { block, offset: Math.min(offset, blockLengths[block]) };
}

function hasBlockAncestor(node: LexicalNode, blockIndexByKey: ReadonlyMap<string, number>): boolean {
  for (let p = node.getParent(); p; p = p.getParent()) if (blockIndexByKey.has(p.getKey())) return true;
  return false;
}

/** The text node and offset in it where a block point sits (for scrolling to and flashing a passage). */
export function $textPointFromBlockPoint(blockKeys: readonly string[], point: BlockPoint): { key: string; offset: number } | null {
  const element = $getNodeByKey(blockKeys[point.block]);
  if (!$isElementNode(element)) return null;
  const texts = element.getAllTextNodes();
  let remaining = point.offset;
  for (const text of texts) {
    const size = text.getTextContentSize();
    if (remaining <= size) return { key: text.getKey(), offset: remaining };
    remaining -= size;
  }
  const last = texts[texts.length - 1];
  return last ? { key: last.getKey(), offset: last.getTextContentSize() } : null;
}
