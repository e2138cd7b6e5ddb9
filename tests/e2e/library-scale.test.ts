/**
 * The library with 3,000 generated sources, in Chromium over the bridge: only a bounded number of
 * rows in the page, one tab stop with arrow/Home/End/Page keys moving the focus and scrolling,
 * Enter opening the source, the filter showing its count, and a source selected before a reload
 * scrolled into view. Screenshots in light and dark.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { RARE_WORD, scaleNotebookFile } from '../scale-notebook';
import { launchChromium, startWebApp, type WebApp } from './harness';
import { screenshotPath } from './analyst-ui';

const SOURCES = 3000;
let temp: ReturnType<typeof tempDir>;
let app: WebApp;
let browser: Browser;
let page: Page;
let byCaptured: { id: string; title: string }[];
const problems: string[] = [];
/** The API calls the page made while it started: method and input. */
const startupCalls: { method: string; input: Record<string, unknown> }[] = [];

/** The focused row's position (aria-posinset), or null when focus is not on a row. */
const focusedRow = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('role') === 'option' ? Number(el.getAttribute('aria-posinset')) : null;
  });
/** True when the focused row lies inside the list's visible box. */
const focusedRowVisible = () =>
  page.evaluate(() => {
    const row = document.activeElement?.getBoundingClientRect();
    const box = document.querySelector('.library__list-wrap')?.getBoundingClientRect();
    return !!row && !!box && row.top >= box.top - 1 && row.bottom <= box.bottom + 1;
  });
const rowsInDom = () => page.locator('.source-row').count();
const footer = () => page.locator('.library__footer').innerText();

beforeAll(async () => {
  temp = tempDir('casebook-e2e-scale-');
  const path = scaleNotebookFile({ sources: SOURCES, claims: 15_000 }, join(temp.dir, 'scale.sqlite'));
  const db = new Database(path, { readonly: true });
  byCaptured = db.prepare('SELECT id, title FROM sources ORDER BY captured_at DESC, id DESC').all() as { id: string; title: string }[];
  db.close();
  app = await startWebApp({ notebookPath: path });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const record = (request: import('playwright-core').Request) => {
    const method = /\/api\/call\/([\w.]+)/.exec(request.url())?.[1];
    if (method) startupCalls.push({ method, input: JSON.parse(request.postData() ?? '{}') as Record<string, unknown> });
  };
  page.on('request', record);
  await page.goto(app.url);
  await page.locator('.source-row[data-source-id]').first().waitFor();
  await page.waitForTimeout(500);
  page.off('request', record);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  temp?.cleanup();
});

