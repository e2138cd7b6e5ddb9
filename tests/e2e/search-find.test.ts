/**
 * Search and find in the reader, in Chromium over browser mode, through the UI only: a phrase
 * searched in the palette opens on that phrase, marked and on screen; the reader steps through
 * the search's matches; Ctrl+F finds case- and diacritic-insensitively with counts.
 */
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FACT_SHEET, FACT_SHEET_TITLE, sessionForSuite, openSource, screenshotPath, SEED, SEED_TITLE, selectPhrase, type AnalystSession } from './analyst-ui';

/** The current find/search match as the reader marks it: its text and whether it is in the reader's visible area. */
function currentMatch(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('casebook-find-current');
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    const box = (document.querySelector('.reader__scroll') as HTMLElement).getBoundingClientRect();
    return { text: range.toString(), at: `${Math.round(rect.left)},${Math.round(rect.top)}`, visible: rect.top >= box.top && rect.bottom <= box.bottom && rect.height > 0 };
  });
}
const allMatchCount = (page: Page) => page.evaluate(() => CSS.highlights.get('casebook-find')?.size ?? 0);
const findCount = (page: Page) => page.locator('.find-bar__count').innerText();

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(name) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath(`${name}-dark`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

// The steps run in order on one page: each starts in the reader where the step before left it (the seed report open).
describe('search hits and find in the reader', () => {
  let session: AnalystSession;
  let page: Page;
  let seedText = '';

  sessionForSuite('search-find', async (opened) => {
    session = opened;
    page = opened.page;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles([SEED, FACT_SHEET]);
    await page.locator('.source-row').nth(1).waitFor();
    // The text as the notebook saved it: what search and find count in.
    const db = new Database(session.app.notebookPath, { readonly: true });
    seedText = (db.prepare('SELECT d.text FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.title LIKE ?').get(`${SEED_TITLE}%`) as { text: string }).text;
    db.close();
  });

  it('says how many results and matches there are, and opens a phrase hit on the phrase, marked and on screen', async () => {
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('Cuba');
    const hit = page.locator('.palette__hit', { hasText: SEED_TITLE });
    await hit.waitFor();
    // Two sources mention Cuba: the count and each source's own number of matches.
    await expect.poll(() => page.locator('.palette__count').innerText()).toBe('2 results');
    const cubaWords = seedText.match(/\bCuba\b/gi)!.length;
    expect(await hit.locator('.palette__matches').innerText()).toBe(`${cubaWords} matches`);
    await shoot(page, 'search-palette-counts');

    await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('"Cuban president"');
    await expect.poll(() => page.locator('.palette__count').innerText()).toBe('1 result');
    expect(await page.locator('.palette__hit .palette__matches').innerText()).toBe('1 match');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.palette').count()).toBe(0);
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
    await expect.poll(() => currentMatch(page)).toEqual(expect.objectContaining({ text: 'Cuban president', visible: true }));
    await expect.poll(() => findCount(page)).toBe('1 of 1');
    // Marked with highlights, not with marks a claim could be confused with.
    expect(await page.locator('.reader-doc mark').count()).toBe(0);
    await shoot(page, 'reader-search-hit');
  });

  it('steps through the search’s matches with Enter, Shift+Enter, F3, Shift+F3 and the buttons', async () => {
    const borchuk = seedText.match(/Borchuk/g)!.length;
    const otherRow = page.locator('.source-row', { hasText: FACT_SHEET_TITLE });
    await otherRow.focus();
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('borchuk');
    await page.locator('.palette__hit', { hasText: SEED_TITLE }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => findCount(page)).toMatch(new RegExp(`^\\d of ${borchuk}$`));
    expect(await allMatchCount(page)).toBe(borchuk);
    const first = Number((await findCount(page)).split(' ')[0]);
    const at = async () => Number((await findCount(page)).split(' ')[0]);
    const next = (n: number) => (n % borchuk) + 1;
    const prev = (n: number) => ((n + borchuk - 2) % borchuk) + 1;

    const input = page.getByRole('textbox', { name: /Search words, matched in this source/ });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(at).toBe(next(first));
    const before = (await currentMatch(page))!;
    expect(before).toMatchObject({ text: 'Borchuk', visible: true });
    await page.keyboard.press('Shift+Enter');
    await expect.poll(at).toBe(first);
    await page.keyboard.press('F3');
    await expect.poll(at).toBe(next(first));
    await page.keyboard.press('Shift+F3');
    await page.keyboard.press('Shift+F3');
    await expect.poll(at).toBe(prev(first));
    await page.getByRole('button', { name: /Next match/ }).click();
    await expect.poll(at).toBe(first);
    await page.getByRole('button', { name: /Previous match/ }).click();
    await expect.poll(at).toBe(prev(first));
    expect(await currentMatch(page)).toMatchObject({ text: 'Borchuk', visible: true });

    // Escape closes the bar, clears the marks, and gives the focus back to where it was before the search.
    await page.getByRole('textbox', { name: /Search words, matched in this source/ }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.find-bar').count()).toBe(0);
    expect(await allMatchCount(page)).toBe(0);
    expect(await otherRow.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('finds with Ctrl+F, ignoring case and accents, and Escape gives focus back', async () => {
    const row = page.locator('.source-row', { hasText: SEED_TITLE });
    await row.focus();
    await page.keyboard.press('Control+F');
    const input = page.getByRole('textbox', { name: 'Find in this source' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('alvaro lopez');
    const alvaro = seedText.match(/Álvaro López/g)!.length;
    await expect.poll(() => findCount(page)).toBe(`1 of ${alvaro}`);
    expect(await allMatchCount(page)).toBe(alvaro);
    await expect.poll(() => currentMatch(page)).toEqual(expect.objectContaining({ text: 'Álvaro López', visible: true }));
    const firstAt = (await currentMatch(page))!.at;
    await page.keyboard.press('Enter');
    await expect.poll(() => findCount(page)).toBe(`2 of ${alvaro}`);
    expect(await currentMatch(page)).toMatchObject({ text: 'Álvaro López', visible: true });
    expect((await currentMatch(page))!.at).not.toBe(firstAt);
    await shoot(page, 'reader-find-bar');

    // The bar's buttons work from the keyboard: Tab to "Next match", Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Next match (Enter)');
    await page.keyboard.press('Enter');
    await expect.poll(() => findCount(page)).toBe(`${(2 % alvaro) + 1} of ${alvaro}`);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ZZYZZYVA');
    await expect.poll(() => findCount(page)).toBe('No matches');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.find-bar').count()).toBe(0);
    expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(session.problems).toEqual([]);
  });

  it('opens a claim hit on the claim’s card and its passage', async () => {
    await page.keyboard.press('Control+F');
    await page.keyboard.type('polonez-m');
    await expect.poll(() => currentMatch(page)).toEqual(expect.objectContaining({ text: 'Polonez-M', visible: true }));
    const found = await allMatchCount(page);
    await selectPhrase(page, 'Polonez-M missile systems');
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.locator('.claim-card').innerText()).toContain('Polonez-M missile systems');
    // The new claim mark re-made that paragraph's nodes: the find marks follow.
    await expect.poll(() => currentMatch(page)).toEqual(expect.objectContaining({ text: 'Polonez-M' }));
    expect(await allMatchCount(page)).toBe(found);
    await openSource(page, FACT_SHEET_TITLE);
    await expect.poll(() => page.locator('.claim-card').count()).toBe(0);

    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('polonez');
    await page.locator('.palette__hit', { has: page.locator('.palette__kind--claim') }).click();
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
    await expect.poll(() => page.locator('.claim-card').innerText()).toContain('Polonez-M missile systems');
    await expect.poll(async () => (await page.locator('.reader-doc .is-flashing').allInnerTexts()).join('\n')).toContain('Polonez-M missile systems');
    expect(session.problems).toEqual([]);
  });
});

describe('find where CSS.highlights is missing', () => {
  let session: AnalystSession;
  let page: Page;

  sessionForSuite('find-fallback', async (opened) => {
    session = opened;
    page = opened.page;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(SEED);
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
  }, { beforeOpen: (p) => p.addInitScript(() => delete (CSS as { highlights?: unknown }).highlights) });

  it('outlines the current match instead, on the matched words, and the ✕ button closes it', async () => {
    expect(await page.evaluate(() => 'highlights' in CSS)).toBe(false);
    await page.keyboard.press('Control+F');
    await page.keyboard.type('borchuk');
    await expect.poll(() => page.locator('.find-bar__count').innerText()).toMatch(/^1 of \d+$/);
    const box = page.locator('.find-fallback-box');
    await expect.poll(() => box.count()).toBe(1);
    // The outline sits on the word: the text under its middle is “Borchuk”.
    // The outline sits on the first “Borchuk” of the text (the current match is the first).
    const offBy = () =>
      page.evaluate(() => {
        const outline = document.querySelector('.find-fallback-box');
        const root = document.querySelector('.reader-doc') as HTMLElement;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node && outline; node = walker.nextNode()) {
          const at = node.textContent?.indexOf('Borchuk') ?? -1;
          if (at < 0) continue;
          const word = document.createRange();
          word.setStart(node, at);
          word.setEnd(node, at + 7);
          const a = word.getBoundingClientRect();
          const b = outline.getBoundingClientRect();
          return Math.max(Math.abs(a.left - b.left), Math.abs(a.top - b.top), Math.abs(a.width - b.width));
        }
        return Infinity;
      });
    await expect.poll(offBy).toBeLessThan(1);
    await page.getByRole('button', { name: /Close find/ }).click();
    await expect.poll(() => page.locator('.find-bar').count()).toBe(0);
    await expect.poll(() => box.count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
