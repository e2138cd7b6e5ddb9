/**
 * Builds the reader's Lexical document from a source's blocks: one element per block (heading,
 * paragraph, list item, quote; tables and code as paragraphs), its text cut into runs with a
 * ClaimMarkNode around every run that claims cover. Only text nodes: archived content is never
 * parsed as markup. Call inside `editor.update`.
 */
import { $createListItemNode, $createListNode, type ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import type { Block } from '../../../src-main/contract/domain';
import type { Segment } from '../offsets';
import { $createClaimMarkNode, type MarkTone } from './ClaimMarkNode';

export type ReaderBlock = Pick<Block, 'kind' | 'level' | 'section' | 'text'>;

function headingTag(level: number | null): HeadingTagType {
  const n = Math.min(6, Math.max(2, (level ?? 1) + 1));
  return `h${n}` as HeadingTagType;
}

function $createBlockElement(block: ReaderBlock): ElementNode {
  switch (block.kind) {
    case 'heading':
      return $createHeadingNode(headingTag(block.level));
    case 'quote':
      return $createQuoteNode();
    case 'list_item':
      return $createListItemNode();
    default:
      return $createParagraphNode();
  }
}

/** Replaces a block element's children with its text, cut into plain and marked runs. */
export function $fillBlock(element: ElementNode, text: string, segments: readonly Segment[], toneOf: (claimId: string) => MarkTone): void {
  element.clear();
  if (segments.length === 0 && text.length > 0) {
    element.append($createTextNode(text));
    return;
  }
  for (const s of segments) {
    const run = $createTextNode(text.slice(s.from, s.to));
    if (s.ids.length === 0) element.append(run);
    else element.append($createClaimMarkNode(s.ids, toneOf(s.ids[0])).append(run));
  }
}

export interface BuiltDocument {
  /** Lexical key of each block's element, in block order. */
  blockKeys: string[];
}

/** Clears the root and appends every block. Consecutive list items share one list. */
export function $buildReaderDocument(blocks: readonly ReaderBlock[], segments: readonly (readonly Segment[])[], toneOf: (claimId: string) => MarkTone): BuiltDocument {
  const root = $getRoot();
  root.clear();
  const blockKeys: string[] = [];
  let list: ListNode | null = null;
  let listSection: string | null = null;
  blocks.forEach((block, i) => {
    const element = $createBlockElement(block);
    $fillBlock(element, block.text, segments[i] ?? [], toneOf);
    if (block.kind === 'list_item') {
      if (!list || listSection !== block.section) {
        list = $createListNode('bullet');
        listSection = block.section;
        root.append(list);
      }
      list.append(element);
    } else {
      list = null;
      root.append(element);
    }
    blockKeys.push(element.getKey());
  });
  return { blockKeys };
}
