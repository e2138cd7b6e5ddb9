/**
 * The analyst's path through the app, in Chromium over browser mode, through the UI only:
 * import the seed report, read it, make a claim from a passage, grade it, link evidence from a
 * White House fact sheet, reload and find it all, search, and put the claim in the brief.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { dragSelect, FACT_SHEET, FACT_SHEET_EVIDENCE, FACT_SHEET_FULL_TITLE, FACT_SHEET_TITLE, sessionForSuite, openSource as openSourceIn, readerText, screenshotPath, SEED, SEED_PASSAGE, SEED_STATEMENT, SEED_TITLE, selectPhrase, type AnalystSession } from './analyst-ui';

const LOCKED_PDF = fixture('robustness', 'pdf-py-pdf-sample-files', '005-libreoffice-writer-password', 'libreoffice-writer-password.pdf');
const UNSUPPORTED = fixture('robustness', 'docx-mammoth', 'empty.zip');
const SCRIPT_ONLY_PAGE = fixture('html', 'script-only.html');
const ANOTHER_WH_FILE = fixture('topic', 'us-gov-whitehouse', '2021-08-09-statement-by-president-joseph-r-biden-jr-on-belarus.md');
const DROPPED = fixture('topic', 'us-gov-whitehouse', '2022-03-02-fact-sheet-the-united-states-continues-to-impose-costs-on-russia-and-belarus-for-putins-war-of-choice.md');

// The steps run in order on one page and notebook, each from where the one before left off: the seed imported, its claim graded and linked, then searched, cited in the brief and exported.
describe('an analyst’s session in browser mode', () => {
  let session: AnalystSession;
  let page: Page;
  let claimId = '';

  const mark = () => page.locator(`.reader-doc mark[data-claim-ids~="${claimId}"]`);
  const card = () => page.locator('.claim-card');
  const openSource = (title: string) => openSourceIn(page, title);
  const waitSaved = (scope: string) => page.locator(`${scope} [data-save-state="saved"]`).waitFor({ timeout: 10_000 });

  sessionForSuite('app', (opened) => {
    session = opened;
    page = opened.page;
  });

  it('imports the seed report through the Import button’s file picker and shows it clean', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(SEED);
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
    const text = await readerText(page);
    expect(text).toContain('Vitaly Borchuk');
    expect(text).toContain(SEED_PASSAGE);
    expect(text.toLowerCase()).not.toContain('top of page');
    expect(text).not.toContain('Comments');
    await expect.poll(() => page.locator('.source-row', { hasText: SEED_TITLE }).innerText()).toMatch(/TEXT/i);
  });

  it('makes a claim from a passage selected with the mouse', async () => {
    await dragSelect(page, SEED_PASSAGE);
    const newClaim = page.getByRole('button', { name: /New claim/ });
    await newClaim.waitFor();
    await page.screenshot({ path: screenshotPath('reader-selection-toolbar') });
    await newClaim.click();
    const statement = page.getByRole('textbox', { name: 'Statement' });
    await expect.poll(() => statement.inputValue()).toBe(SEED_PASSAGE);
    // The new claim's statement has the cursor, ready to be rewritten.
    expect(await statement.evaluate((el) => el === document.activeElement)).toBe(true);
    claimId = (await page.locator('.reader-doc mark[data-claim-id]').first().getAttribute('data-claim-id')) ?? '';
    expect(claimId).toMatch(/\S/);
    expect(await mark().innerText()).toBe(SEED_PASSAGE);

    await page.keyboard.type(SEED_STATEMENT);
    await page.getByRole('textbox', { name: 'Comment' }).click();
    await waitSaved('.claim-card');
    await expect.poll(() => page.locator('.claim-card .quote-button').innerText()).toContain(SEED_PASSAGE);
  });

  it('grades the claim disputed with credibility 3, and the source B', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('disputed');
    await page.getByRole('combobox', { name: 'Credibility' }).selectOption('3');
    await waitSaved('.claim-card');
    await expect.poll(() => mark().getAttribute('class')).toContain('claim-mark--disputed');
    await expect.poll(() => card().innerText()).toContain('Credibility 3: Possibly true');
    await page.getByRole('combobox', { name: 'Source reliability' }).selectOption('B');
    await expect.poll(() => page.locator('.source-header .grade-picker__meaning').innerText()).toBe('Usually reliable');
    await page.screenshot({ path: screenshotPath('reader-claim-card') });
  });

  it('links a passage of a White House fact sheet to the claim as context', async () => {
    await page.locator('input[type=file]').setInputFiles(FACT_SHEET);
    await page.locator('.source-row', { hasText: FACT_SHEET_TITLE }).waitFor();
    await page.screenshot({ path: screenshotPath('library') });

    await openSource(SEED_TITLE);
    await mark().click();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('combobox', { name: 'Evidence source' }).selectOption({ label: FACT_SHEET_FULL_TITLE });
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);
    await selectPhrase(page, FACT_SHEET_EVIDENCE);
    await page.getByRole('radio', { name: 'Context' }).click();
    await page.getByRole('textbox', { name: 'Evidence note' }).fill('Cuba hosts hostile militaries');
    await expect.poll(() => page.locator('.linking-banner__passage').innerText()).toContain(FACT_SHEET_EVIDENCE);
    await page.getByRole('button', { name: 'Link passage' }).click();

    // Back on the claim, with its new evidence.
    const item = page.locator('.evidence-item');
    await item.waitFor();
    expect(await item.innerText()).toContain('Context');
    expect(await item.innerText()).toContain(FACT_SHEET_EVIDENCE);
    expect(await item.innerText()).toContain(FACT_SHEET_TITLE);
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
  });

  it('finds claim, highlight, grades and link intact after a reload', async () => {
    await page.reload();
    await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
    await openSource(SEED_TITLE);
    await mark().waitFor();
    expect(await mark().innerText()).toBe(SEED_PASSAGE);
    expect(await mark().getAttribute('class')).toContain('claim-mark--disputed');
    expect(await page.locator('.source-header .grade-picker__meaning').innerText()).toBe('Usually reliable');
    expect(await page.getByRole('combobox', { name: 'Source reliability' }).inputValue()).toBe('B');
    await expect.poll(() => page.locator('.source-row', { hasText: SEED_TITLE }).locator('.badge--grade').innerText()).toBe('B');
    await mark().click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Statement' }).inputValue()).toBe(SEED_STATEMENT);
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('disputed');
    expect(await page.getByRole('combobox', { name: 'Credibility' }).inputValue()).toBe('3');
    const item = page.locator('.evidence-item');
    expect(await item.innerText()).toContain(FACT_SHEET_EVIDENCE);

    // The evidence jumps to its passage in the fact sheet.
    await item.locator('.evidence-item__open').click();
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);
    await expect.poll(() => page.locator('.reader-doc .is-flashing').count()).toBeGreaterThan(0);
    expect(await page.locator('.reader-doc .is-flashing').first().innerText()).toContain(FACT_SHEET_EVIDENCE);
  });

  it('searches “Borchuk” with Ctrl+K and lands on the word, highlighted and on screen', async () => {
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('Borchuk');
    await page.locator('.palette__hit mark', { hasText: 'Borchuk' }).first().waitFor();
    await page.screenshot({ path: screenshotPath('search-palette') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.palette').count()).toBe(0);
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
    // The word the snippet showed is marked (a CSS highlight, not a claim mark) inside the reader's visible area.
    const current = () =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('casebook-find-current') ?? [])][0] as Range | undefined;
        if (!range) return null;
        const a = range.getBoundingClientRect();
        const b = (document.querySelector('.reader__scroll') as HTMLElement).getBoundingClientRect();
        return { text: range.toString(), visible: a.top >= b.top && a.bottom <= b.bottom && a.height > 0 };
      });
    await expect.poll(current).toEqual({ text: 'Borchuk', visible: true });
  });

  it('inserts the claim into the brief, keeps it in step with the claim, and finds it after a reload', async () => {
    await openSource(SEED_TITLE);
    await mark().click();
    await page.getByRole('button', { name: 'Insert in brief' }).click();
    const reference = page.locator(`.brief-doc .claim-ref[data-claim-id="${claimId}"]`);
    await reference.waitFor();
    await expect.poll(() => reference.innerText()).toContain(SEED_STATEMENT);
    // The statement shows at once (stored in the brief); the status once the claim has loaded.
    await expect.poll(() => reference.innerText()).toContain('Disputed');
    await page.keyboard.type('is doubtful: the range claim comes from one opposition source.');
    await waitSaved('.brief');
    await page.screenshot({ path: screenshotPath('brief') });

    // The reference follows the claim: grade it refuted in the claims pane, beside the brief.
    await page.getByRole('combobox', { name: 'Status' }).selectOption('refuted');
    await expect.poll(() => reference.innerText()).toContain('Refuted');

    await page.reload();
    await page.getByRole('tab', { name: 'Brief' }).click();
    const again = page.locator(`.brief-doc .claim-ref[data-claim-id="${claimId}"]`);
    await again.waitFor();
    expect(await again.innerText()).toContain(SEED_STATEMENT);
    expect(await again.innerText()).toContain('Refuted');
    expect(await page.locator('.brief-doc').innerText()).toContain('is doubtful: the range claim comes from one opposition source.');
  });

  it('formats the brief with the toolbar and shortcuts: heading, bold, list, link, undo', async () => {
    await page.getByRole('tab', { name: 'Brief' }).click();
    const doc = page.locator('.brief-doc');
    // Click below the text: the cursor goes to the end of the brief.
    const box = await doc.boundingBox();
    await doc.click({ position: { x: 60, y: (box?.height ?? 200) - 40 } });
    await page.keyboard.press('Enter');
    await page.keyboard.type('Key judgements');
    await page.getByRole('combobox', { name: 'Block style' }).selectOption('h1');
    await expect.poll(() => doc.locator('h1').innerText()).toBe('Key judgements');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Block style' }).selectOption('bullet');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('Range');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' is unconfirmed, see the source');
    await expect.poll(() => doc.locator('ul li').innerText()).toBe('Range is unconfirmed, see the source');
    expect(await doc.locator('ul li .brief-bold').innerText()).toBe('Range');
    // Select “the source” and make it a link.
    for (let i = 0; i < 'the source'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByRole('textbox', { name: 'Link address' }).fill('example.org/report');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => doc.locator('a.brief-link').getAttribute('href')).toBe('https://example.org/report');
    await page.locator('.brief-doc').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => doc.locator('a.brief-link').count()).toBe(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => doc.locator('a.brief-link').count()).toBe(1);
    await waitSaved('.brief');
    await page.screenshot({ path: screenshotPath('brief-formatted') });
  });

  it('exports the brief as Markdown, the claim cited in it', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    await page.screenshot({ path: screenshotPath('export-dialog') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const text = readFileSync((await file.path()) as string, 'utf8');
    expect(text).toContain(SEED_STATEMENT);
    expect(text).toContain('Key judgements');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('imports several files at once, says what went wrong with each failure, and opens a PDF once given its password', async () => {
    await page.getByRole('tab', { name: 'Reader' }).click();
    await page.locator('input[type=file]').setInputFiles([LOCKED_PDF, UNSUPPORTED, SCRIPT_ONLY_PAGE, ANOTHER_WH_FILE]);
    const failures = page.locator('.import-failure');
    await expect.poll(() => failures.count(), { timeout: 20_000 }).toBe(3);
    const locked = failures.filter({ hasText: 'libreoffice-writer-password.pdf' });
    expect(await locked.innerText()).toMatch(/needs a password/);
    expect(await failures.filter({ hasText: 'empty.zip' }).innerText()).toMatch(/cannot import/);
    expect(await failures.filter({ hasText: 'script-only.html' }).innerText()).toMatch(/no readable text: the page may write its text with scripts/);
    await page.locator('.source-row', { hasText: 'Statement by President Joseph R. Biden' }).waitFor();
    await page.screenshot({ path: screenshotPath('library-import-failures') });

    await locked.getByRole('textbox', { name: /Password for/ }).fill('openpassword');
    await locked.getByRole('button', { name: 'Open' }).click();
    await page.locator('.source-row', { hasText: 'libreoffice-writer-password' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => failures.count()).toBe(2);
    for (let left = 2; left > 0; left--) {
      await page.locator('.import-failure').first().getByRole('button', { name: /Dismiss/ }).click();
      await expect.poll(() => failures.count()).toBe(left - 1);
    }
  });

  it('imports a file dropped onto the window', async () => {
    const bytes = readFileSync(DROPPED).toString('base64');
    const name = basename(DROPPED);
    await page.evaluate(
      ({ bytes, name }) => {
        const file = new File([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))], name, { type: 'text/markdown' });
        const data = new DataTransfer();
        data.items.add(file);
        const target = document.querySelector('.reader') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { bytes, name },
    );
    await page.locator('.source-row', { hasText: 'The United States Continues to Impose Costs' }).waitFor();
    await expect.poll(() => page.locator('.drop-overlay').count()).toBe(0);
  });

  it('filters, sorts and walks the library with the keyboard', async () => {
    const rows = page.locator('.source-row');
    await page.getByRole('searchbox', { name: 'Filter sources' }).fill('belarus');
    await expect.poll(() => rows.count()).toBeLessThan(5);
    const filtered = await rows.allInnerTexts();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.some((t) => t.includes('Fact Sheet: President Donald J. Trump'))).toBe(false);
    await page.getByRole('searchbox', { name: 'Filter sources' }).fill('');
    await expect.poll(() => rows.count()).toBe(5);

    await page.getByRole('combobox', { name: 'Sort sources' }).selectOption('claimCount');
    await expect.poll(async () => (await rows.first().innerText()).includes(SEED_TITLE)).toBe(true);
    await page.getByRole('combobox', { name: 'Sort sources' }).selectOption('title');
    const byTitle = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    // Sorted by claims, the seed came first; by title, a “Fact Sheet” does.
    await expect.poll(async () => (await rows.first().innerText()).includes(SEED_TITLE)).toBe(false);
    const titles = await page.locator('.source-row__title').allInnerTexts();
    expect(titles).toEqual(byTitle(titles));

    await rows.first().click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.source-row.is-selected').innerText()).toContain(titles[1].slice(0, 20));
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(titles[1].slice(0, 20));
  });

  it('looked calm and broke nothing: no errors, no request leaving this machine', async () => {
    // The remaining screens: the reader with highlights at 1920×1080, and the dark theme.
    await page.getByRole('tab', { name: 'Reader' }).click();
    await openSource(SEED_TITLE);
    await mark().click();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await mark().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('reader-1920x1080') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await mark().hover();
    await page.locator('.mark-tooltip').waitFor();
    expect(await page.locator('.mark-tooltip').innerText()).toContain(SEED_STATEMENT);
    await page.screenshot({ path: screenshotPath('reader-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });

    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
