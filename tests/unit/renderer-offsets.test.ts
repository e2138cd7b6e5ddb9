/**
 * The reader's offset mapping over real imported blocks: plain-text offsets ↔ (block, offset),
 * claim ranges cut into marked runs, including accents, emoji, non-breaking spaces (normalised
 * away by the importer) and claims that span two blocks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, type Block } from '../../src-main/contract/domain';
import {
  claimPiecesByBlock,
  rangeFromPoints,
  segmentAllBlocks,
  segmentBlock,
  splitRangeByBlocks,
  toBlockPoint,
  toPlainOffset,
  trimRange,
} from '../../src-renderer/editor/offsets';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

const NOTES = [
  'Field notes',
  '',
  'Cuban Defense Minister Álvaro López met delegates 🇨🇺 in Havana 😀 on Monday.',
  '',
  'The Polonez-M has a range of 300\u00a0km, officials said.',
  'A second line of the same paragraph.',
  '',
  '- first item about Borchuk',
  '- second item',
  '',
].join('\n');

let nb: TestNotebook;
let blocks: Block[];
let text: string;
let sourceId: string;

beforeAll(async () => {
  nb = openTestNotebook();
  const imported = await ok(nb.api, 'sources.import', { fileName: 'notes.txt', data: Buffer.from(NOTES, 'utf8').toString('base64') });
  sourceId = imported.source.id;
  blocks = (await ok(nb.api, 'sources.get', { id: sourceId })).blocks;
  text = (await ok(nb.api, 'sources.text', { id: sourceId })).text;
});
afterAll(() => nb.close());

/** The text a run of segments shows, the way the reader lays it out. */
function markedText(segmentsByBlock: ReturnType<typeof segmentAllBlocks>, claimId: string): string {
  const parts: string[] = [];
  segmentsByBlock.forEach((segments, i) => {
    const inBlock = segments.filter((s) => s.ids.includes(claimId)).map((s) => blocks[i].text.slice(s.from, s.to));
    if (inBlock.length) parts.push(inBlock.join(''));
  });
  return parts.join(BLOCK_SEPARATOR);
}

async function claimOn(quote: string, occurrence = 0): Promise<{ id: string; start: number; end: number; exact: string }> {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = text.indexOf(quote, start + 1);
  expect(start, `“${quote}” is in the text`).toBeGreaterThanOrEqual(0);
  const { claim } = await ok(nb.api, 'claims.create', { sourceId, start, end: start + quote.length });
  return claim;
}

describe('plain-text offsets ↔ block points', () => {
  it('the blocks joined by the separator are the plain text the API anchors into', () => {
    expect(blocks.map((b) => b.text).join(BLOCK_SEPARATOR)).toBe(text);
    expect(text).not.toContain('\u00a0');
    expect(text).toContain('300 km');
  });

  it('every offset inside a block round-trips', () => {
    for (const [i, b] of blocks.entries()) {
      for (let local = 0; local <= b.text.length; local++) {
        const offset = b.start + local;
        const point = toBlockPoint(blocks, offset, local === b.text.length ? 'backward' : 'forward');
        expect(point).toEqual({ block: i, offset: local });
        expect(toPlainOffset(blocks, point!)).toBe(offset);
      }
    }
  });

  it('offsets inside a separator go to the block after (forward) or before (backward)', () => {
    const gap = blocks[1].end + 1;
    expect(text.slice(blocks[1].end, blocks[2].start)).toBe(BLOCK_SEPARATOR);
    expect(toBlockPoint(blocks, gap, 'forward')).toEqual({ block: 2, offset: 0 });
    expect(toBlockPoint(blocks, gap, 'backward')).toEqual({ block: 1, offset: blocks[1].text.length });
  });

  it('a backward selection gives the same range as a forward one', () => {
    const b = 1;
    const at = blocks[b].text.indexOf('Álvaro');
    const a = { block: b, offset: at };
    const z = { block: b, offset: at + 'Álvaro López'.length };
    const forward = rangeFromPoints(blocks, a, z);
    expect(rangeFromPoints(blocks, z, a)).toEqual(forward);
    expect(text.slice(forward.start, forward.end)).toBe('Álvaro López');
  });

  it('trims white space and separators off the ends of a selection', () => {
    const start = blocks[1].end - ' on Monday.'.length;
    const end = blocks[2].start + 'The'.length;
    const range = trimRange(blocks, start, end + 1);
    expect(text.slice(range.start, range.end)).toBe('on Monday.\n\nThe');
    expect(trimRange(blocks, blocks[1].end, blocks[2].start)).toEqual({ start: blocks[2].start, end: blocks[2].start });
  });
});

