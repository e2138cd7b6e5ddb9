/**
 * Suggested claims in Chromium over browser mode: the claims pane lists a source's suggestions by
 * score, the analyst walks through them with the keyboard (J/K, Enter shows the passage in the
 * reader, A accepts, D dismisses, focus moving on), and the reader underlines them on a switch.
 * Each step checks what the notebook kept, over the same bridge the page uses.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src-main/contract/methods-suggestions';
import { callBridge, sessionForSuite, openSource, screenshotPath, SEED, SEED_TITLE, type AnalystSession } from './analyst-ui';

const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('suggested claims by keyboard', () => {
  let session: AnalystSession;
  let page: Page;
  let seedId = '';

  sessionForSuite('suggestions', async (opened) => {
    session = opened;
    page = opened.page;
    seedId = (await callBridge(session.app, 'sources.import', { fileName: basename(SEED), data: readFileSync(SEED).toString('base64') })).source.id;
    await page.reload();
    await page.locator('.source-row').first().waitFor();
  });

  const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-suggestion-id') ?? null);
  const rowIds = () => page.locator('.suggestion').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-suggestion-id') ?? ''));
  const underlined = () => page.evaluate(() => (CSS.highlights.get('casebook-suggestion')?.size ?? 0) as number);
  const stored = async () => (await callBridge(session.app, 'suggestions.list', { sourceId: seedId, includeDismissed: true })).suggestions;

  it('lists the source’s suggestions best first, explained by their kinds, and underlines them in the text', async () => {
    await openSource(page, SEED_TITLE);
    await page.locator('.suggestion').first().waitFor();
    const listed = await stored();
    const shown = await rowIds();
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.slice(0, 10)).toEqual(listed.slice(0, 10).map((s) => s.id));
    const first = page.locator('.suggestion').first();
    expect(await first.locator('.suggestion__kind').allInnerTexts()).toEqual(listed[0].kinds);
    // A source without claims: the quiet underline is on.
    await expect.poll(underlined).toBeGreaterThan(10);
    expect(await page.getByRole('switch', { name: 'Underline suggested passages' }).isChecked()).toBe(true);
    await page.screenshot({ path: screenshotPath('suggestions-list') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('suggestions-list-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('walks through them with J/K, shows one in the reader with Enter, accepts with A and dismisses with D, focus moving on', async () => {
    const before = await rowIds();
    await page.locator('.suggestion').first().focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await focusedId()).toBe(before[2]);
    await page.keyboard.press('k');
    expect(await focusedId()).toBe(before[1]);

    // Enter: the reader scrolls to the passage and flashes exactly it; the focus stays in the list.
    const target = (await stored()).find((s) => s.id === before[1]) as Suggestion;
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('casebook-flash') ?? [])].map((r) => (r as Range).toString()).join(' ')))
      .toBe(oneLine(target.exact));
    const inView = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('casebook-flash') ?? [])][0] as Range;
      const box = document.querySelector('.reader__scroll')!.getBoundingClientRect();
      const r = range.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    expect(await focusedId()).toBe(before[1]);

    // A: a claim on exactly that passage, with its event date; the focus is on the next suggestion.
    await page.keyboard.press('a');
    await expect.poll(focusedId).toBe(before[2]);
    await expect.poll(async () => (await callBridge(session.app, 'claims.list', { sourceId: seedId })).claims.length).toBe(1);
    const [claim] = (await callBridge(session.app, 'claims.list', { sourceId: seedId })).claims;
    expect(claim).toMatchObject({ start: target.start, end: target.end, exact: target.exact, eventDate: target.eventDate });
    await expect.poll(() => page.locator('.claim-row').count()).toBe(1);

    // D: dismissed for good; the focus moves on again.
    await page.keyboard.press('d');
    await expect.poll(focusedId).toBe(before[3]);
    await expect.poll(async () => (await stored()).find((s) => s.id === before[2])?.state).toBe('dismissed');
    expect(await rowIds()).not.toContain(before[2]);
    expect(await rowIds()).not.toContain(before[1]);
    await page.screenshot({ path: screenshotPath('suggestions-after-accept-dismiss') });

    // After a reload, neither comes back.
    await page.reload();
    await openSource(page, SEED_TITLE);
    await page.locator('.suggestion').first().waitFor();
    const after = await rowIds();
    expect(after).not.toContain(before[1]);
    expect(after).not.toContain(before[2]);
    expect(after[0]).toBe(before[0]);
  });

  it('the underline switch works from the keyboard, and is off by default on a source that has claims', async () => {
    // The seed now has a claim: reopened, its underlines start off.
    await expect.poll(underlined).toBe(0);
    const toggle = page.getByRole('switch', { name: 'Underline suggested passages' });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(underlined).toBeGreaterThan(10);
    await page.screenshot({ path: screenshotPath('suggestions-underlined-with-claim') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('suggestions-underlined-with-claim-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Space');
    await expect.poll(underlined).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
