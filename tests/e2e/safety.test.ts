/**
 * Never losing work, in Chromium over browser mode: deleting a claim a brief cites asks first,
 * deletes are undone from the toast and with Ctrl+Z (and stay undone after a reload), a claim
 * cannot be linked to its own passage, a source's details are edited and kept, and a tab without
 * the address's token says what to open instead of waiting forever.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_SHEET, FACT_SHEET_TITLE, openAnalystSession, openSource, screenshotPath, SEED, SEED_PASSAGE, SEED_TITLE, selectPhrase, type AnalystSession, callBridge } from './analyst-ui';
import { startBridge } from '../../src-main/bridge/server';
import { fixture } from '../helpers';
import { RENDERER_DIR } from './harness';

const TRIVIAL_PDF = fixture('robustness', 'pdf-py-pdf-sample-files', '001-trivial', 'minimal-document.pdf');

// The steps run in order on one page and notebook: each deletes, restores or edits what the steps before made or put back.
describe('never losing work', () => {
  let session: AnalystSession;
  let page: Page;
  let claimId = '';
  const mark = () => page.locator(`.reader-doc mark[data-claim-ids~="${claimId}"]`);

  /** Calls the bridge's API the way another tool on this machine would (with this run's token). */
  const api = (method: string, input: unknown) => callBridge(session.app, method, input);

  async function shoot(name: string) {
    await page.screenshot({ path: screenshotPath(`${name}-light`) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath(`${name}-dark`) });
    await page.emulateMedia({ colorScheme: 'light' });
  }

  async function makeClaim() {
    await openSource(page, SEED_TITLE);
    await selectPhrase(page, SEED_PASSAGE);
    await page.keyboard.press('Control+Shift+C');
    await page.locator('.claim-card').waitFor();
    claimId = (await page.locator('.reader-doc mark[data-claim-id]').first().getAttribute('data-claim-id')) ?? '';
    expect(claimId).toMatch(/^clm_/);
  }

  beforeAll(async () => {
    session = await openAnalystSession('safety');
    ({ page } = session);
    await page.locator('input[type=file]').setInputFiles([SEED, FACT_SHEET]);
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    await page.locator('.source-row', { hasText: FACT_SHEET_TITLE }).waitFor();
  });
  afterAll(() => session?.close());

  it('deletes a claim, and Undo in the toast brings it back, still there after a reload', async () => {
    await makeClaim();
    await page.getByRole('button', { name: 'Delete claim' }).click();
    const toast = page.locator('.toast', { hasText: 'Claim deleted.' });
    await toast.waitFor();
    await mark().waitFor({ state: 'detached' });
    await shoot('undo-toast');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.toast', { hasText: 'Claim restored.' }).waitFor();
    await mark().waitFor();
    await page.reload();
    await openSource(page, SEED_TITLE);
    await mark().waitFor();
    expect(await mark().innerText()).toBe(SEED_PASSAGE);
  });

  it('asks before deleting a claim the brief cites, keeping it by default; focus returns to the button', async () => {
    const ref = { type: 'claim-reference', version: 1, claimId, statement: SEED_PASSAGE };
    const doc = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [ref, ref, ref] }] } };
    await api('briefs.save', { title: 'Weekly brief', doc });
    await mark().click();
    const del = page.getByRole('button', { name: 'Delete claim' });
    await del.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('cited 3 times in the brief “Weekly brief”');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep claim');
    await shoot('delete-cited-claim-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await del.evaluate((el) => el === document.activeElement)).toBe(true);
    await mark().waitFor();

    // Enter on the default keeps it too; Delete anyway deletes, and Undo restores.
    await del.click();
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await mark().waitFor();
    await del.click();
    await dialog.getByRole('button', { name: 'Delete anyway' }).click();
    await mark().waitFor({ state: 'detached' });
    await page.locator('.toast', { hasText: 'Claim deleted.' }).getByRole('button', { name: 'Undo' }).click();
    await mark().waitFor();
  });

  it('will not link a claim to its own passage, but links another passage of its source', async () => {
    await mark().click();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    const banner = page.locator('.linking-banner');
    await selectPhrase(page, '300 km');
    await expect.poll(() => banner.innerText()).toContain('a claim cannot be its own evidence');
    expect(await page.getByRole('button', { name: 'Link passage' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Link whole source' }).isDisabled()).toBe(true);
    await shoot('linking-own-passage');
    await selectPhrase(page, 'Vitaly Borchuk');
    await expect.poll(() => banner.innerText()).toContain('Passage: “Vitaly Borchuk”');
    await page.getByRole('button', { name: 'Link passage' }).click();
    const item = page.locator('.evidence-item', { hasText: 'Vitaly Borchuk' });
    await item.waitFor();
  });

  it('deletes a source (asking, since claims point at it) and Ctrl+Z brings it all back, after a reload too', async () => {
    await openSource(page, SEED_TITLE);
    await page.getByRole('button', { name: 'Delete source' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/1 claim/);
    await dialog.getByRole('button', { name: 'Delete anyway' }).click();
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor({ state: 'detached' });
    await page.locator('.toast', { hasText: `Deleted “` }).waitFor();
    await page.locator('body').click({ position: { x: 640, y: 400 } }).catch(() => undefined);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    await page.locator('.toast', { hasText: 'Source restored.' }).waitFor();
    await page.reload();
    await openSource(page, SEED_TITLE);
    await mark().waitFor();
    await mark().click();
    await page.locator('.evidence-item', { hasText: 'Vitaly Borchuk' }).waitFor();
  });

  it('removes an evidence link, and Ctrl+Z still undoes it after a reload', async () => {
    const item = page.locator('.evidence-item', { hasText: 'Vitaly Borchuk' });
    await item.getByRole('button', { name: 'Remove this evidence link' }).click();
    await item.getByRole('button', { name: 'Remove link' }).click();
    await item.waitFor({ state: 'detached' });
    await page.locator('.toast', { hasText: 'Evidence link removed.' }).waitFor();
    await page.reload();
    await openSource(page, SEED_TITLE);
    await mark().click();
    await page.locator('.claim-card').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await page.locator('.toast', { hasText: 'Evidence link restored.' }).waitFor();
    await item.waitFor();
  });

  it('edits a source’s details with the keyboard, says what is wrong in words, and keeps them after a reload', async () => {
    await openSource(page, FACT_SHEET_TITLE);
    await page.getByRole('button', { name: 'Edit details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Source details' });
    await dialog.waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('title');
    // Escape cancels without saving.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Not this title');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);

    await page.getByRole('button', { name: 'Edit details…' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Cuba fact sheet (edited)');
    await dialog.locator('textarea[name=authors]').fill('The White House\nPress Office');
    await dialog.locator('input[name=publisher]').fill('The White House');
    await dialog.locator('input[name=publishedAt]').fill('29 January 2026');
    await dialog.locator('input[name=language]').fill('en-US');
    await dialog.locator('input[name=origin]').fill('https://www.whitehouse.gov/fact-sheets/2026/01/cuba/');
    await dialog.locator('textarea[name=notes]').fill('Saved from the website on the day.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.innerText()).toContain('Write the date as 2024, 2024-01 or 2024-01-15.');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('publishedAt');
    await shoot('source-details-form');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2026-01-29');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain('Cuba fact sheet (edited)');

    await page.reload();
    await openSource(page, 'Cuba fact sheet (edited)');
    const header = await page.locator('.source-header').innerText();
    expect(header).toContain('The White House, Press Office');
    expect(header).toContain('https://www.whitehouse.gov/fact-sheets/2026/01/cuba/');
    await page.getByRole('button', { name: 'Edit details…' }).click();
    await dialog.waitFor();
    expect(await dialog.locator('input[name=publishedAt]').inputValue()).toBe('2026-01-29');
    expect(await dialog.locator('input[name=language]').inputValue()).toBe('en-US');
    expect(await dialog.locator('textarea[name=notes]').inputValue()).toBe('Saved from the website on the day.');
    await page.keyboard.press('Escape');
  });

  it('saves the archived original under its own file name', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save original…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(FACT_SHEET.split('/').pop());
  });

  it('opens an archived PDF in a new tab from its own bytes, with nothing fetched from the network', async () => {
    await page.locator('input[type=file]').setInputFiles(TRIVIAL_PDF);
    const row = page.locator('.source-row', { hasText: /PDF/ }).first();
    await row.waitFor();
    await row.click();
    const opened = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'View PDF' }).click();
    const tab = await opened;
    expect(tab.url()).toMatch(/^blob:http:\/\/127\.0\.0\.1:/);
    await tab.waitForLoadState();
    // The browser's own PDF viewer has it (headless Chromium draws nothing of it into a screenshot).
    expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf');
    await tab.screenshot({ path: screenshotPath('view-pdf-tab') });
    await tab.close();
  });

  it('a reload after the token left the address bar reconnects; a new tab or a stale token says what to open', async () => {
    expect(page.url()).not.toContain('token=');
    await page.reload();
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();

    const bare = `http://127.0.0.1:${session.app.port}/`;
    const other = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(bare);
    await other.getByText('Open the address printed in the terminal').waitFor();
    expect(await other.locator('.token-page').innerText()).toContain('#token=');
    expect(await other.locator('.loading').count()).toBe(0);
    await other.screenshot({ path: screenshotPath('token-page-light') });
    await other.emulateMedia({ colorScheme: 'dark' });
    await other.screenshot({ path: screenshotPath('token-page-dark') });

    await other.close();

    // An address from an earlier run: refused, and forgotten, so a reload does not retry it.
    const stale = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await stale.goto(`${bare}#token=from-an-earlier-run`);
    await stale.getByText('Open the address printed in the terminal').waitFor();
    await stale.reload();
    await stale.getByText('Open the address printed in the terminal').waitFor();
    // Pasting the right address into that tab connects it.
    await stale.goto(session.app.url);
    await stale.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    await stale.close();
  });

  it('the trash lists deletes from any session, restores one, and empties only when confirmed', async () => {
    await openSource(page, 'Cuba fact sheet (edited)');
    await page.getByRole('button', { name: 'Delete source' }).click();
    await page.locator('.source-row', { hasText: 'Cuba fact sheet (edited)' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Trash…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Trash' });
    const item = dialog.locator('.trash-item', { hasText: 'Cuba fact sheet (edited)' });
    await item.waitFor();
    await shoot('trash-dialog');
    await item.getByRole('button', { name: /^Restore/ }).click();
    await item.waitFor({ state: 'detached' });
    await page.locator('.source-row', { hasText: 'Cuba fact sheet (edited)' }).waitFor();

    // Deleted again, from outside this window (the command line, say): the open trash shows it.
    const { sources } = (await api('sources.list', {})) as { sources: { id: string; title: string }[] };
    const sheet = sources.find((x) => x.title === 'Cuba fact sheet (edited)');
    await api('sources.delete', { id: sheet?.id });
    await item.waitFor();
    await dialog.getByRole('button', { name: 'Empty trash…' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep them');
    await page.keyboard.press('Escape'); // backs out of emptying, not out of the trash
    await dialog.getByRole('button', { name: 'Empty trash…' }).click();
    await dialog.getByRole('button', { name: 'Empty trash', exact: true }).click();
    await dialog.getByText('The trash is empty').waitFor();
    expect(await api('trash.list', {})).toEqual({ entries: [] });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('an open tab says what to open when Casebook restarts with a new token, without a click', async () => {
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    const { port, notebookPath } = session.app;
    await session.app.close();
    // The same address and notebook, a new run: a new token this tab does not have.
    const restarted = await startBridge({ notebookPath, rendererDir: RENDERER_DIR, host: '127.0.0.1', port });
    try {
      await page.getByText('Open the address printed in the terminal').waitFor({ timeout: 20_000 });
      await page.goto(restarted.url);
      await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    } finally {
      await restarted.close();
    }
  });

  it('broke nothing on the page', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