// The steps run in order on one page (opened in beforeAll above): later steps scroll back to sources the steps before opened.
describe('a library of 3,000 sources', () => {
  it('starts by reading only what the first screen shows: one page of the library, nothing listed whole', () => {
    const lists = startupCalls.filter((c) => c.method === 'sources.list');
    expect(lists.length).toBeGreaterThan(0);
    for (const c of lists) expect(Number(c.input.limit), JSON.stringify(c.input)).toBeLessThanOrEqual(100);
    for (const c of startupCalls.filter((x) => x.method === 'claims.list')) expect(c.input.sourceId).toBeTruthy();
    expect(startupCalls.map((c) => c.method)).not.toContain('search.query');
    expect(startupCalls.length).toBeLessThan(8);
  });

  it('shows the first rows and the count, with only the rows on screen in the page', async () => {
    await page.locator('.source-row', { hasText: byCaptured[0].title }).waitFor();
    expect(await footer()).toBe('3,000 sources');
    const listbox = page.getByRole('listbox', { name: 'Sources' });
    await listbox.waitFor();
    const rows = await rowsInDom();
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(60);
    const firstRow = page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first();
    expect(await firstRow.getAttribute('aria-setsize')).toBe(String(SOURCES));
    expect(await firstRow.getAttribute('aria-posinset')).toBe('1');
    await page.screenshot({ path: screenshotPath('library-3000-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('library-3000-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('is one tab stop, and the arrow, Page and Home/End keys move the focus, scrolling it into view', async () => {
    await page.getByRole('combobox', { name: 'Sort sources' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedRow()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await focusedRow()).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedRow()).toBe(1);

    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe(4);
    await page.keyboard.press('ArrowUp');
    expect(await focusedRow()).toBe(3);

    await page.keyboard.press('PageDown');
    const afterPage = (await focusedRow()) ?? 0;
    expect(afterPage).toBeGreaterThan(8);
    await expect.poll(focusedRowVisible).toBe(true);
    await page.keyboard.press('PageUp');
    expect(await focusedRow()).toBe(3);

    await page.keyboard.press('End');
    await expect.poll(focusedRow).toBe(SOURCES);
    await expect.poll(focusedRowVisible).toBe(true);
    await expect.poll(() => page.locator('.source-row:focus .source-row__title').innerText()).toBe(byCaptured[SOURCES - 1].title);
    expect(await rowsInDom()).toBeLessThan(60);
    await page.screenshot({ path: screenshotPath('library-3000-keyboard-end') });

    await page.keyboard.press('Home');
    await expect.poll(focusedRow).toBe(1);
    await expect.poll(() => page.locator('.library__list-wrap').evaluate((el) => el.scrollTop)).toBeLessThan(5);

    // Scrolled away with the wheel, the arrows still move from the focused row, which comes back into view.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.locator('.library__list-wrap').hover();
    await page.mouse.wheel(0, 20_000);
    await expect.poll(() => page.locator('.library__list-wrap').evaluate((el) => el.scrollTop)).toBeGreaterThan(10_000);
    expect(await focusedRow()).toBe(5);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRow).toBe(6);
    await expect.poll(focusedRowVisible).toBe(true);
    expect(await rowsInDom()).toBeLessThan(60);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(byCaptured[5].title);
    expect(await page.locator('.source-row.is-selected').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.source-row.is-selected').getAttribute('aria-posinset')).toBe('6');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('library-3000-keyboard-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('filters in the notebook and shows how many match', async () => {
    const db = new Database(join(temp.dir, 'scale.sqlite'), { readonly: true });
    const expected = (db.prepare('SELECT count(*) AS n FROM sources WHERE title LIKE ? OR origin LIKE ?').get(`%${RARE_WORD}%`, `%${RARE_WORD}%`) as { n: number }).n;
    db.close();
    expect(expected).toBeGreaterThan(10);
    const box = page.getByRole('searchbox', { name: 'Filter sources' });
    await box.fill(RARE_WORD.toLowerCase());
    await expect.poll(footer).toBe(`${expected} of 3,000 match`);
    for (const title of await page.locator('.source-row__title').allInnerTexts()) expect(title).toContain(RARE_WORD);
    expect(await page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first().getAttribute('aria-setsize')).toBe(String(expected));
    await page.screenshot({ path: screenshotPath('library-3000-filtered-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('library-3000-filtered-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await box.fill('no source has this in its title');
    await page.getByText('No source matches').waitFor();
    await box.fill('');
    await expect.poll(footer).toBe('3,000 sources');
  });

  it('scrolls to a source opened from a search hit, far down the list, and back to the one opened before', async () => {
    // byCaptured[5] was opened from the list itself (Enter, above); 1500 is far below it.
    for (const at of [1500, 5]) {
      const target = byCaptured[at];
      const number = /\d{5}/.exec(target.title)![0];
      await page.keyboard.press('Control+K');
      await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill(number);
      await page.locator('.palette__hit', { hasText: number }).first().waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(target.title);
      const selected = page.locator('.source-row.is-selected');
      await selected.waitFor();
      expect(await selected.getAttribute('aria-posinset')).toBe(String(at + 1));
      await expect
        .poll(() =>
          selected.evaluate((row) => {
            const r = row.getBoundingClientRect();
            const box = document.querySelector('.library__list-wrap')!.getBoundingClientRect();
            return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
          }),
        )
        .toBe(true);
    }
  });

  it('brings a source selected before a reload into view, far down the list', async () => {
    const target = byCaptured[2200];
    await page.evaluate((id) => localStorage.setItem('casebook.view', JSON.stringify({ sourceId: id, claimId: null, view: 'reader' })), target.id);
    await page.reload();
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(target.title);
    const selected = page.locator('.source-row.is-selected');
    await selected.waitFor();
    expect(await selected.getAttribute('aria-posinset')).toBe('2201');
    expect(await selected.evaluate((row) => {
      const r = row.getBoundingClientRect();
      const box = document.querySelector('.library__list-wrap')!.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    })).toBe(true);
    // Tab lands on that row, the one the list now shows.
    await page.getByRole('combobox', { name: 'Sort sources' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedRow()).toBe(2201);
  });

  it('logged no error in the page', () => {
    expect(problems).toEqual([]);
  });
});
