/**
 * The Claims view, the tag browser, switching notebooks, the shortcut sheet and focus, in Chromium
 * over browser mode. The notebook is seeded through the bridge's API (two real reports and a few
 * hundred claims); everything checked is done through the page, and writes are read back.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { callBridge, FACT_SHEET, FACT_SHEET_TITLE, openAnalystSession, screenshotPath, SEED, SEED_TITLE, type AnalystSession } from './analyst-ui';

const MANY = 240;

function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((n) => {
    const c = Number(n) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG contrast of two computed colours (rgb(…)). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// The steps run in order on one page: sorting, filters, selections and tag edits carry over from step to step.
describe('claims view, tags, notebooks, shortcuts and focus', () => {
  let session: AnalystSession;
  let page: Page;
  const second = tempDir('casebook-e2e-second-');

  const api = <T = Record<string, unknown>>(method: string, input: unknown) => callBridge(session.app, method, input) as Promise<T>;
  const importFile = async (path: string) =>
    (await api<{ source: { id: string } }>('sources.import', { fileName: basename(path), data: readFileSync(path).toString('base64') })).source.id;
  const claim = (id: string) => api<{ claim: { status: string; tags: string[] } }>('claims.get', { id }).then((v) => v.claim);
  const filterBar = () => page.getByRole('search', { name: 'Filter claims' });
  const rows = () => page.locator('.ct-row:not(.ct-row--head)');
  const firstStatement = () => rows().first().locator('.ct-cell--statement').innerText();
  const activeIsBody = () => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
  const activeLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

  let seedId = '';
  let factId = '';
  const named: Record<string, string> = {};

  beforeAll(async () => {
    session = await openAnalystSession('views');
    ({ page } = session);
    seedId = await importFile(SEED);
    factId = await importFile(FACT_SHEET);
    const make = async (key: string, sourceId: string, quote: string, fields: Record<string, unknown>) => {
      named[key] = (await api<{ claim: { id: string } }>('claims.create', { sourceId, quote, ...fields })).claim.id;
    };
    await make('range', seedId, 'with a range of 300 km', { statement: 'Aardvark: missiles reach 300 km', status: 'disputed', credibility: 3, eventDate: '2024-01', tags: ['Polonez', 'Missiles'] });
    await make('borchuk', seedId, 'Vitaly Borchuk', { occurrence: 1, statement: 'Aardwolf: Borchuk is the ambassador', status: 'supported', credibility: 1, eventDate: '2023-11-02', tags: ['people'] });
    await make('regime', factId, 'The Cuban regime aligns itself', { statement: 'Abacus: Cuba aligns with hostile countries', eventDate: '2026-01-29', tags: ['Cuba'] });
    // Many more, so the table has to scroll (and only draws what is in view).
    for (let i = 0; i < MANY; i++) {
      await api('claims.create', { sourceId: seedId, quote: 'Vitaly Borchuk', occurrence: 1, statement: `Filler claim ${String(i).padStart(3, '0')}`, tags: i % 2 ? ['filler'] : [] });
    }
    await page.reload();
    await page.locator('.source-row').first().waitFor();
  });

  afterAll(async () => {
    await session?.close();
    second.cleanup();
  });

  it('shows every claim in the Claims view, virtualised, and the view survives a reload', async () => {
    await page.getByRole('tab', { name: 'Claims' }).click();
    await page.getByRole('grid', { name: 'All claims' }).waitFor();
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toBe(`${MANY + 3} claims`);
    expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(MANY + 4));
    // Only the rows in view (plus a few) are in the page.
    expect(await rows().count()).toBeLessThan(80);
    await page.reload();
    await page.getByRole('grid', { name: 'All claims' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Claims' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.pane--library').isHidden()).toBe(true);
  });

  it('sorts by a column with a click and with the keyboard, both ways', async () => {
    await page.getByRole('button', { name: 'Sort by statement' }).click();
    await expect.poll(firstStatement).toBe('Aardvark: missiles reach 300 km');
    expect(await page.locator('[role=columnheader][aria-sort=ascending]').innerText()).toContain('STATEMENT');
    await page.getByRole('button', { name: 'Sort by statement' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(firstStatement).toBe('Filler claim 239');
    await page.getByRole('button', { name: 'Sort by credibility' }).press('Enter');
    await expect.poll(firstStatement).toBe('Aardwolf: Borchuk is the ambassador');
    await page.getByRole('button', { name: 'Sort by source' }).click();
    await expect.poll(firstStatement).toBe('Abacus: Cuba aligns with hostile countries');
    await page.getByRole('button', { name: 'Sort by statement' }).click();
    await expect.poll(firstStatement).toBe('Aardvark: missiles reach 300 km');
  });

  it('filters by words, status, credibility, tag, source and a date range', async () => {
    const total = () => page.locator('.claims-view__total').innerText();
    await page.getByLabel('Filter claims by words').fill('AMBASSADOR');
    await expect.poll(total).toBe('1 claim match');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await filterBar().getByLabel('Status', { exact: true }).selectOption('disputed');
    await expect.poll(total).toBe('1 claim match');
    await filterBar().getByLabel('Status', { exact: true }).selectOption('');
    await filterBar().getByLabel('Credibility', { exact: true }).selectOption('1');
    await expect.poll(firstStatement).toBe('Aardwolf: Borchuk is the ambassador');
    await filterBar().getByLabel('Credibility', { exact: true }).selectOption('');
    await filterBar().getByLabel('Source', { exact: true }).selectOption({ label: (await api<{ source: { title: string } }>('sources.get', { id: factId })).source.title });
    await expect.poll(total).toBe('1 claim match');
    await filterBar().getByLabel('Source', { exact: true }).selectOption('');
    await page.getByLabel('Event date from').fill('2023-12');
    await page.getByLabel('Event date to').fill('2024');
    await expect.poll(total).toBe('1 claim match');
    await expect.poll(firstStatement).toBe('Aardvark: missiles reach 300 km');
    // Filters and sort survive a reload.
    await page.reload();
    await expect.poll(total).toBe('1 claim match');
    expect(await page.getByLabel('Event date from').inputValue()).toBe('2023-12');
    expect(await page.locator('[role=columnheader][aria-sort=ascending]').innerText()).toContain('STATEMENT');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(total).toBe(`${MANY + 3} claims`);
  });

  it('selects with checkbox, Shift+click, Space and Ctrl+A, and sets a status and a tag on all selected at once', async () => {
    await page.getByLabel('Filter claims by words').fill('Filler claim 00');
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toBe('10 claims match');
    await page.getByLabel('Select “Filler claim 000”').click();
    await page.getByLabel('Select “Filler claim 003”').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('.ct-bulk__count').innerText()).toBe('4 claims selected');
    // Space on the focused row adds it; the grid is one tab stop moved with the arrows.
    await page.getByRole('grid').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.ct-bulk__count').innerText()).toBe('5 claims selected');
    expect(await page.locator('.ct-row.is-selected').count()).toBe(5);
    await page.screenshot({ path: screenshotPath('claims-view-selection') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('claims-view-selection-dark') });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByLabel('New status for the selected claims').selectOption('refuted');
    await page.getByRole('button', { name: 'Set status', exact: true }).click();
    // Replacing statuses asks first; Cancel changes nothing.
    const confirm = page.getByRole('alertdialog', { name: 'Set 5 claims to Refuted?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.ct-row.is-selected .badge--status').allInnerTexts()).toEqual(Array(5).fill('Unassessed'));
    await page.getByRole('button', { name: 'Set status', exact: true }).click();
    await confirm.getByRole('button', { name: 'Set status' }).click();
    await expect.poll(() => page.locator('.ct-row.is-selected .badge--status').allInnerTexts()).toEqual(Array(5).fill('Refuted'));
    const ids = await page.locator('.ct-row.is-selected').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? ''));
    for (const id of ids) expect((await claim(id)).status).toBe('refuted');

    // Ctrl+A: every claim the filter matches, then one tag on all of them.
    await page.getByRole('grid').focus();
    await page.keyboard.press('Control+a');
    await expect.poll(() => page.locator('.ct-bulk__count').innerText()).toBe('10 claims selected');
    await page.getByLabel('Tag to add or remove').fill('batch');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(async () => (await api<{ total: number }>('claims.query', { tag: 'batch' })).total).toBe(10);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => page.locator('.ct-bulk').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    // Escape in the grid clears a selection too.
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.ct-bulk').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ct-bulk').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('scrolls the whole table with the keyboard: End reaches the last claim', async () => {
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toBe(`${MANY + 3} claims`);
    await page.getByRole('grid').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.ct-row.is-active').getAttribute('aria-rowindex')).toBe(String(MANY + 4));
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.ct-row.is-active').getAttribute('aria-rowindex')).toBe('2');
  });

  it('filters by a tag from the tag browser, renames it, merges it and deletes one after asking', async () => {
    const tags = page.getByRole('navigation', { name: 'Tags' });
    // The keyboard walks the tags: All claims, batch, Cuba, filler, Missiles.
    await tags.getByRole('button', { name: 'All claims' }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(await activeLabel()).toMatch(/^Missiles/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toBe('1 claim match');
    await page.screenshot({ path: screenshotPath('tag-browser') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('tag-browser-dark') });
    await page.emulateMedia({ colorScheme: 'light' });

    await tags.getByRole('button', { name: 'Rename…' }).click();
    await page.getByLabel('New name for the tag “Missiles”').fill('Weapons');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await claim(named.range)).tags).toEqual(['Polonez', 'Weapons']);
    // The form that had the focus is gone: the renamed tag has it.
    await expect.poll(activeLabel).toMatch(/^Weapons/);

    // The renamed tag stays chosen. Renaming onto an existing tag merges them.
    await expect.poll(() => tags.getByRole('button', { name: /^Weapons/ }).getAttribute('aria-pressed')).toBe('true');
    await tags.getByRole('button', { name: 'Rename…' }).click();
    await page.getByLabel('New name for the tag “Weapons”').fill('polonez');
    await expect.poll(() => tags.getByRole('button', { name: 'Merge' }).count()).toBe(1);
    await tags.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(async () => (await claim(named.range)).tags).toEqual(['Polonez']);

    await tags.getByRole('button', { name: /^Cuba/ }).click();
    await tags.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    // Cancel first: nothing changes.
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await activeLabel()).toBe('Delete…');
    expect((await claim(named.regime)).tags).toEqual(['Cuba']);
    await tags.getByRole('button', { name: 'Delete…' }).click();
    await confirm.waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('tag-delete-confirm-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: screenshotPath('tag-delete-confirm') });
    await confirm.getByRole('button', { name: 'Delete tag' }).click();
    await expect.poll(async () => (await claim(named.regime)).tags).toEqual([]);
    await expect.poll(() => tags.getByRole('button', { name: /^Cuba/ }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.tag-browser__tag[data-tag=""]') ?? false)).toBe(true);
  });

  it('opens a claim at its passage in the reader with Enter', async () => {
    await page.getByLabel('Filter claims by words').fill('Abacus');
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toBe('1 claim match');
    await page.getByRole('grid').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);
    await page.locator(`.reader-doc mark[data-claim-ids~="${named.regime}"]`).first().waitFor();
    expect(await activeIsBody()).toBe(false);
  });

  it('shows every shortcut with ?, not while typing, and gives the focus back when it closes', async () => {
    const exportButton = page.getByRole('button', { name: 'Export…' });
    await exportButton.focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    for (const group of ['Global', 'Library', 'Reader', 'Claims', 'Brief', 'Search']) await sheet.getByRole('heading', { name: group }).waitFor();
    expect(await sheet.innerText()).toContain('Make the selected passage a claim');
    await page.screenshot({ path: screenshotPath('shortcut-sheet') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('shortcut-sheet-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await activeLabel()).toBe('Export…');

    await page.getByRole('tab', { name: 'Claims' }).click();
    await page.getByLabel('Filter claims by words').fill('');
    await page.getByLabel('Filter claims by words').type('what?');
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);
    expect(await page.getByLabel('Filter claims by words').inputValue()).toBe('what?');
    await page.getByLabel('Filter claims by words').fill('');
  });

  // Ends in the Claims view, where the next step starts.
  it('goes to each centre view with Alt and its number', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const tabs = page.getByRole('tablist', { name: 'Centre view' }).getByRole('tab');
    const names = await tabs.allInnerTexts();
    // At 1280 px every view's tab and the top bar's actions are in the window, none pushed off.
    const width = page.viewportSize()!.width;
    for (const control of [tabs.last(), page.getByRole('button', { name: 'Export…' }), page.getByRole('button', { name: 'Keyboard shortcuts' })]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    expect(names.slice(0, 3)).toEqual(['Reader', 'Brief', 'Claims']);
    for (const [index, name] of [[0, 'Reader'], [1, 'Brief'], [2, 'Claims']] as const) {
      await page.keyboard.press(`Alt+${index + 1}`);
      await expect.poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
    }
  });

  it('returns the focus to where it was after the search palette, the Export dialog and the notebook switcher close', async () => {
    const opener = page.getByRole('button', { name: 'Sort by status' });
    await opener.focus();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Search' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Search' }).waitFor({ state: 'detached' });
    expect(await activeIsBody()).toBe(false);
    expect(await activeLabel()).toBe('Sort by status');

    const exportButton = page.getByRole('button', { name: 'Export…' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Export' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Export' }).waitFor({ state: 'detached' });
    expect(await activeLabel()).toBe('Export…');

    const notebookButton = page.getByRole('button', { name: /^Notebook notebook/ });
    await notebookButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Notebooks' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Notebooks' }).waitFor({ state: 'detached' });
    expect(await activeLabel()).toMatch(/^Notebook notebook/);
  });

  it('shows the focus on buttons, tabs, fields, selects and grid rows at 3:1 or more, in light and dark', async () => {
    await page.getByRole('tab', { name: 'Claims' }).click();
    await page.getByRole('grid').waitFor();
    const targets: [string, () => Promise<void>][] = [
      ['view tab', () => page.getByRole('tab', { name: 'Brief' }).focus()],
      ['button', () => page.getByRole('button', { name: 'Export…' }).focus()],
      ['sort button', () => page.getByRole('button', { name: 'Sort by tags' }).focus()],
      ['tag button', () => page.getByRole('navigation', { name: 'Tags' }).getByRole('button', { name: 'All claims' }).focus()],
      ['text field', () => page.getByLabel('Filter claims by words').focus()],
      ['select', () => filterBar().getByLabel('Status', { exact: true }).focus()],
      ['grid row', () => page.getByRole('grid').focus()],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [what, focus] of targets) {
        await page.keyboard.press('Shift'); // a keyboard user: focus-visible applies
        await focus();
        const ring = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const el = focused.getAttribute('role') === 'grid' ? (focused.querySelector('.ct-row.is-active') as HTMLElement) : focused;
          const style = getComputedStyle(el);
          const color =
            style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
              ? style.outlineColor
              : /rgba?\([^)]*\)(?= 0px 0px 0px [12]px)/.exec(style.boxShadow)?.[0] ?? null;
          let bgEl: HTMLElement | null = el.parentElement;
          let bg = 'rgb(255, 255, 255)';
          while (bgEl) {
            const c = getComputedStyle(bgEl).backgroundColor;
            if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
              bg = c;
              break;
            }
            bgEl = bgEl.parentElement;
          }
          return { color, bg };
        });
        expect(ring.color, `${what} (${scheme}) has no focus ring`).not.toBeNull();
        expect(contrast(ring.color as string, ring.bg), `${what} (${scheme}): ${ring.color} on ${ring.bg}`).toBeGreaterThanOrEqual(3);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('creates a second notebook from the page, imports into it, and switches back to the first one’s sources', async () => {
    const secondPath = join(second.dir, 'second case.sqlite');
    await page.getByRole('tab', { name: 'Reader' }).click();
    // Another window on the same notebook follows the switch.
    const other = await session.browser.newPage();
    await other.goto(session.app.url);
    await expect.poll(() => other.locator('.topbar__notebook').innerText()).toMatch(/^notebook/);
    await page.getByRole('button', { name: /^Notebook notebook/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Notebooks' });
    await dialog.waitFor();
    await page.screenshot({ path: screenshotPath('notebook-switcher') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('notebook-switcher-dark') });
    await page.emulateMedia({ colorScheme: 'light' });

    // A file that is not a notebook is refused in words, and the dialog stays.
    await dialog.getByLabel('Open a notebook file').fill(join(second.dir, 'nothing.sqlite'));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/no file/);

    await dialog.getByLabel('New notebook').fill(secondPath);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Import a report to start').waitFor();
    await expect.poll(() => page.locator('.topbar__notebook').innerText()).toContain('second case');
    expect(session.app.notebookPath).toBe(secondPath);
    await expect.poll(() => other.locator('.topbar__notebook').innerText()).toContain('second case');
    await other.close();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(FACT_SHEET);
    await page.locator('.source-row', { hasText: FACT_SHEET_TITLE }).waitFor();
    expect(await page.locator('.source-row').count()).toBe(1);

    await page.getByRole('button', { name: /^Notebook second case/ }).click();
    await dialog.getByRole('button', { name: /^notebook\.sqlite/ }).click();
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    await expect.poll(() => page.locator('.topbar__notebook').innerText()).toMatch(/^notebook/);
    expect(await page.locator('.source-row').count()).toBe(2);
    expect(session.problems).toEqual([]);
  });
});
