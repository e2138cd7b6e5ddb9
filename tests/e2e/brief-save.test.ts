/**
 * Every change to the brief reaches the notebook: a claim inserted into a never-edited brief,
 * pasted text and an undo are each saved (a save request answered), and are there after a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_STATEMENT, type AnalystSession } from './analyst-ui';
import { briefSavedAfter, briefSuite, reloadBrief as reloadBriefIn } from './brief-ui';

// The steps run in order on one page: the first makes the claim, and each later step edits the brief the step before saved.
describe('saving the brief', () => {
  let session: AnalystSession;
  let page: Page;
  let claimId = '';
  const doc = () => page.locator('.brief-doc');
  const reference = () => page.locator(`.brief-doc .claim-ref[data-claim-id="${claimId}"]`);

  const savedAfter = (action: () => Promise<unknown>) => briefSavedAfter(page, action);
  const reloadBrief = () => reloadBriefIn(page);

  briefSuite('brief-save', (opened) => void ((session = opened), (page = opened.page)), (id) => (claimId = id));

  it('saves a claim inserted into the never-edited brief, and finds it after a reload', async () => {
    await savedAfter(() => page.getByRole('button', { name: 'Insert in brief' }).click());
    await reference().waitFor();
    const saves: string[] = [];
    page.on('request', (r) => r.url().endsWith('/api/call/briefs.save') && saves.push(r.url()));
    await reloadBrief();
    await reference().waitFor();
    expect(await reference().innerText()).toContain(SEED_STATEMENT);
    // Opening the brief is not an edit: nothing to save, and the indicator says so.
    await page.getByRole('textbox', { name: 'Brief title' }).focus();
    await page.getByRole('textbox', { name: 'Brief title' }).blur();
    expect(await page.locator('.brief [data-save-state]').getAttribute('data-save-state')).toBe('saved');
    expect(saves).toEqual([]);
  });

  it('saves pasted text', async () => {
    await doc().click();
    await page.keyboard.press('Control+End');
    await savedAfter(() =>
      doc().evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', 'Pasted from the wire service.');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }),
    );
    await reloadBrief();
    await expect.poll(() => doc().innerText()).toContain('Pasted from the wire service.');
    expect(await reference().count()).toBe(1);
  });

  it('saves an undo', async () => {
    await doc().click();
    await page.keyboard.press('Control+End');
    await savedAfter(() => page.keyboard.press('Enter').then(() => page.keyboard.type('A sentence to take back.')));
    await expect.poll(() => doc().innerText()).toContain('A sentence to take back.');
    await savedAfter(() => page.keyboard.press('Control+Z'));
    await expect.poll(() => doc().innerText()).not.toContain('A sentence to take back.');
    await reloadBrief();
    await expect.poll(() => doc().innerText()).toContain('Pasted from the wire service.');
    expect(await doc().innerText()).not.toContain('A sentence to take back.');
  });

  it('saves the title', async () => {
    const title = page.getByRole('textbox', { name: 'Brief title' });
    await savedAfter(async () => {
      await title.fill('Polonez range');
      await title.blur();
    });
    await reloadBrief();
    expect(await page.getByRole('textbox', { name: 'Brief title' }).inputValue()).toBe('Polonez range');
  });

  it('logged no errors in the page', () => {
    expect(session.problems).toEqual([]);
  });
});
