/**
 * Writing the brief from the keyboard: Markdown shortcuts as you type, and "[[" to search for a
 * claim and link it; each found again after a reload (so it was saved).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, SEED_STATEMENT, type AnalystSession } from './analyst-ui';
import { briefSavedAfter, briefSuite, reloadBrief } from './brief-ui';

// The steps run in order on one page: the first makes the claim the later ones link into the brief.
describe('the brief from the keyboard', () => {
  let session: AnalystSession;
  let page: Page;
  let claimId = '';
  const doc = () => page.locator('.brief-doc');
  const menu = () => page.locator('.claim-typeahead');
  const reference = () => page.locator(`.brief-doc .claim-ref[data-claim-id="${claimId}"]`);

  briefSuite('brief-keyboard', (opened) => void ((session = opened), (page = opened.page)), (id) => (claimId = id));

  it('turns “# Title” into a heading, and the other Markdown shortcuts into their blocks and marks', async () => {
    await page.getByRole('tab', { name: 'Brief' }).click();
    await doc().click();
    // Typed line by line, Enter between the lines; an empty line ends a list.
    const lines = ['# Title', '## Findings', '> Quoted from the report', '- first point', '', '1. numbered point', '', '**firm** and *tentative* '];
    await briefSavedAfter(page, async () => {
      for (const [i, line] of lines.entries()) {
        if (i > 0) await page.keyboard.press('Enter');
        await page.keyboard.type(line);
      }
    });
    await reloadBrief(page);
    await expect.poll(() => doc().locator('h1').innerText()).toBe('Title');
    expect(await doc().locator('h2').innerText()).toBe('Findings');
    expect(await doc().locator('blockquote').innerText()).toBe('Quoted from the report');
    expect(await doc().locator('ul > li').innerText()).toBe('first point');
    expect(await doc().locator('ol > li').innerText()).toBe('numbered point');
    expect(await doc().locator('.brief-bold').innerText()).toBe('firm');
    expect(await doc().locator('.brief-italic').innerText()).toBe('tentative');
    expect(await doc().innerText()).not.toMatch(/[#*>]/);
  });

  it('links a claim by typing “[[Polonez”, choosing with the arrow keys and Enter', async () => {
    await doc().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('See [[Polonez');
    const option = menu().getByRole('option', { name: new RegExp(SEED_STATEMENT) });
    await option.waitFor();
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: screenshotPath('brief-claim-menu') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('brief-claim-menu-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await briefSavedAfter(page, async () => {
      await page.keyboard.press('Enter');
      await reference().waitFor();
      await page.keyboard.type('is doubtful.');
    });
    expect(await menu().count()).toBe(0);
    await reloadBrief(page);
    await reference().waitFor();
    expect(await reference().innerText()).toContain(SEED_STATEMENT);
    const text = await doc().innerText();
    expect(text).toContain('See ');
    expect(text).toContain('is doubtful.');
    expect(text).not.toContain('[[');
  });

  it('closes the menu with Escape, leaving what was typed; a query that matches nothing says so', async () => {
    // At the page's top corner: a click on the claim reference would open its claim in the reader.
    await doc().click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' [[Iskander');
    await menu().getByText('No claim matches “Iskander”.').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu().count()).toBe(0);
    expect(await doc().innerText()).toContain('[[Iskander');
    expect(await reference().count()).toBe(1);
  });

  it('logged no errors in the page', () => {
    expect(session.problems).toEqual([]);
  });
});
