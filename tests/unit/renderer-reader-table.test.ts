/**
 * Table blocks in the reader, built headless from real imports (a Wikipedia article's Markdown
 * tables, a small HTML page's data table): rows and cells come from the block's stored text,
 * every character of it stays in the document (cells or hidden separators), and claims inside
 * cells, across cells and across rows map back to exactly the offsets the API anchored.
 */
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createPoint, $getNodeByKey, $getRoot, $isElementNode, createEditor, type LexicalEditor, type LexicalNode } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, Claim, EvidenceLink } from '../../src-main/contract/domain';
import { rangeFromPoints, segmentAllBlocks, toBlockPoint } from '../../src-renderer/editor/offsets';
import { $buildReaderDocument } from '../../src-renderer/editor/reader/build';
import { $isClaimMarkNode, ClaimMarkNode } from '../../src-renderer/editor/reader/ClaimMarkNode';
import { $isEvidenceMarkNode, EvidenceMarkNode } from '../../src-renderer/editor/reader/EvidenceMarkNode';
import { $blockPointFromPoint, $textPointFromBlockPoint } from '../../src-renderer/editor/reader/points';
import { tableLayout } from '../../src-renderer/editor/reader/table-layout';
import { ReaderTableCellNode, ReaderTableNode, ReaderTableRowNode, ReaderTableSeparatorNode, READER_TABLE_NODES } from '../../src-renderer/editor/reader/TableNodes';
import { importFixture, ok, openTestNotebook, type TestNotebook } from './notebook-helpers';

const ARMED_FORCES = ['topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md'] as const;
const STRUCTURE = ['html', 'structure.html'] as const;

let nb: TestNotebook;

interface Built {
  blocks: Block[];
  text: string;
  claims: Claim[];
  links: EvidenceLink[];
  editor: LexicalEditor;
  blockKeys: string[];
}

async function build(parts: readonly string[], quotes: { quote: string; occurrence?: number }[], evidenceQuote?: string): Promise<Built> {
  const sourceId = (await importFixture(nb.api, ...parts)).source.id;
  const { blocks } = await ok(nb.api, 'sources.get', { id: sourceId });
  const { text } = await ok(nb.api, 'sources.text', { id: sourceId });
  for (const q of quotes) await ok(nb.api, 'claims.create', { sourceId, quote: q.quote, occurrence: q.occurrence ?? 1 });
  const claims = (await ok(nb.api, 'claims.list', { sourceId })).claims;
  const links: EvidenceLink[] = [];
  if (evidenceQuote) links.push((await ok(nb.api, 'evidence.link', { claimId: claims[0].id, sourceId, quote: evidenceQuote, relation: 'contradicts' })).link);
  const editor = createEditor({
    namespace: 'test',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, ClaimMarkNode, EvidenceMarkNode, ...READER_TABLE_NODES],
    onError: (e) => {
      throw e;
    },
  });
  const ranges = [...claims, ...links.map((l) => ({ id: l.id, start: l.start ?? 0, end: l.end ?? 0 }))];
  let blockKeys: string[] = [];
  editor.update(
    () => {
      blockKeys = $buildReaderDocument(blocks, segmentAllBlocks(blocks, ranges), () => 'unassessed', (id) => (links.some((l) => l.id === id) ? 'contradicts' : undefined)).blockKeys;
    },
    { discrete: true },
  );
  return { blocks, text, claims, links, editor, blockKeys };
}