describe('claims → marked runs', () => {
  it('marks exactly “Álvaro López”, accents included', async () => {
    const claim = await claimOn('Álvaro López');
    const segments = segmentAllBlocks(blocks, [claim]);
    expect(markedText(segments, claim.id)).toBe(claim.exact);
    expect(claim.exact).toBe('Álvaro López');
    // The runs of the block still add up to the block's text.
    expect(segments[1].map((s) => blocks[1].text.slice(s.from, s.to)).join('')).toBe(blocks[1].text);
  });

  it('keeps emoji surrogate pairs whole, even when a range cuts one in half', async () => {
    const claim = await claimOn('delegates 🇨🇺');
    expect(markedText(segmentAllBlocks(blocks, [claim]), claim.id)).toBe('delegates 🇨🇺');
    const smiley = text.indexOf('😀');
    const halfway = { id: 'half', start: smiley + 1, end: smiley + 2 + ' on'.length };
    const pieces = claimPiecesByBlock(blocks, [halfway]).get(1)!;
    expect(blocks[1].text.slice(pieces[0].start, pieces[0].end)).toBe('😀 on');
  });

  it('marks the NBSP-free normalised text of “range of 300 km”', async () => {
    const claim = await claimOn('range of 300 km');
    expect(markedText(segmentAllBlocks(blocks, [claim]), claim.id)).toBe('range of 300 km');
  });

  it('splits a claim spanning two blocks into a run at the end of one and the start of the next', async () => {
    const quote = `officials said. A second line of the same paragraph.${BLOCK_SEPARATOR}first item`;
    const claim = await claimOn(quote);
    const pieces = splitRangeByBlocks(blocks, claim.start, claim.end);
    expect(pieces.map((p) => p.block)).toEqual([2, 3]);
    expect(pieces[0].to).toBe(blocks[2].text.length);
    expect(pieces[1].from).toBe(0);
    expect(markedText(segmentAllBlocks(blocks, [claim]), claim.id)).toBe(claim.exact);
  });

  it('gives overlapping claims their own ids, innermost first, and the same runs whatever their order', async () => {
    const outer = await claimOn('Defense Minister Álvaro López met');
    const inner = await claimOn('Álvaro');
    const forward = segmentAllBlocks(blocks, [outer, inner]);
    expect(segmentAllBlocks(blocks, [inner, outer])).toEqual(forward);
    const runs = forward[1].filter((s) => s.ids.length > 0).map((s) => ({ text: blocks[1].text.slice(s.from, s.to), ids: s.ids }));
    expect(runs).toEqual([
      { text: 'Defense Minister ', ids: [outer.id] },
      { text: 'Álvaro', ids: [inner.id, outer.id] },
      { text: ' López met', ids: [outer.id] },
    ]);
    expect(markedText(forward, outer.id)).toBe(outer.exact);
  });

  it('merges neighbouring runs that carry the same claims and leaves unclaimed blocks whole', () => {
    expect(segmentBlock(10, [{ id: 'a', start: 2, end: 5 }, { id: 'a', start: 5, end: 8 }])).toEqual([
      { from: 0, to: 2, ids: [] },
      { from: 2, to: 8, ids: ['a'] },
      { from: 8, to: 10, ids: [] },
    ]);
    expect(segmentBlock(4, [])).toEqual([{ from: 0, to: 4, ids: [] }]);
    expect(segmentBlock(0, [])).toEqual([]);
  });
});

describe('the seed report', () => {
  it('maps “with a range of 300 km” to one block and back', async () => {
    const seed = await importFixture(nb.api, ...SEED);
    const seedBlocks = (await ok(nb.api, 'sources.get', { id: seed.source.id })).blocks;
    const seedText = (await ok(nb.api, 'sources.text', { id: seed.source.id })).text;
    const start = seedText.indexOf('with a range of 300 km');
    const pieces = splitRangeByBlocks(seedBlocks, start, start + 22);
    expect(pieces).toHaveLength(1);
    const block = seedBlocks[pieces[0].block];
    expect(block.text.slice(pieces[0].from, pieces[0].to)).toBe('with a range of 300 km');
    const range = rangeFromPoints(seedBlocks, { block: pieces[0].block, offset: pieces[0].to }, { block: pieces[0].block, offset: pieces[0].from });
    expect(range).toEqual({ start, end: start + 22 });
  });
});
