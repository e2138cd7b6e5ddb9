/**
 * Entities travel between threads packed (entities/packed.ts): each mention a start, end pair, its
 * words taken back from the text. Unpacked with the same text they are what the extractor found;
 * a span that does not fit the text is refused rather than stored.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src-main/entities/extract';
import { packEntities, unpackEntities } from '../../src-main/entities/packed';
import { readFixture } from '../helpers';
import { SEED } from './notebook-helpers';

describe('packed entities', () => {
  const text = readFixture(...SEED).toString('utf8');
  const found = extractEntities(text);

  it('come back as found, mentions and words alike', () => {
    expect(found.length).toBeGreaterThan(10);
    const packed = packEntities(found);
    expect(packed.every((e) => e.spans instanceof Int32Array)).toBe(true);
    expect(unpackEntities(structuredClone(packed), text)).toEqual(found);
  });

  it('refuse a span outside the text, backwards, or unpaired', () => {
    const [first] = packEntities(found);
    for (const spans of [[0, text.length + 1], [5, 3], [-1, 2], [0, 4, 9]]) {
      expect(() => unpackEntities([{ ...first, spans: Int32Array.from(spans) }], text)).toThrow(first.name);
    }
  });
});