function collect<T extends LexicalNode>(under: LexicalNode, test: (node: LexicalNode) => node is T): T[] {
  const found: T[] = [];
  const walk = (node: LexicalNode) => {
    if (test(node)) found.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk(under);
  return found;
}

/** Lexical points at both ends of a range, mapped back to plain-text offsets as the reader does. */
function roundTrip(b: Built, start: number, end: number) {
  return b.editor.read(() => {
    const lengths = b.blocks.map((x) => x.text.length);
    const index = new Map(b.blockKeys.map((k, i) => [k, i]));
    const a = $textPointFromBlockPoint(b.blockKeys, toBlockPoint(b.blocks, start, 'forward')!)!;
    const z = $textPointFromBlockPoint(b.blockKeys, toBlockPoint(b.blocks, end, 'backward')!)!;
    const anchor = $blockPointFromPoint($createPoint(a.key, a.offset, 'text'), index, lengths)!;
    const focus = $blockPointFromPoint($createPoint(z.key, z.offset, 'text'), index, lengths)!;
    return rangeFromPoints(b.blocks, anchor, focus);
  });
}

beforeAll(() => {
  nb = openTestNotebook();
});
afterAll(() => nb.close());

describe('table layout', () => {
  it('cuts the importers’ table text into cells and separators that cover every character once', () => {
    const text = 'Model | Image | Caliber\nPistols | |\n| 1995 | Bilateral a|b relations';
    const layout = tableLayout(text);
    expect(layout.rows.map((r) => r.cells.map((c) => text.slice(c.from, c.to)))).toEqual([
      ['Model', 'Image', 'Caliber'],
      ['Pistols', '', ''],
      ['', '1995', 'Bilateral a|b relations'],
    ]);
    expect(layout.columns).toBe(3);
    const parts = layout.rows.flatMap((r, i) => [...(i > 0 ? [layout.rowSeparators[i - 1]] : []), ...r.parts]);
    expect(parts.map((p) => text.slice(p.from, p.to)).join('')).toBe(text);
    parts.forEach((p, i) => expect(p.from).toBe(i === 0 ? 0 : parts[i - 1].to));
  });
});

describe('reader tables', () => {
  it('draws a Markdown table as rows of cells, keeping the block’s exact text and offsets', async () => {
    const b = await build(
      ARMED_FORCES,
      [{ quote: '9×18mm Makarov' }, { quote: 'Makarov PM | | 9×18mm' }, { quote: 'Caliber | Origin | Type | Notes\nPistols' }, { quote: 'Standard service rifle' }],
      'Semi-automatic pistol',
    );
    const tableIndex = b.blocks.findIndex((x) => x.kind === 'table' && x.text.includes('Makarov PM'));
    expect(tableIndex).toBeGreaterThan(-1);
    const block = b.blocks[tableIndex];
    b.editor.read(() => {
      const table = $getNodeByKey(b.blockKeys[tableIndex]);
      expect(table).toBeInstanceOf(ReaderTableNode);
      // Every block still holds exactly its text, separators included.
      for (const [i, key] of b.blockKeys.entries()) expect($getNodeByKey(key)?.getTextContent()).toBe(b.blocks[i].text);
      const rows = collect(table!, (n): n is ReaderTableRowNode => n instanceof ReaderTableRowNode);
      expect(rows).toHaveLength(block.text.split('\n').length);
      const cells = (row: ReaderTableRowNode) => row.getChildren().filter((n): n is ReaderTableCellNode => n instanceof ReaderTableCellNode);
      expect(cells(rows[0]).map((c) => c.getTextContent())).toEqual(['Model', 'Image', 'Caliber', 'Origin', 'Type', 'Notes']);
      expect(cells(rows[0]).every((c) => c.__header)).toBe(true);
      expect(cells(rows[2]).map((c) => c.getTextContent())).toEqual(['Makarov PM', '', '9×18mm Makarov', '', 'Semi-automatic pistol', '']);
      // The separators are what the cells leave out: " | " between cells, "\n" between rows.
      const separators = collect(table!, (n): n is ReaderTableSeparatorNode => n instanceof ReaderTableSeparatorNode).map((s) => s.getTextContent());
      expect(new Set(separators)).toEqual(new Set([' | ', '| ', ' |', '|', '\n']));
    });
    // Claims inside a cell, across cells and across rows: marks hold the quote's cell text, points map back.
    for (const claim of b.claims) {
      expect(b.text.slice(claim.start, claim.end)).toBe(claim.exact);
      expect(roundTrip(b, claim.start, claim.end)).toEqual({ start: claim.start, end: claim.end });
      const marked = b.editor.read(() =>
        collect($getRoot(), $isClaimMarkNode)
          .filter((m) => m.getIDs().includes(claim.id))
          .map((m) => m.getTextContent())
          .join(''),
      );
      expect(marked).toBe(claim.exact.replace(/ ?\| ?|\n/g, ''));
    }
    const evidence = b.links[0];
    expect(b.editor.read(() => collect($getRoot(), $isEvidenceMarkNode).map((m) => [m.getTextContent(), m.__relation]))).toEqual([['Semi-automatic pistol', 'contradicts']]);
    expect(roundTrip(b, evidence.start!, evidence.end!)).toEqual({ start: evidence.start, end: evidence.end });
  });

  it('draws an HTML data table the same way, an empty last cell included', async () => {
    const b = await build(STRUCTURE, [{ quote: '12 t\nTGHU' }]);
    const tableIndex = b.blocks.findIndex((x) => x.kind === 'table');
    expect(b.blocks[tableIndex].text).toBe('Serial | Weight\nMSCU 123 | 12 t\nTGHU 456 |');
    b.editor.read(() => {
      const table = $getNodeByKey(b.blockKeys[tableIndex])!;
      expect(table.getTextContent()).toBe(b.blocks[tableIndex].text);
      const rows = collect(table, (n): n is ReaderTableRowNode => n instanceof ReaderTableRowNode);
      expect(rows.map((r) => r.getChildren().filter((n) => n instanceof ReaderTableCellNode).map((c) => c.getTextContent()))).toEqual([
        ['Serial', 'Weight'],
        ['MSCU 123', '12 t'],
        ['TGHU 456', ''],
      ]);
    });
    const claim = b.claims[0];
    expect(roundTrip(b, claim.start, claim.end)).toEqual({ start: claim.start, end: claim.end });
  });
});
