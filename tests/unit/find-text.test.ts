/** Find in the open source: folding and matching on real source text and hand-made edge cases. */
import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers';
import { findAll, foldBlocks, foldQuery } from '../../src-renderer/panels/reader/find-text';

/** Blocks laid out as the notebook lays them: joined by a blank line. */
function blocksOf(...texts: string[]) {
  let start = 0;
  return texts.map((text) => {
    const block = { start, text };
    start += text.length + 2;
    return block;
  });
}
const plain = (blocks: { text: string }[]) => blocks.map((b) => b.text).join('\n\n');
const found = (blocks: { start: number; text: string }[], query: string) => findAll(foldBlocks(blocks), query).map((r) => plain(blocks).slice(r.start, r.end));

describe('find in the open source', () => {
  it('ignores case and diacritics both ways (Álvaro ↔ alvaro)', () => {
    const blocks = blocksOf('Álvaro López met ALVARO and alvaro.', 'A\u0301lvaro written with a combining accent.');
    expect(found(blocks, 'alvaro')).toEqual(['Álvaro', 'ALVARO', 'alvaro', 'A\u0301lvaro']);
    expect(found(blocks, 'ÁLVARO LÓPEZ')).toEqual(['Álvaro López']);
  });

  it('treats non-breaking and repeated spaces, line breaks and dashes alike', () => {
    const blocks = blocksOf('Polonez\u2011M missile\u00a0systems, 2024\u20132025.', 'range of  300\u202fkm');
    expect(found(blocks, 'polonez-m missile systems')).toEqual(['Polonez\u2011M missile\u00a0systems']);
    expect(found(blocks, '2024-2025')).toEqual(['2024\u20132025']);
    expect(found(blocks, 'of 300 km')).toEqual(['of  300\u202fkm']);
    expect(found(blocks, '   300 km  ')).toEqual(['300\u202fkm']);
  });

  it('keeps UTF-16 offsets right after emoji and astral letters', () => {
    const blocks = blocksOf('🚀 Launch 𝒳 then 🇨🇺 launch.', 'Launch again');
    const ranges = findAll(foldBlocks(blocks), 'launch');
    expect(ranges.map((r) => plain(blocks).slice(r.start, r.end))).toEqual(['Launch', 'launch', 'Launch']);
    expect(ranges[0].start).toBe(3);
  });

  it('finds across a block boundary as one space, and finds nothing for blank input', () => {
    const blocks = blocksOf('ends with Minsk', 'Havana begins');
    expect(found(blocks, 'minsk havana')).toEqual(['Minsk\n\nHavana']);
    expect(findAll(foldBlocks(blocks), '   ')).toEqual([]);
    expect(foldQuery('  Ça   va ')).toBe('ca va');
  });

  it('counts every occurrence in a real report, as a plain case-insensitive search would', () => {
    const text = readFixture('reports', '000_f21f05dd4cd8cb1c.txt').toString('utf8');
    const blocks = blocksOf(...text.split(/\n\n+/));
    const expected = plain(blocks).match(/lukashenko/gi)!.length;
    expect(expected).toBeGreaterThan(10);
    const words = found(blocks, 'LUKASHENKO');
    expect(words).toHaveLength(expected);
    for (const w of words) expect(w.toLowerCase()).toBe('lukashenko');
  });
});
