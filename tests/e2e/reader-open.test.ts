/**
 * How the reader opens a source, in Chromium over browser mode: the text and its marks come
 * first, the source's full claims and suggestions are asked for only once the marks are painted
 * (and the claims pane then fills with every claim); the reader's idle warm-up leaves nothing in
 * the page and complains of nothing.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callBridge, openSource, sessionForSuite, SEED, SEED_TITLE, type AnalystSession } from './analyst-ui';

/** Notes, in the page, when the first claim mark appears in the reader (page clock, ms). */
const WATCH_MARKS = `(() => {
  window.__markedAt = null;
  const observer = new MutationObserver(() => {
    if (document.querySelector('.reader-doc mark[data-claim-id]')) {
      window.__markedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

/** When each call of `method` was made (page clock, ms), from the page's resource timings. */
function requestedAt(page: Page, method: string): Promise<number[]> {
  return page.evaluate(
    (m) => performance.getEntriesByType('resource').filter((r) => r.name.endsWith(`/api/call/${m}`)).map((r) => r.startTime),
    method,
  );
}

describe('opening a source', () => {
  let session: AnalystSession;
  let page: Page;
  const warnings: string[] = [];
  const claimIds: string[] = [];

  sessionForSuite(
    'reader-open',
    async (opened) => {
      session = opened;
      page = opened.page;
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      const { source } = await callBridge(session.app, 'sources.import', { fileName: basename(SEED), data: readFileSync(SEED).toString('base64') });
      const { text } = await callBridge(session.app, 'sources.text', { id: source.id });
      for (const word of ['Cuba', 'missile', 'Minsk']) {
        const start = text.indexOf(word);
        claimIds.push((await callBridge(session.app, 'claims.create', { sourceId: source.id, start, end: start + word.length })).claim.id);
      }
      await callBridge(session.app, 'sources.import', { fileName: 'note.txt', data: Buffer.from('A short note\n\nNothing much happened here.\n').toString('base64') });
      await page.reload();
      await page.locator('.source-row').first().waitFor();
    },
    { noPageErrors: true },
  );

  it('warms the reader up when idle without leaving anything in the page', async () => {
    // Idle callbacks run in the order asked: once this one has run, the warm-up (asked at start) has too.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 })));
    expect(await page.locator('.reader-doc').count()).toBe(0);
    expect(await page.locator('mark[data-claim-id^="warm-"]').count()).toBe(0);
    expect(warnings.filter((w) => w.includes('warm-up'))).toEqual([]);
  });

  it('paints the text and marks first, then asks for the claims and suggestions and fills the claims pane', async () => {
    await page.evaluate(WATCH_MARKS);
    await openSource(page, SEED_TITLE);
    await expect.poll(() => page.locator('.claim-list .claim-row').count()).toBe(3);
    expect((await page.locator('.claim-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim-id')))).sort()).toEqual([...claimIds].sort());
    await page.locator('.suggestions, .suggestions__hint').first().waitFor();
    await expect.poll(async () => (await requestedAt(page, 'suggestions.list')).length).toBeGreaterThan(0);

    const markedAt = await page.evaluate(() => (window as unknown as { __markedAt: number | null }).__markedAt);
    expect(markedAt).not.toBeNull();
    const [marksAsked] = await requestedAt(page, 'claims.marks');
    const [textAsked] = await requestedAt(page, 'sources.get');
    expect(marksAsked).toBeLessThan(markedAt as number);
    expect(textAsked).toBeLessThan(markedAt as number);
    for (const asked of [...(await requestedAt(page, 'claims.list')), ...(await requestedAt(page, 'suggestions.list'))]) expect(asked).toBeGreaterThan(markedAt as number);
    expect(await page.locator('.reader-doc').count()).toBe(1);
  });

  it('fills the claims pane again when the source is opened again after another', async () => {
    await openSource(page, 'A short note');
    await page.getByText('No claims in this source yet').waitFor();
    await openSource(page, SEED_TITLE);
    await expect.poll(() => page.locator('.claim-list .claim-row').count()).toBe(3);
  });
});
