/**
 * A long text's date spans travel from the dates worker to the ranking's packed
 * (workers/date-spans.mjs): they come back as read, dated or not, approximate or not.
 */
import { describe, expect, it } from 'vitest';
import { dateSpans, packDateSpans, unpackDateSpans } from '../../src-main/importers/workers/date-spans.mjs';
import { readFixture } from '../helpers';
import { SEED, WH_FACT_SHEET } from './notebook-helpers';

describe('packed date spans', () => {
  it('come back as read', () => {
    for (const [parts, published] of [[SEED, '2019-06-01'], [WH_FACT_SHEET, null]] as const) {
      const spans = dateSpans(readFixture(...parts).toString('utf8'), published);
      expect(spans.length).toBeGreaterThan(3);
      expect(unpackDateSpans(structuredClone(packDateSpans(spans)))).toEqual(spans);
    }
    expect(unpackDateSpans(packDateSpans([]))).toEqual([]);
    const mixed = [
      { start: 0, end: 4, date: null, approximate: true },
      { start: 9, end: 19, date: '2024-01', approximate: false },
    ];
    expect(unpackDateSpans(packDateSpans(mixed))).toEqual(mixed);
  });

  it('refuse spans cut short', () => {
    const packed = packDateSpans([{ start: 0, end: 4, date: '2024', approximate: false }]);
    expect(() => unpackDateSpans({ ...packed, spans: packed.spans.subarray(0, 2) })).toThrow('cut short');
    expect(() => unpackDateSpans({ ...packed, dates: '2024\n2025' })).toThrow('cut short');
  });
});
