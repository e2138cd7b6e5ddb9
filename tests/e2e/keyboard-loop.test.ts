/**
 * The analyst's whole loop without a mouse, in Chromium over browser mode: import two reports
 * through the file chooser, make a claim of a passage found with Ctrl+F, link a passage of the
 * other source as evidence, search, and insert the claim into the brief. No click, no drag: only
 * page.keyboard. Each step checks what the notebook kept, over the same bridge the page uses.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../src-main/contract/methods';
import {
  FACT_SHEET,
  FACT_SHEET_EVIDENCE,
  FACT_SHEET_TITLE,
  sessionForSuite,
  screenshotPath,
  SEED,
  SEED_PASSAGE,
  SEED_STATEMENT,
  SEED_TITLE,
  type AnalystSession,
  callBridge,
} from './analyst-ui';

// The steps run in order on one page, as one day's work: each uses the sources, claim and brief the steps before made.
describe('the daily loop by keyboard alone', () => {
  let session: AnalystSession;
  let page: Page;
  let claimId = '';

  const api = <M extends MethodName>(method: M, input: MethodInput<M>) => callBridge(session.app, method, input);

  /** What has the focus: its tag, accessible-ish name and classes. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        name: (el?.getAttribute('aria-label') || el?.innerText || '').trim(),
        className: typeof el?.className === 'string' ? el.className : '',
      };
    });

  /** Presses `key` (Tab or Shift+Tab) until the focused element satisfies `wanted`. */
  async function tabTo(wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, key = 'Tab', limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (wanted(await focused())) return;
      await page.keyboard.press(key);
    }
    throw new Error(`${key} never reached the control wanted; focus is on ${JSON.stringify(await focused())}`);
  }
  const button = (name: string) => (f: Awaited<ReturnType<typeof focused>>) => f.tag === 'button' && f.name.startsWith(name);

  /** Opens a source from the library: Tab into the list (one stop), arrows to the row, Enter. */
  async function openSourceByKeyboard(title: string): Promise<void> {
    await tabTo((f) => f.className.includes('source-row'));
    for (let i = 0; i < 5 && !(await focused()).name.includes(title); i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 5 && !(await focused()).name.includes(title); i++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(title);
  }

  /** Ctrl+F, the words, Ctrl+Enter: the match becomes the reader's selection. */
  async function selectByFind(words: string): Promise<void> {
    await page.keyboard.press('Control+F');
    await page.getByRole('textbox', { name: 'Find in this source' }).waitFor();
    await page.keyboard.type(words);
    await expect.poll(() => page.locator('.find-bar__count').innerText()).toMatch(/^1 of \d+/);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(words);
  }

  sessionForSuite('keyboard-loop', (opened) => {
    session = opened;
    page = opened.page;
  });

  it('imports two reports through the file chooser, opened with the keyboard', async () => {
    // Listening turns on Chromium's file-chooser interception; one round trip makes sure it is on
    // before the key is pressed (else the chooser opens natively, unseen, and the test waits forever).
    const chooser = page.waitForEvent('filechooser');
    await page.evaluate(() => 0);
    await tabTo(button('Import'));
    await page.keyboard.press('Enter');
    await (await chooser).setFiles([SEED, FACT_SHEET]);
    for (const title of [SEED_TITLE, FACT_SHEET_TITLE]) await page.locator('.source-row', { hasText: title }).waitFor();
    expect((await api('sources.list', {})).sources).toHaveLength(2);
  });

  it('makes a claim of a passage found with Ctrl+F, and words its statement', async () => {
    await openSourceByKeyboard(SEED_TITLE);
    await selectByFind(SEED_PASSAGE);
    await page.keyboard.press('Control+Shift+C');
    const statement = page.getByRole('textbox', { name: 'Statement' });
    await expect.poll(() => statement.evaluate((el) => el === document.activeElement)).toBe(true);
    claimId = (await page.locator('.reader-doc mark[data-claim-id]').first().getAttribute('data-claim-id')) ?? '';
    expect(claimId).toMatch(/^\S+$/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(SEED_STATEMENT);
    await expect.poll(async () => (await api('claims.get', { id: claimId })).claim.statement, { timeout: 5000 }).toBe(SEED_STATEMENT);
    const { claim } = await api('claims.get', { id: claimId });
    expect(claim.exact).toBe(SEED_PASSAGE);
  });

  it('links a passage of the fact sheet as evidence', async () => {
    await tabTo(button('Add evidence'));
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Add evidence' }).waitFor();
    await openSourceByKeyboard(FACT_SHEET_TITLE);
    await selectByFind(FACT_SHEET_EVIDENCE);
    await page.screenshot({ path: screenshotPath('keyboard-loop-evidence') });
    // Back up from the text to the banner's button; the selection is kept while the focus moves.
    await tabTo(button('Link passage'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await api('evidence.list', { claimId })).links.map((l) => l.exact)).toEqual([FACT_SHEET_EVIDENCE]);
    // Linking over, the reader is back on the claim's own source.
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
  });

  it('searches with Ctrl+K and lands on the words in the reader', async () => {
    await page.keyboard.press('Control+K');
    await page.keyboard.type('"hostile countries"');
    await expect.poll(() => page.locator('.palette [role="option"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);
    await expect.poll(() => page.locator('.find-bar__count').innerText()).toMatch(/^1 of \d+/);
    await page.keyboard.press('Escape');
  });

  it('finds the claim with Ctrl+K and inserts it into the brief, which keeps it after a reload', async () => {
    await page.keyboard.press('Control+K');
    await page.keyboard.type('Polonez-M missile');
    await expect.poll(() => page.locator('.palette [role="option"]', { hasText: 'Claim' }).count()).toBeGreaterThan(0);
    // The claim hit may not be first: step to it.
    for (let i = 0; i < 10; i++) {
      const active = await page.locator('.palette [role="option"][aria-selected="true"]').innerText();
      if (active.includes('Polonez-M missile systems')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Statement' }).inputValue()).toBe(SEED_STATEMENT);
    await tabTo(button('Insert in brief'));
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/call/briefs.save'));
    await page.keyboard.press('Enter');
    await page.locator('.brief-doc [data-claim-id], .brief-doc .claim-ref').first().waitFor();
    expect((await (await saved).json()).ok).toBe(true);
    await page.screenshot({ path: screenshotPath('keyboard-loop-brief') });

    await page.reload();
    const { brief } = await api('briefs.get', {});
    expect(JSON.stringify(brief.doc)).toContain(claimId);

    // The claim's card says where the brief cites it.
    await page.locator('.brief-doc .claim-ref').first().waitFor();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('Polonez-M missile');
    await expect.poll(() => page.locator('.palette [role="option"][aria-selected="true"]').innerText()).toMatch(/^claim/i);
    await page.keyboard.press('Enter');
    const cited = page.locator('.claim-card__cited');
    await expect.poll(() => cited.innerText()).toContain(brief.title);
    await cited.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('claim-cited-in') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('claim-cited-in-dark') });
    await page.emulateMedia({ colorScheme: 'light' });

    // Its button opens that brief in the Brief view.
    await tabTo(button(brief.title));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Brief title' }).inputValue()).toBe(brief.title);
    expect(session.pageErrors).toEqual([]);
  });
});
