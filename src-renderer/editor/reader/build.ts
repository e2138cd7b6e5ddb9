/**
 * Builds the reader's Lexical document from a source's blocks: one element per block (heading,
 * paragraph, list item, quote, code as a paragraph, a table as a `<table>`), its text cut into
 * runs: a ClaimMarkNode (a text node drawn as a mark) for every run that claims cover, inside an
 * EvidenceMarkNode for every run that evidence links cite. Only text nodes: archived content is
 * never parsed as markup. Call inside `editor.update`.
 */
import { $createListItemNode, $createListNode, type ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalNode } from 'lexical';
import type { Block, EvidenceRelation } from '../../../src-main/contract/domain';
import type { Segment } from '../offsets';
import { $createClaimMarkNode, type MarkTone } from './ClaimMarkNode';
import { $createEvidenceMarkNode } from './EvidenceMarkNode';
import { tableLayout, type TablePart } from './table-layout';
import {
  $createReaderTableCellNode,
  $createReaderTableNode,
  $createReaderTableRowNode,
  $createReaderTableSeparatorNode,
  $isReaderTableNode,
} from './TableNodes';

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
    case 'table':
      return $createReaderTableNode();
    default:
      return $createParagraphNode();
  }
}

/** Which evidence relation an id stands for; undefined for a claim id. */
export type RelationOf = (id: string) => EvidenceRelation | undefined;

const noEvidence: RelationOf = () => undefined;

/** One run of text, inside a claim mark and an evidence mark when something covers it. */
function $run(text: string, ids: readonly string[], toneOf: (claimId: string) => MarkTone, relationOf: RelationOf) {
  // Most runs carry no cited passage: no lists to split then (thousands of runs, less garbage).
  const cited = ids.some((id) => relationOf(id));
  const claimIds = cited ? ids.filter((id) => !relationOf(id)) : ids;
  const evidenceIds = cited ? ids.filter((id) => relationOf(id)) : [];
  let node: LexicalNode = claimIds.length ? $createClaimMarkNode(text, claimIds, toneOf(claimIds[0])) : $createTextNode(text);
  if (evidenceIds.length) node = $createEvidenceMarkNode(evidenceIds, relationOf(evidenceIds[0]) ?? 'context').append(node);
  return node;
}

/**
 * Appends the runs of `text` between `from` and `to` (block offsets), cut where the segments are.
 * All in one `append`: Lexical's per-call bookkeeping, paid once per block instead of once per run.
 */
function $appendRuns(element: ElementNode, text: string, from: number, to: number, segments: readonly Segment[], toneOf: (claimId: string) => MarkTone, relationOf: RelationOf) {
  if (segments.length === 0) {
    if (to > from) element.append($createTextNode(text.slice(from, to)));
    return;
  }
  const runs: LexicalNode[] = [];
  for (const s of segments) {
    const a = Math.max(from, s.from);
    const b = Math.min(to, s.to);
    if (b > a) runs.push($run(text.slice(a, b), s.ids, toneOf, relationOf));
  }
  element.append(...runs);
}

/** A table block: rows of cells, with the stored separators kept (hidden) between them. */
function $fillTable(table: ElementNode, text: string, segments: readonly Segment[], toneOf: (claimId: string) => MarkTone, relationOf: RelationOf): void {
  const layout = tableLayout(text);
  const $part = (part: TablePart, header: boolean) => {
    const node = part.kind === 'cell' ? $createReaderTableCellNode(header) : $createReaderTableSeparatorNode();
    $appendRuns(node, text, part.from, part.to, part.kind === 'cell' ? segments : [], toneOf, relationOf);
    return node;
  };
  layout.rows.forEach((row, r) => {
    if (r > 0) table.append($part(layout.rowSeparators[r - 1], false));
    const tr = $createReaderTableRowNode();
    for (const part of row.parts) tr.append($part(part, r === 0 && layout.rows.length > 1));
    // Short rows get empty cells, so every row spans the table.
    for (let c = row.cells.length; c < layout.columns; c++) tr.append($createReaderTableCellNode(false));
    table.append(tr);
  });
}

/** Replaces a block element's children with its text, cut into plain and marked runs. */
export function $fillBlock(element: ElementNode, text: string, segments: readonly Segment[], toneOf: (claimId: string) => MarkTone, relationOf: RelationOf = noEvidence): void {
  element.clear();
  if ($isReaderTableNode(element)) $fillTable(element, text, segments, toneOf, relationOf);
  else $appendRuns(element, text, 0, text.length, segments, toneOf, relationOf);
}

export interface BuiltDocument {
  /** Lexical key of each block's element, in block order. */
  blockKeys: string[];
}

/** Clears the root and appends every block. Consecutive list items share one list. */
export function $buildReaderDocument(
  blocks: readonly ReaderBlock[],
  segments: readonly (readonly Segment[])[],
  toneOf: (claimId: string) => MarkTone,
  relationOf: RelationOf = noEvidence,
): BuiltDocument {
  const root = $getRoot();
  root.clear();
  const blockKeys: string[] = [];
  // The root's children and each list's items are appended at once, as the runs are.
  const top: ElementNode[] = [];
  let list: ListNode | null = null;
  let items: ElementNode[] = [];
  let listSection: string | null = null;
  const closeList = () => {
    if (list) list.append(...items);
    list = null;
    items = [];
  };
  blocks.forEach((block, i) => {
    const element = $createBlockElement(block);
    $fillBlock(element, block.text, segments[i] ?? [], toneOf, relationOf);
    if (block.kind === 'list_item') {
      if (!list || listSection !== block.section) {
        closeList();
        list = $createListNode('bullet');
        listSection = block.section;
        top.push(list);
      }
      items.push(element);
    } else {
      closeList();
      top.push(element);
    }
    blockKeys.push(element.getKey());
  });
  closeList();
  root.append(...top);
  return { blockKeys };
}
