/**
 * The Timeline view in Chromium over browser mode: dated claims on the seed and a topic fixture
 * (partial dates among them), reached and opened with the keyboard, landing on the passage in
 * the reader; zoom, filters, lanes by tag; screenshots light and dark, and one of 2,000 claims.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../../src-main/store/db';
import { addDatedClaims } from '../dated-claims';
import { fixture } from '../helpers';
import { callBridge, FACT_SHEET, FACT_SHEET_FULL_TITLE, FACT_SHEET_TITLE, openAnalystSession, screenshotPath, SEED, type AnalystSession } from './analyst-ui';

describe('timeline view', () => {
  let session: AnalystSession;
  let page: Page;
  const ids: Record<string, string> = {};
  const api = <T = Record<string, unknown>>(method: string, input: unknown) => callBridge(session.app, method, input) as Promise<T>;
  const importFile = async (path: string) =>
    (await api<{ source: { id: string } }>('sources.import', { fileName: basename(path), data: readFileSync(path).toString('base64') })).source.id;
  const items = () => page.locator('.tl-item');
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const canvasWidth = () => page.locator('.tl-canvas').evaluate((el) => el.getBoundingClientRect().width);

  beforeAll(async () => {
    session = await openAnalystSession('timeline');
    ({ page } = session);
    const seedId = await importFile(SEED);
    const factId = await importFile(FACT_SHEET);
    const make = async (name: string, sourceId: string, quote: string, fields: Record<string, unknown>) => {
      ids[name] = (await api<{ claim: { id: string } }>('claims.create', { sourceId, quote, occurrence: 1, statement: `${name}: ${quote}`, ...fields })).claim.id;
    };
    await make('Ally', seedId, 'On January 1, 2025, Lukashenko stated', { eventDate: '2025-01-01', status: 'supported', tags: ['belarus'] });
    await make('Delegation', seedId, 'June 2023 — A Cuban military delegation', { eventDate: '2023-06', status: 'refuted', tags: ['military'] });
    await make('Minister', seedId, 'January 2024 — Lukashenko’s Minister of De', { eventDate: '2024-01', status: 'partly_supported', tags: ['military'] });
    await make('Borchuk', seedId, 'By 2018, Borchuk', { eventDate: '2018', status: 'unverifiable' });
    await make('Undated', seedId, 'Marco Rubio, U.S. Secretary of State', {});
    await make('Restrictions', factId, 'In June 2025, President Trump implemented partial', { eventDate: '2025-06', status: 'disputed', tags: ['cuba'] });
    await make('Memorandum', factId, 'In June 2025, President Trump signed', { eventDate: '2025' });
    await page.reload();
    await page.locator('.source-row').first().waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows every dated claim, partial dates as spans, in lanes by source; light and dark', async () => {
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect.poll(() => items().count()).toBe(6);
    expect(await page.locator('.tl-lane').count()).toBe(2);
    expect(await page.locator('.tl-item--span').count()).toBe(5);
    expect(await page.getByText('Undated:').count()).toBe(0);
    expect(await page.locator('.tl-legend').innerText()).toContain('Partly supported');
    await page.screenshot({ path: screenshotPath('timeline-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('timeline-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('moves through the events in time order with the keyboard, and opens one at its passage', async () => {
    await page.getByRole('button', { name: 'Fit', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedName()).toMatch(/^2018: Borchuk/);
    const seen = [await focusedName()];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await focusedName());
    }
    expect(seen.map((s) => s.split(': ')[1])).toEqual(['Borchuk', 'Delegation', 'Minister', 'Memorandum', 'Ally', 'Restrictions']);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName()).toContain('Ally: On January 1, 2025');
    await page.keyboard.press('End');
    expect(await focusedName()).toContain('Restrictions:');
    // The focused event's claim shows in the claims pane.
    await expect.poll(() => page.getByRole('textbox', { name: 'Statement' }).inputValue()).toContain('Restrictions: In June 2025');
    await page.screenshot({ path: screenshotPath('timeline-focus') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);
    await page.locator(`.reader-doc mark[data-claim-ids~="${ids.Restrictions}"]`).first().waitFor();
    await expect.poll(async () => (await page.locator('.reader-doc .is-flashing').allInnerTexts()).join(' ')).toContain('In June 2025, President Trump implemented partial');
  });

  it('zooms with + and − and fits with 0; filters by status, tag and source; lanes by tag', async () => {
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect.poll(() => items().count()).toBe(6);
    // Back from the reader, Tab reaches the event last focused.
    expect(await page.locator('.tl-item[tabindex="0"]').getAttribute('aria-label')).toContain('Restrictions:');
    const fitted = await canvasWidth();
    await items().first().focus();
    await page.keyboard.press('+');
    await expect.poll(canvasWidth).toBeGreaterThan(fitted * 1.3);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(canvasWidth).toBeCloseTo(fitted, 0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(canvasWidth).toBeGreaterThan(fitted * 1.3);
    // Zoomed in, dragging the background pans.
    const scrollLeft = () => page.locator('.tl-scroll').evaluate((el) => el.scrollLeft);
    const before = await scrollLeft();
    const box = (await page.locator('.tl-scroll').boundingBox())!;
    expect(before).toBeGreaterThan(120);
    await page.mouse.move(box.x + 300, box.y + box.height - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + box.height - 20, { steps: 5 });
    await page.mouse.up();
    await expect.poll(scrollLeft).toBeCloseTo(before - 100, 0);
    // The zoom and the scroll position are kept while the analyst is in another view.
    const panned = await scrollLeft();
    await page.getByRole('tab', { name: 'Reader' }).click();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect.poll(canvasWidth).toBeGreaterThan(fitted * 1.3);
    expect(await scrollLeft()).toBeCloseTo(panned, 0);
    await items().first().focus();
    await page.keyboard.press('0');
    await expect.poll(canvasWidth).toBeCloseTo(fitted, 0);

    const filters = page.getByRole('search', { name: 'Filter the timeline' });
    await filters.getByLabel('Status').selectOption('disputed');
    await expect.poll(() => items().count()).toBe(1);
    await filters.getByLabel('Status').selectOption('');
    await filters.getByLabel('Tag').selectOption('military');
    await expect.poll(() => items().count()).toBe(2);
    await filters.getByLabel('Tag').selectOption('');
    await filters.getByLabel('Source').selectOption({ label: FACT_SHEET_FULL_TITLE });
    await expect.poll(() => items().count()).toBe(2);
    await filters.getByLabel('Source').selectOption('');
    await filters.getByLabel('Entity').selectOption({ label: 'Lukashenko (person)' });
    await expect.poll(() => items().count()).toBe(2);
    expect(await items().evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')?.split(': ')[1]))).toEqual(['Minister', 'Ally']);
    await filters.getByLabel('Entity').selectOption('');
    // The sources were never read for suggestions: the toggle reads them, then draws the dated ones.
    await filters.getByLabel('Suggestions with a date').check();
    const header = () => page.locator('.timeline-view .pane-header').innerText();
    await expect.poll(header, { timeout: 30_000 }).toMatch(/6 dated claims, [1-9]\d* dated suggestions?\n/);
    await expect.poll(header, { timeout: 30_000 }).not.toContain('reading sources');
    const suggested = page.locator('.tl-item.tl-suggested');
    expect(await suggested.count()).toBeGreaterThan(0);
    const announced = Number(/(\d+) dated suggestion/.exec(await header())![1]);
    // Drawn as items, or counted in a "+N" cluster where they crowd the claims.
    expect(await suggested.count()).toBeLessThanOrEqual(announced);
    expect(await suggested.first().getAttribute('aria-label')).toMatch(/Suggested/i);
    await page.screenshot({ path: screenshotPath('timeline-suggestions') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('timeline-suggestions-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    // A source imported while the toggle is on is read too; deleting it again takes its suggestions away.
    const belarusId = await importFile(fixture('topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md'));
    await expect.poll(async () => Number(/(\d+) dated suggestion/.exec(await header())?.[1] ?? 0), { timeout: 30_000 }).toBeGreaterThan(announced);
    await api('sources.delete', { id: belarusId, force: true });
    await expect.poll(header).toContain(`${announced} dated suggestion`);
    await filters.getByLabel('Suggestions with a date').uncheck();
    await expect.poll(() => items().count()).toBe(6);

    await filters.getByLabel('Group by').selectOption('tag');
    await expect.poll(() => page.locator('.tl-lane__label').allInnerTexts()).toEqual(['belarus', 'cuba', 'military', 'No tag']);
    await page.screenshot({ path: screenshotPath('timeline-by-tag') });
    // Lanes and filters survive a reload.
    await filters.getByLabel('Status').selectOption('refuted');
    await page.reload();
    await expect.poll(() => page.locator('.tl-lane__label').allInnerTexts()).toEqual(['military']);
    expect(await filters.getByLabel('Group by').inputValue()).toBe('tag');
    await filters.getByLabel('Status').selectOption('');
    await filters.getByLabel('Group by').selectOption('source');
    await expect.poll(() => items().count()).toBe(6);
  });

  it('says so when no dated claim matches, and lists its keys in the shortcut sheet', async () => {
    const filters = page.getByRole('search', { name: 'Filter the timeline' });
    await filters.getByLabel('Status').selectOption('refuted');
    await filters.getByLabel('Tag').selectOption('cuba');
    await page.getByText('No dated claim matches').waitFor();
    await page.screenshot({ path: screenshotPath('timeline-empty') });
    await filters.getByLabel('Tag').selectOption('');
    await filters.getByLabel('Status').selectOption('');
    await expect.poll(() => items().count()).toBe(6);
    await page.getByRole('button', { name: 'Fit', exact: true }).focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await sheet.innerText()).toContain('Previous or next event in time');
    await sheet.getByRole('heading', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('timeline-shortcuts') });
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });

  it('follows a changed date without a reload', async () => {
    await api('claims.update', { id: ids.Undated, patch: { eventDate: '2026-01' } });
    await expect.poll(() => items().count()).toBe(7);
  });

  it('exports a brief with its chronology from the Export dialog, in time order', async () => {
    await page.locator('.topbar').getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    const box = dialog.getByRole('checkbox', { name: /Chronology/ });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await page.screenshot({ path: screenshotPath('export-dialog-chronology') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('export-dialog-chronology-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Export…' }).click({ timeout: 30_000 });
    const md = readFileSync((await (await download).path()) as string, 'utf8');
    const section = md.slice(md.indexOf('## Chronology'), md.indexOf('\n## ', md.indexOf('## Chronology') + 1));
    const order = ['Borchuk', 'Delegation', 'Minister', 'Memorandum', 'Ally', 'Restrictions', 'Undated'].map((name) => section.indexOf(`${name}: `));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('stays legible with 2,000 dated claims: rows, then “+N” clusters that zoom in', async () => {
    const notebook = openNotebook(session.app.notebookPath);
    try {
      addDatedClaims(notebook.db, 2000);
    } finally {
      notebook.close();
    }
    await page.reload();
    await page.locator('.tl-lane').first().waitFor();
    await expect.poll(() => page.locator('.timeline-view .pane-header').innerText()).toContain('2007 dated claims');
    const clusters = page.locator('.tl-cluster');
    expect(await clusters.count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('timeline-2000') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('timeline-2000-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    // No two items of a lane overlap.
    const overlaps = await page.evaluate(() => {
      let n = 0;
      for (const lane of document.querySelectorAll('.tl-lane')) {
        const boxes = [...lane.querySelectorAll('.tl-item, .tl-cluster')].map((el) => el.getBoundingClientRect());
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) n++;
          }
      }
      return n;
    });
    expect(overlaps).toBe(0);
    const before = await canvasWidth();
    await clusters.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(canvasWidth).toBeGreaterThan(before * 1.5);
    // The focus goes to the first of its events now drawn apart (or the smaller cluster still holding it).
    expect(await page.evaluate(() => document.activeElement?.closest('.tl-lanes') !== null)).toBe(true);
    expect(await focusedName()).not.toBe('');
    await page.screenshot({ path: screenshotPath('timeline-2000-zoomed') });
    expect(session.problems).toEqual([]);
  });
});
