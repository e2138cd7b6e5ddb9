/**
 * The reader's Lexical document, built headless from real imported blocks and claims: every
 * claim's marks hold exactly its quote, and Lexical selection points map back to the same
 * plain-text offsets the API anchored the claim to.
 */
import { $isListNode, ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createPoint, $getNodeByKey, $getRoot, $isElementNode, createEditor, type ElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, type Block, type Claim } from '../../src-main/contract/domain';
import { rangeFromPoints, segmentAllBlocks, toBlockPoint } from '../../src-renderer/editor/offsets';
import { $buildReaderDocument, $fillBlock } from '../../src-renderer/editor/reader/build';
import { $isClaimMarkNode, ClaimMarkNode } from '../../src-renderer/editor/reader/ClaimMarkNode';
import { $blockPointFromPoint, $textPointFromBlockPoint } from '../../src-renderer/editor/reader/points';
import { importFixture, ok, openTestNotebook, SEED, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let blocks: Block[];
let text: string;
let claims: Claim[];
let editor: LexicalEditor;
let blockKeys: string[];
let blockIndexByKey: Map<string, number>;

const QUOTES = ['with a range of 300 km', 'Polonez-M missile systems from Belarus, with a range of 300 km', 'Vitaly Borchuk', 'Álvaro López'];

beforeAll(async () => {
  nb = openTestNotebook();
  const sourceId = (await importFixture(nb.api, ...SEED)).source.id;
  blocks = (await ok(nb.api, 'sources.get', { id: sourceId })).blocks;
  text = (await ok(nb.api, 'sources.text', { id: sourceId })).text;
  for (const quote of QUOTES) await ok(nb.api, 'claims.create', { sourceId, quote, occurrence: 1 });
  // One claim across a block boundary: the end of one paragraph and the heading after it.
  const borchukHeading = text.indexOf('Vitaly Borchuk, Lukashenko’s Ambassador to Cuba');
  await ok(nb.api, 'claims.create', { sourceId, start: borchukHeading - 'of the Castro brothers.'.length - 2, end: borchukHeading + 'Vitaly Borchuk'.length });
  claims = (await ok(nb.api, 'claims.list', { sourceId })).claims;

  editor = createEditor({ namespace: 'test', nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, ClaimMarkNode], onError: (e) => { throw e; } });
  const statusOf = new Map(claims.map((c) => [c.id, c.status]));
  editor.update(() => {
    blockKeys = $buildReaderDocument(blocks, segmentAllBlocks(blocks, claims), (id) => statusOf.get(id) ?? 'unassessed').blockKeys;
  }, { discrete: true });
  blockIndexByKey = new Map(blockKeys.map((k, i) => [k, i]));
});
afterAll(() => nb.close());

function blockElement(index: number): ElementNode {
  const node = $getNodeByKey(blockKeys[index]);
  if (!$isElementNode(node)) throw new Error(`block ${index} is not an element`);
  return node;
}

