/**
 * Several briefs in one notebook, through the UI: a new brief, switching, "Insert in brief" into
 * the open one, rename, delete (asks first), the open brief kept across a reload; and the Export
 * dialog naming the file after the brief and remembering its title and author.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { openSource, screenshotPath, SEED_STATEMENT, SEED_TITLE, type AnalystSession } from './analyst-ui';
import { briefSavedAfter, briefSuite, reloadBrief } from './brief-ui';

// The steps run in order on one page: each switches, renames, exports or deletes the briefs (and the claim) the steps before made.
describe('several briefs', () => {
  let session: AnalystSession;
  let page: Page;
  let claimId = '';
  const doc = () => page.locator('.brief-doc');
  const switcher = () => page.getByRole('combobox', { name: 'Open brief' });
  const titleField = () => page.getByRole('textbox', { name: 'Brief title' });
  const optionLabels = () => switcher().locator('option').allInnerTexts();
  const selectedLabel = () => switcher().evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');

  briefSuite('brief-switcher', (opened) => void ((session = opened), (page = opened.page)), (id) => (claimId = id));

  it('writes a first brief and starts a second with “New brief”, its title ready to type', async () => {
    await page.getByRole('tab', { name: 'Brief' }).click();
    await briefSavedAfter(page, async () => {
      await titleField().fill('Havana visit');
      await doc().click();
      await page.keyboard.type('Text of the Havana brief.');
    });
    await page.getByRole('button', { name: 'New brief' }).click();
    await expect.poll(() => titleField().inputValue()).toBe('Untitled brief');
    expect(await titleField().evaluate((el) => el === document.activeElement)).toBe(true);
    await briefSavedAfter(page, async () => {
      await page.keyboard.type('Polonez range');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Text of the Polonez brief.');
    });
    await expect.poll(optionLabels).toEqual(['Havana visit', 'Polonez range']);
    expect(await doc().innerText()).not.toContain('Havana brief');
  });

  it('switches briefs with the keyboard, and inserts a claim into the open one', async () => {
    await switcher().focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => doc().innerText()).toContain('Text of the Havana brief.');
    expect(await titleField().inputValue()).toBe('Havana visit');

    await openSource(page, SEED_TITLE);
    await page.locator(`.reader-doc mark[data-claim-ids~="${claimId}"]`).click();
    await briefSavedAfter(page, () => page.getByRole('button', { name: 'Insert in brief' }).click());
    await expect.poll(selectedLabel).toBe('Havana visit');
    await page.locator(`.brief-doc .claim-ref[data-claim-id="${claimId}"]`).waitFor();
  });

  it('opens the same brief after a reload, the claim in it', async () => {
    await reloadBrief(page);
    await expect.poll(() => titleField().inputValue()).toBe('Havana visit');
    await page.locator(`.brief-doc .claim-ref[data-claim-id="${claimId}"]`).waitFor();
    expect(await doc().innerText()).toContain(SEED_STATEMENT);
    await page.screenshot({ path: screenshotPath('brief-switcher') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('brief-switcher-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('renames with “Rename”: the title field, selected', async () => {
    await page.getByRole('button', { name: 'Rename' }).click();
    await briefSavedAfter(page, async () => {
      await page.keyboard.type('Havana, January 2024');
      await page.keyboard.press('Enter');
    });
    await expect.poll(optionLabels).toEqual(['Havana, January 2024', 'Polonez range']);
  });

  it('exports another brief when it is picked in the Export dialog', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    const which = dialog.getByRole('combobox', { name: 'Which brief' });
    await expect.poll(() => which.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe('Havana, January 2024');
    await which.selectOption({ label: 'Polonez range' });
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Polonez range');
    await page.screenshot({ path: screenshotPath('export-dialog-two-briefs') });
    // A wait limit, not a speed check: the session's first export warms the exporters up, slow on a busy machine.
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Polonez range.md');
    const md = readFileSync((await file.path()) as string, 'utf8');
    expect(md).toContain('Text of the Polonez brief.');
    expect(md).not.toContain('Text of the Havana brief.');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('deletes a brief only once confirmed (Escape keeps it), then opens another', async () => {
    await switcher().selectOption({ label: 'Polonez range' });
    await expect.poll(() => doc().innerText()).toContain('Text of the Polonez brief.');
    await page.getByRole('button', { name: 'Delete brief…' }).click();
    const confirm = page.getByRole('button', { name: 'Delete “Polonez range”' });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator('.brief').screenshot({ path: screenshotPath('brief-delete-confirm') });
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await optionLabels()).toEqual(['Havana, January 2024', 'Polonez range']);

    await page.getByRole('button', { name: 'Delete brief…' }).click();
    await confirm.click();
    await expect.poll(() => titleField().inputValue()).toBe('Havana, January 2024');
    await expect.poll(optionLabels).toEqual(['Havana, January 2024']);
    await reloadBrief(page);
    await expect.poll(optionLabels).toEqual(['Havana, January 2024']);
  });

  it('exports the open brief named after its title, remembers title and author, and says where the file went', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    const title = dialog.getByRole('textbox', { name: 'Title' });
    const author = dialog.getByRole('textbox', { name: 'Author' });
    await expect.poll(() => title.inputValue()).toBe('Havana, January 2024');
    expect(await author.inputValue()).toBe('');
    await author.fill('J. Doe');
    await page.screenshot({ path: screenshotPath('export-dialog-brief') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('export-dialog-brief-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Havana, January 2024.md');
    const md = readFileSync((await file.path()) as string, 'utf8');
    expect(md.startsWith('# Havana, January 2024\n')).toBe(true);
    expect(md).toContain('**Author:** J. Doe');
    expect(md).toContain('Text of the Havana brief.');
    expect(md).not.toMatch(/^#+ Brief$/m);
    await page.locator('.toast', { hasText: 'Exported “Havana, January 2024.md” to your browser’s downloads.' }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    await expect.poll(() => author.inputValue()).toBe('J. Doe');
    await author.fill('');
    await title.fill('Khrenin in Havana');
    const again = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const second = await again;
    expect(second.suggestedFilename()).toBe('Khrenin in Havana.md');
    const text = readFileSync((await second.path()) as string, 'utf8');
    expect(text).not.toContain('Author');
    await page.reload();
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    await expect.poll(() => title.inputValue()).toBe('Khrenin in Havana');
    expect(await author.inputValue()).toBe('');
    await page.keyboard.press('Escape');
  });

  it('opens another brief after a reload when the open one was deleted from the command line', async () => {
    let out = '';
    const io = { out: (t: string) => void (out += t), err: () => undefined };
    expect(await main(['briefs', '--json', '--notebook', session.app.notebookPath], io, {})).toBe(0);
    const [only] = (JSON.parse(out) as { briefs: { id: string; title: string }[] }).briefs;
    expect(only.title).toBe('Havana, January 2024');
    expect(await main(['brief', 'delete', only.id, '--notebook', session.app.notebookPath], io, {})).toBe(0);
    await reloadBrief(page);
    await expect.poll(() => titleField().inputValue()).toBe('Brief');
    await expect.poll(optionLabels).toEqual(['Brief']);
    expect(await doc().innerText()).not.toContain('Havana');
  });

  it('logged no errors in the page', () => {
    expect(session.problems).toEqual([]);
  });
});
