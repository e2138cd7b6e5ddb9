/**
 * The Export dialog, in Chromium over browser mode, through the UI only: the seed report and a
 * White House fact sheet, one claim on each, evidence linked from the fact sheet; then a DOCX of
 * chosen claims (read back with mammoth), HTML without evidence, a PDF with its progress shown,
 * and the keyboard: Escape cancels, Enter exports, Tab stays inside.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dragSelect,
  FACT_SHEET,
  FACT_SHEET_EVIDENCE,
  FACT_SHEET_FULL_TITLE,
  FACT_SHEET_TITLE,
  openAnalystSession,
  openSource as openSourceIn,
  screenshotPath,
  SEED,
  SEED_PASSAGE,
  SEED_STATEMENT,
  SEED_TITLE,
  selectPhrase,
  type AnalystSession,
} from './analyst-ui';

const FACT_SHEET_PASSAGE = 'declaring a national emergency';
const FACT_SHEET_STATEMENT = 'The White House declared a national emergency over oil sold to Cuba';

// The steps run in order on one page: the first makes the two claims the later ones export.
describe('the Export dialog in browser mode', () => {
  let session: AnalystSession;
  let page: Page;

  const dialog = () => page.getByRole('dialog', { name: 'Export' });
  const openDialog = async () => {
    await page.locator('.topbar').getByRole('button', { name: 'Export…' }).click();
    await dialog().waitFor();
  };
  const openSource = (title: string) => openSourceIn(page, title);
  const makeClaim = async (passage: string, statement: string) => {
    await dragSelect(page, passage);
    await page.getByRole('button', { name: /New claim/ }).click();
    const box = page.getByRole('textbox', { name: 'Statement' });
    await expect.poll(() => box.inputValue()).toBe(passage);
    await box.fill(statement);
    await page.getByRole('textbox', { name: 'Comment' }).click();
    await page.locator('.claim-card [data-save-state="saved"]').waitFor({ timeout: 10_000 });
  };
  const exportAndDownload = async (button: Locator): Promise<{ file: Download; bytes: Buffer }> => {
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await button.click();
    const file = await download;
    return { file, bytes: readFileSync((await file.path()) as string) };
  };
  const exportButton = () => dialog().getByRole('button', { name: 'Export…' });
  const checklistItem = (statement: string) => dialog().locator('.claim-checklist__item', { hasText: statement }).getByRole('checkbox');

  beforeAll(async () => {
    session = await openAnalystSession('export');
    ({ page } = session);
  });

  afterAll(() => session?.close());

  it('makes one claim on the seed with evidence from the fact sheet, and one on the fact sheet', async () => {
    await page.locator('input[type=file]').setInputFiles(SEED);
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    await page.locator('input[type=file]').setInputFiles(FACT_SHEET);
    await page.locator('.source-row', { hasText: FACT_SHEET_TITLE }).waitFor();
    await openSource(SEED_TITLE);
    await makeClaim(SEED_PASSAGE, SEED_STATEMENT);
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('combobox', { name: 'Evidence source' }).selectOption({ label: FACT_SHEET_FULL_TITLE });
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);
    await selectPhrase(page, FACT_SHEET_EVIDENCE);
    await expect.poll(() => page.locator('.linking-banner__passage').innerText()).toContain(FACT_SHEET_EVIDENCE);
    await page.getByRole('button', { name: 'Link passage' }).click();
    await page.locator('.evidence-item', { hasText: FACT_SHEET_EVIDENCE }).waitFor();
    await openSource(FACT_SHEET_TITLE);
    await makeClaim(FACT_SHEET_PASSAGE, FACT_SHEET_STATEMENT);
  });

  it('opens on Word for the whole notebook, the brief’s title prefilled, and Escape closes it', async () => {
    await openDialog();
    await expect.poll(() => dialog().getByRole('radio', { name: /Word/ }).isChecked()).toBe(true);
    expect(await dialog().getByRole('radio', { name: /Every claim in the notebook/ }).isChecked()).toBe(true);
    expect(await dialog().getByRole('radio', { name: /Word/ }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog().getByText(/Every claim in the notebook · 2 claims/).count()).toBe(1);
    expect(await dialog().getByText(new RegExp(`The claims on “${FACT_SHEET_TITLE}`)).count()).toBe(1);
    await expect.poll(() => dialog().getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Brief');
    await page.screenshot({ path: screenshotPath('export-dialog-default') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('export-dialog-default-dark') });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    // The focus goes back to the button that opened it.
    expect(await page.locator('.topbar').getByRole('button', { name: 'Export…' }).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('keeps Tab inside the dialog', async () => {
    await openDialog();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
      expect(await dialog().evaluate((el) => el.contains(document.activeElement) && el !== document.activeElement)).toBe(true);
    }
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it('exports a Word brief of one chosen claim of two: mammoth finds that claim and its evidence, not the other', async () => {
    await openDialog();
    await dialog().getByRole('radio', { name: /Claims I choose/ }).check();
    await checklistItem(SEED_STATEMENT).waitFor();
    expect(await dialog().locator('.claim-checklist__item').count()).toBe(2);
    expect(await dialog().getByText('0 of 2 chosen').count()).toBe(1);
    expect(await exportButton().isDisabled()).toBe(true);
    expect(await dialog().getByText('Choose at least one claim to export.').count()).toBe(1);
    await dialog().getByRole('button', { name: 'Select all' }).click();
    expect(await dialog().getByText('2 of 2 chosen').count()).toBe(1);
    await dialog().getByRole('button', { name: 'Select none' }).click();
    await checklistItem(SEED_STATEMENT).check();
    expect(await dialog().getByText('1 of 2 chosen').count()).toBe(1);
    expect(await dialog().locator('.claim-checklist__item', { hasText: SEED_STATEMENT }).locator('.badge--status').innerText()).toBe('Unassessed');
    await dialog().getByRole('textbox', { name: 'Title' }).fill('Belarus and Cuba: arms');
    await dialog().getByRole('textbox', { name: 'Author' }).fill('Desk analyst');
    await page.screenshot({ path: screenshotPath('export-dialog-chosen-claims') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('export-dialog-chosen-claims-dark') });
    await page.emulateMedia({ colorScheme: 'light' });

    const { file, bytes } = await exportAndDownload(exportButton());
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain(SEED_STATEMENT);
    expect(text).toContain(FACT_SHEET_EVIDENCE);
    expect(text).toContain('Belarus and Cuba: arms');
    expect(text).toContain('Desk analyst');
    expect(text).not.toContain(FACT_SHEET_STATEMENT);
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it('exports HTML of the open source’s claims with evidence left out', async () => {
    await openSource(SEED_TITLE);
    await openDialog();
    await dialog().getByRole('radio', { name: /Web page/ }).check();
    await dialog().getByRole('radio', { name: new RegExp(`The claims on “${SEED_TITLE}`) }).check();
    await dialog().getByRole('checkbox', { name: /Evidence passages/ }).uncheck();
    const { file, bytes } = await exportAndDownload(exportButton());
    expect(file.suggestedFilename()).toMatch(/\.html$/);
    const html = bytes.toString('utf8');
    expect(html).toContain(SEED_STATEMENT);
    expect(html).toContain('evidence passages left out');
    expect(html).not.toContain(FACT_SHEET_EVIDENCE);
    expect(html).not.toContain(FACT_SHEET_STATEMENT);
  });

  it('exports a PDF with its progress shown, the dialog locked and Escape ignored until it is done', async () => {
    await openDialog();
    await dialog().getByRole('radio', { name: /PDF/ }).check();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await exportButton().click();
    const progress = dialog().getByRole('progressbar', { name: 'Exporting PDF' });
    await progress.waitFor({ timeout: 5_000 });
    await page.screenshot({ path: screenshotPath('export-dialog-exporting') });
    expect(await dialog().getByText('Exporting PDF…').count()).toBe(1);
    expect(await dialog().getByRole('button', { name: 'Exporting…' }).isDisabled()).toBe(true);
    expect(await dialog().getByRole('button', { name: 'Cancel' }).isDisabled()).toBe(true);
    expect(await dialog().getByRole('radio', { name: /Markdown/ }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialog().count()).toBe(1);

    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    expect(readFileSync((await file.path()) as string).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.locator('.toast', { hasText: /Exported .*\.pdf/ }).count()).toBe(1);
  });

  it('exports with Enter from the format list', async () => {
    await openDialog();
    await dialog().getByRole('radio', { name: /Markdown/ }).check();
    await dialog().getByRole('radio', { name: /Markdown/ }).focus();
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const text = readFileSync((await file.path()) as string, 'utf8');
    expect(text).toContain(SEED_STATEMENT);
    expect(text).toContain(FACT_SHEET_STATEMENT);
  });

  it('logged no errors in the page', () => {
    expect(session.problems).toEqual([]);
  });
});