function marksOf(claimId: string, under: LexicalNode = $getRoot()): ClaimMarkNode[] {
  const found: ClaimMarkNode[] = [];
  const walk = (node: LexicalNode) => {
    if ($isClaimMarkNode(node) && node.getIDs().includes(claimId)) found.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk(under);
  return found;
}

describe('reader document', () => {
  it('has one element per block holding exactly the block’s text', () => {
    expect(blockKeys).toHaveLength(blocks.length);
    editor.read(() => {
      for (const [i, key] of blockKeys.entries()) expect($getNodeByKey(key)?.getTextContent()).toBe(blocks[i].text);
    });
  });

  it('wraps each claim’s passage in marks carrying its id, however the claims overlap', () => {
    editor.read(() => {
      for (const claim of claims) {
        const byBlock = new Map<string, string>();
        for (const mark of marksOf(claim.id)) {
          const block = mark.getParentOrThrow().getKey();
          byBlock.set(block, (byBlock.get(block) ?? '') + mark.getTextContent());
        }
        expect([...byBlock.values()].join(BLOCK_SEPARATOR)).toBe(claim.exact);
        expect(text.slice(claim.start, claim.end)).toBe(claim.exact);
      }
    });
  });

  it('maps Lexical text points at both ends of every claim back to its offsets', () => {
    editor.read(() => {
      for (const claim of claims) {
        const a = $textPointFromBlockPoint(blockKeys, toBlockPoint(blocks, claim.start, 'forward')!)!;
        const z = $textPointFromBlockPoint(blockKeys, toBlockPoint(blocks, claim.end, 'backward')!)!;
        const lengths = blocks.map((b) => b.text.length);
        const anchor = $blockPointFromPoint($createPoint(a.key, a.offset, 'text'), blockIndexByKey, lengths)!;
        const focus = $blockPointFromPoint($createPoint(z.key, z.offset, 'text'), blockIndexByKey, lengths)!;
        expect(rangeFromPoints(blocks, focus, anchor)).toEqual({ start: claim.start, end: claim.end });
      }
    });
  });

  it('maps element points (between blocks, inside a block) to block starts and ends', () => {
    editor.read(() => {
      const lengths = blocks.map((b) => b.text.length);
      const root = $getRoot();
      expect($blockPointFromPoint($createPoint(root.getKey(), 1, 'element'), blockIndexByKey, lengths)).toEqual({ block: 1, offset: 0 });
      expect($blockPointFromPoint($createPoint(root.getKey(), root.getChildrenSize(), 'element'), blockIndexByKey, lengths)).toEqual({
        block: blocks.length - 1,
        offset: lengths[lengths.length - 1],
      });
      const block = blocks.findIndex((b) => b.text.includes('Álvaro López'));
      const childCount = blockElement(block).getChildrenSize();
      expect($blockPointFromPoint($createPoint(blockKeys[block], childCount, 'element'), blockIndexByKey, lengths)).toEqual({ block, offset: lengths[block] });
      expect($blockPointFromPoint($createPoint(blockKeys[block], 0, 'element'), blockIndexByKey, lengths)).toEqual({ block, offset: 0 });
    });
  });

  it('re-fills one block with new runs without touching the others', () => {
    const heading = blocks.findIndex((b) => b.text.startsWith('Vitaly Borchuk, Lukashenko'));
    const range = claims.find((c) => c.exact === 'with a range of 300 km')!;
    const before = editor.read(() => marksOf(range.id).map((m) => m.getKey()));
    expect(editor.read(() => blockElement(heading).getChildren().some($isClaimMarkNode))).toBe(true);
    editor.update(() => $fillBlock(blockElement(heading).getWritable(), blocks[heading].text, [], () => 'unassessed'), { discrete: true });
    editor.read(() => {
      expect(blockElement(heading).getTextContent()).toBe(blocks[heading].text);
      expect(blockElement(heading).getChildren().some($isClaimMarkNode)).toBe(false);
      expect(marksOf(range.id).map((m) => m.getKey())).toEqual(before);
    });
  });

  it('puts a run of list items in one list, and the blocks in their order under the root', async () => {
    const sheetId = (await importFixture(nb.api, ...WH_FACT_SHEET)).source.id;
    const sheet = (await ok(nb.api, 'sources.get', { id: sheetId })).blocks;
    const items = sheet.filter((b) => b.kind === 'list_item');
    expect(items.length).toBeGreaterThan(2);
    const sheetEditor = createEditor({ namespace: 'test-lists', nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, ClaimMarkNode], onError: (e) => { throw e; } });
    let keys: string[] = [];
    sheetEditor.update(() => void (keys = $buildReaderDocument(sheet, segmentAllBlocks(sheet, []), () => 'unassessed').blockKeys), { discrete: true });
    sheetEditor.read(() => {
      const elements = keys.map((key) => $getNodeByKey(key)!);
      elements.forEach((element, i) => expect(element.getTextContent()).toBe(sheet[i].text));
      // Walking the root visits the blocks in their order; consecutive items (same section) share a list.
      const visited: string[] = [];
      for (const child of $getRoot().getChildren()) {
        if ($isListNode(child)) visited.push(...child.getChildren().map((item) => item.getKey()));
        else visited.push(child.getKey());
      }
      expect(visited).toEqual(keys);
      sheet.forEach((block, i) => {
        const parent = elements[i].getParentOrThrow();
        if (block.kind !== 'list_item') return expect(parent.getKey()).toBe('root');
        expect($isListNode(parent)).toBe(true);
        const previous = sheet[i - 1];
        const sameList = previous?.kind === 'list_item' && previous.section === block.section;
        expect(parent.is(elements[i - 1]?.getParent() ?? null)).toBe(sameList);
      });
    });
  });
});
