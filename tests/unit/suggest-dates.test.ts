/**
 * The event dates of suggested claims, read by chrono-node (plus bare years and decades) on real
 * text: exact when the text names the date, approximate when it is relative and resolved against
 * the source's published date; long texts read in a worker, with progress, to the same result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeSuggestions, rankSentences, WORKER_THRESHOLD } from '../../src-main/analysis/suggest';
import { dateSpans } from '../../src-main/importers/workers/date-spans.mjs';
import { fixture } from '../helpers';
import { openSeededNotebook } from './notebook-helpers';

const dateAt = (text: string, spans: ReturnType<typeof dateSpans>, words: string) => {
  const at = text.indexOf(words);
  expect(at, `“${words}” is in the text`).toBeGreaterThanOrEqual(0);
  return spans.find((s) => s.start <= at && at < s.end);
};

describe('event dates', () => {
  it('reads the seed report’s dates as precisely as it names them', async () => {
    const nb = await openSeededNotebook();
    try {
      const spans = dateSpans(nb.seedText, null);
      expect(dateAt(nb.seedText, spans, 'January 30, 2025')).toMatchObject({ date: '2025-01-30', approximate: false });
      expect(dateAt(nb.seedText, spans, 'June 2023')).toMatchObject({ date: '2023-06', approximate: false });
      expect(dateAt(nb.seedText, spans, '1995 to 2013')).toMatchObject({ date: '1995', approximate: false });
      expect(dateAt(nb.seedText, spans, '2022, trade')).toMatchObject({ date: '2022', approximate: false });
      // Durations and "now" name no event.
      expect(dateAt(nb.seedText, spans, 'for several years')).toBeUndefined();
      expect(dateAt(nb.seedText, spans, 'past two years')).toBeUndefined();
      // "Today" in a source with no published date: dated, but no date is made up.
      expect(dateAt(nb.seedText, spans, 'Today, it became known')).toMatchObject({ date: null, approximate: true });
    } finally {
      nb.close();
    }
  });

  it('resolves "today" against the published date of the White House fact sheet, marked approximate', async () => {
    const nb = await openSeededNotebook();
    try {
      const { text } = await nb.api.call('sources.text', { id: nb.factSheetId }).then((r) => (r.ok ? r.value : { text: '' }));
      const spans = dateSpans(text, '2026-01-29');
      expect(dateAt(text, spans, 'Today, President Donald J. Trump')).toMatchObject({ date: '2026-01-29', approximate: true });
      expect(dateAt(text, spans, 'June 2025')).toMatchObject({ date: '2025-06', approximate: false });
    } finally {
      nb.close();
    }
  });

  it('resolves weekdays and seasons against the published date (a sentence written for the test)', () => {
    const text = 'The minister visited Havana on Wednesday. Talks began last fall in Minsk. In the mid-1990s, the plant closed.';
    const spans = dateSpans(text, '2024-03-15');
    expect(dateAt(text, spans, 'Wednesday')).toMatchObject({ date: '2024-03-13', approximate: true });
    expect(dateAt(text, spans, 'last fall')?.date).toMatch(/^2023-(09|10|11)$/);
    expect(dateAt(text, spans, 'last fall')?.approximate).toBe(true);
    expect(dateAt(text, spans, 'mid-1990s')).toMatchObject({ date: '1990', approximate: true });
    expect(dateAt(text, dateSpans(text, null), 'Wednesday')).toMatchObject({ date: null });
    // A published date with a time (as web pages give it); "last July" is the July before it.
    const news = 'It had more than 100 brands as of last July, the company said on Thursday.';
    const spans2 = dateSpans(news, '2019-04-28T06:01:07');
    expect(dateAt(news, spans2, 'last July')).toMatchObject({ date: '2018-07', approximate: true });
    expect(dateAt(news, spans2, 'Thursday')).toMatchObject({ date: '2019-04-25', approximate: true });
  });

  it('reads a long source’s dates in a worker, with progress, to the same suggestions as in-process', async () => {
    const text = readFileSync(fixture('topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md'), 'utf8');
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD);
    const progress: number[] = [];
    const inWorker = await computeSuggestions(text, '2019-06-01', { onProgress: (p) => progress.push(p) });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const inProcess = rankSentences(text, dateSpans(text, '2019-06-01'));
    expect(inWorker).toEqual(inProcess);
    expect(inWorker.filter((s) => s.kinds.includes('date')).length).toBeGreaterThan(20);
  });

  it('reads a long source given as UTF-8 bytes (as the notebook holds it) to the same suggestions', async () => {
    // Non-ASCII text, so offsets in the decoded text differ from byte offsets.
    const text = `${readFileSync(fixture('topic', 'wikipedia-2019', 'Foreign_relations_of_Belarus.md'), 'utf8')}\n\nЛукашенко visited Havana on 12 January 2024.`;
    const inProcess = rankSentences(text, dateSpans(text, '2019-06-01'));
    expect(await computeSuggestions(Buffer.from(text), '2019-06-01')).toEqual(inProcess);
    expect(await computeSuggestions(Buffer.from('Short: on 3 May 2020 the minister resigned.'), null)).toEqual(rankSentences('Short: on 3 May 2020 the minister resigned.', dateSpans('Short: on 3 May 2020 the minister resigned.', null)));
  });
});
