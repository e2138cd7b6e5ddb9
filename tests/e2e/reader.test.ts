/**
 * The reader, in Chromium over browser mode: a claim made with the keyboard alone (caret
 * browsing), the source text refusing every edit, passages cited as evidence marked in their own
 * source with backlinks to the claims, the reader coming back to where the analyst was reading
 * after linking evidence, and Markdown tables drawn as tables with claims inside their cells.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../src-main/contract/methods';
import { fixture } from '../helpers';
import {
  FACT_SHEET,
  FACT_SHEET_EVIDENCE,
  FACT_SHEET_FULL_TITLE,
  FACT_SHEET_TITLE,
  openAnalystSession,
  openSource,
  screenshotPath,
  SEED,
  SEED_PASSAGE,
  SEED_TITLE,
  selectPhrase,
  type AnalystSession,
  callBridge,
} from './analyst-ui';

const ARMED_FORCES = fixture('topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md');
const ARMED_FORCES_TITLE = 'Armed Forces of Belarus';

// The steps run in order on one page: later steps use the claim the first one makes, and the evidence the steps before linked.
describe('the reader', () => {
  let session: AnalystSession;
  let page: Page;
  let claimId = '';

  /** The API over the same bridge the page uses (to check what the notebook kept). */
  const api = <M extends MethodName>(method: M, input: MethodInput<M>) => callBridge(session.app, method, input);

  const sourceIdOf = async (title: string) => (await api('sources.list', {})).sources.find((s) => s.title.startsWith(title))?.id ?? '';
  const scroller = () => page.locator('.reader__scroll');

  /** The caret's block text and its offset in it, read from the page. */
  const caret = () =>
    page.evaluate(() => {
      const selection = window.getSelection() as Selection;
      const node = selection.focusNode;
      const element = node instanceof Element ? node : node?.parentElement;
      const block = element?.closest('.reader-doc > *, .reader-li');
      if (!node || !block) return null;
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEnd(node, selection.focusOffset);
      return { text: block.textContent ?? '', offset: range.toString().length, selected: selection.toString(), active: document.activeElement?.className ?? '' };
    });

  beforeAll(async () => {
    session = await openAnalystSession('reader');
    ({ page } = session);
    // Files picked without a click: the input the Import button opens.
    await page.locator('input[type=file]').setInputFiles([SEED, FACT_SHEET, ARMED_FORCES]);
    for (const title of [SEED_TITLE, FACT_SHEET_TITLE, ARMED_FORCES_TITLE]) await page.locator('.source-row', { hasText: title }).waitFor();
  });

  afterAll(() => session?.close());

  it('makes a claim with the keyboard alone: open, caret, select by word and character, one shortcut', async () => {
    // Tab into the library (one tab stop), arrow down to the seed report and open it.
    const focusedRow = () => page.evaluate(() => (document.activeElement?.classList.contains('source-row') ? (document.activeElement as HTMLElement).innerText : null));
    for (let i = 0; i < 30 && (await focusedRow()) === null; i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 5 && !(await focusedRow())?.includes(SEED_TITLE); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);

    // The shortcut with nothing selected says what to do.
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain('F7');

    // F7: focus and a visible caret in the text.
    await page.keyboard.press('F7');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('reader-doc'))).toBe(true);
    await page.locator('.reader-caret:not([hidden])').waitFor();

    // Down paragraph by paragraph to the passage's, then word by word to it.
    for (let i = 0; i < 60 && !(await caret())?.text.includes(SEED_PASSAGE); i++) await page.keyboard.press('Control+ArrowDown');
    for (let i = 0; i < 200; i++) {
      const at = await caret();
      if (!at) throw new Error('the caret left the text');
      const after = at.text.slice(at.offset);
      if (after.startsWith(SEED_PASSAGE)) break;
      await page.keyboard.press(after.startsWith(` ${SEED_PASSAGE}`) ? 'ArrowRight' : 'Control+ArrowRight');
    }
    expect((await caret())?.text.slice((await caret())?.offset).startsWith(SEED_PASSAGE)).toBe(true);
    await page.screenshot({ path: screenshotPath('reader-keyboard-caret') });

    // "with a range of 300" by words, " km" by characters.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await caret())?.selected.trim()).toBe(SEED_PASSAGE);
    await page.getByRole('toolbar', { name: 'Selection' }).waitFor();
    await page.screenshot({ path: screenshotPath('reader-keyboard-selection') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('reader-keyboard-selection-dark') });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Control+Shift+C');
    const statement = page.getByRole('textbox', { name: 'Statement' });
    await expect.poll(() => statement.inputValue()).toBe(SEED_PASSAGE);
    expect(await statement.evaluate((el) => el === document.activeElement)).toBe(true);
    claimId = (await page.locator('.reader-doc mark[data-claim-id]').first().getAttribute('data-claim-id')) ?? '';
    expect(claimId).toMatch(/\S/);

    // Kept: after a reload the mark and the anchor are exactly the passage.
    await page.reload();
    await openSource(page, SEED_TITLE);
    const mark = page.locator(`.reader-doc mark[data-claim-ids~="${claimId}"]`);
    await mark.waitFor();
    expect(await mark.innerText()).toBe(SEED_PASSAGE);
    const seedId = await sourceIdOf(SEED_TITLE);
    const { text } = await api('sources.text', { id: seedId });
    const { claim } = await api('claims.get', { id: claimId });
    expect(claim.exact).toBe(SEED_PASSAGE);
    expect(text.slice(claim.start, claim.end)).toBe(SEED_PASSAGE);
    expect(claim.start).toBe(text.indexOf(SEED_PASSAGE));
  });

  it('selects by sentence and by paragraph, and Enter on a highlight opens its claim', async () => {
    // (The claim card is open since the claim was made: back to the list first.)
    await page.getByRole('button', { name: /^‹/ }).click();
    await page.getByRole('list', { name: 'Claims in this source' }).waitFor();
    await page.keyboard.press('F7');
    for (let i = 0; i < 60 && !(await caret())?.text.includes(SEED_PASSAGE); i++) await page.keyboard.press('Control+ArrowDown');
    const paragraph = (await caret())!;
    expect(paragraph.offset).toBe(0);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    const sentence = (await caret())!.selected.trim();
    expect(sentence).toMatch(/^Shortly afterward, .* with a range of 300 km\.$/);
    expect(paragraph.text.startsWith(sentence)).toBe(true);
    await page.keyboard.press('Control+Shift+ArrowDown');
    expect((await caret())!.selected.trim()).toBe(paragraph.text.trim());

    // Escape keeps the caret at the paragraph's end; Ctrl+Up goes back to its start.
    await page.keyboard.press('Escape');
    expect(await caret()).toMatchObject({ offset: paragraph.text.length, selected: '' });
    await page.keyboard.press('Control+ArrowUp');
    expect((await caret())!.offset).toBe(0);
    // The caret inside the claim's highlight: Enter opens the claim.
    for (let i = 0; i < 300; i++) {
      const at = (await caret())!;
      if (at.text.slice(at.offset).startsWith(SEED_PASSAGE.slice(3))) break;
      await page.keyboard.press('ArrowRight');
    }
    expect(await page.getByRole('textbox', { name: 'Statement' }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Statement' }).inputValue()).toBe(SEED_PASSAGE);
  });

  it('never lets the source text change: typing, deleting, pasting and dropping do nothing', async () => {
    const docText = () => page.locator('.reader-doc').evaluate((el) => el.textContent);
    const before = await docText();
    const seedId = await sourceIdOf(SEED_TITLE);
    const stored = (await api('sources.text', { id: seedId })).text;
    await page.keyboard.press('F7');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.type('typed over the source');
    for (const key of ['Backspace', 'Delete', 'Enter', 'Control+Backspace', 'Control+X', 'Control+V']) await page.keyboard.press(key);
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('x');
    await page.locator('.reader-doc').evaluate((root) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'pasted into the source');
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      root.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'y', bubbles: true, cancelable: true }));
      const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      root.querySelector('p')?.dispatchEvent(drop);
    });
    expect(await docText()).toBe(before);
    expect(await page.locator('.reader-doc').getAttribute('contenteditable')).toBe('false');
    expect((await api('sources.text', { id: seedId })).text).toBe(stored);
  });

  it('marks a passage cited as evidence in its own source, with the claims citing it', async () => {
    await page.locator(`.reader-doc mark[data-claim-ids~="${claimId}"]`).click();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('combobox', { name: 'Evidence source' }).selectOption({ label: FACT_SHEET_FULL_TITLE });
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);
    await selectPhrase(page, FACT_SHEET_EVIDENCE);
    await page.getByRole('radio', { name: 'Contradicts' }).click();
    await expect.poll(() => page.locator('.linking-banner__passage').innerText()).toContain(FACT_SHEET_EVIDENCE);
    await page.getByRole('button', { name: 'Link passage' }).click();
    await page.locator('.evidence-item').waitFor();

    await openSource(page, FACT_SHEET_TITLE);
    const mark = page.locator('.reader-doc mark.evidence-mark');
    await mark.first().waitFor();
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toBe(FACT_SHEET_EVIDENCE);
    expect(await mark.getAttribute('class')).toContain('evidence-mark--contradicts');
    // Distinct from a claim mark: no claim id on it, no claim mark inside.
    expect(await mark.getAttribute('data-claim-id')).toBeNull();
    expect(await page.locator('.reader-doc mark.claim-mark').count()).toBe(0);

    const citedBy = page.locator('.cited-by');
    expect(await citedBy.locator('summary').innerText()).toMatch(/Cited as evidence by 1 claim\s*1 contradicts/);
    await citedBy.locator('summary').click();
    await expect.poll(() => citedBy.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const item = citedBy.locator('.cited-by__item');
    expect(await item.innerText()).toContain(SEED_PASSAGE);
    expect(await item.innerText()).toContain('Contradicts');
    expect(await item.innerText()).toContain(SEED_TITLE);

    // Hover names the citing claim; activating the mark opens it.
    // (Hovering may scroll the mark into view, and a scroll drops the tooltip: hover again until it stays.)
    await expect
      .poll(async () => {
        await page.mouse.move(0, 0);
        await mark.hover();
        return page.locator('.mark-tooltip').count();
      })
      .toBe(1);
    expect(await page.locator('.mark-tooltip').innerText()).toContain(`Evidence for “${SEED_PASSAGE}”`);
    await page.screenshot({ path: screenshotPath('reader-evidence-mark') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('reader-evidence-mark-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await mark.click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Statement' }).inputValue()).toBe(SEED_PASSAGE);
    expect(await page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);

    // By keyboard: the caret on the cited passage, Enter opens the claim citing it.
    await page.getByRole('button', { name: /^‹/ }).click();
    await page.getByText('No claims in this source yet').waitFor();
    await page.keyboard.press('F7');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 80 && !(await caret())?.text.startsWith(FACT_SHEET_EVIDENCE); i++) await page.keyboard.press('Control+ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect((await caret())?.offset).toBe(3);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Statement' }).inputValue()).toBe(SEED_PASSAGE);

    // The backlink shows the cited passage here, or opens the claim in its own source.
    await item.getByRole('button', { name: /^Show the cited passage/ }).click();
    await expect.poll(() => page.locator('.reader-doc .is-flashing').count()).toBeGreaterThan(0);
    expect(await page.locator('.reader-doc .is-flashing').first().innerText()).toContain(FACT_SHEET_EVIDENCE);
    await item.getByRole('button', { name: SEED_PASSAGE }).click();
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
    await expect.poll(() => page.locator('.reader-doc .is-flashing').count()).toBeGreaterThan(0);

    // After a reload the mark is still there.
    await page.reload();
    await openSource(page, FACT_SHEET_TITLE);
    await page.locator('.reader-doc mark.evidence-mark--contradicts').waitFor();
    expect(await page.locator('.reader-doc mark.evidence-mark').innerText()).toBe(FACT_SHEET_EVIDENCE);
  });

  it('comes back to the passage the analyst was reading after linking evidence', async () => {
    await openSource(page, SEED_TITLE);
    await page.locator(`.reader-doc mark[data-claim-ids~="${claimId}"]`).click();
    await page.getByRole('textbox', { name: 'Statement' }).waitFor();
    // Read on, well past the claim.
    await scroller().evaluate((el) => (el.scrollTop = el.scrollHeight * 0.6));
    const topBlock = () =>
      scroller().evaluate((el) => {
        const top = el.getBoundingClientRect().top;
        const blocks = [...el.querySelectorAll<HTMLElement>('.reader-doc > p, .reader-doc > h2, .reader-doc > h3, .reader-doc li')];
        const first = blocks.find((b) => b.getBoundingClientRect().bottom > top + 1);
        return { text: first?.textContent?.slice(0, 80) ?? '', offset: first ? Math.round(first.getBoundingClientRect().top - top) : 0, scrollTop: el.scrollTop };
      });
    const reading = await topBlock();
    expect(reading.scrollTop).toBeGreaterThan(400);

    await page.getByRole('button', { name: 'Add evidence' }).click();
    // While adding evidence the claim shortcut says what to do instead.
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain('You are adding evidence');
    await page.getByRole('combobox', { name: 'Evidence source' }).selectOption({ label: FACT_SHEET_FULL_TITLE });
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(FACT_SHEET_TITLE);
    await selectPhrase(page, 'Cuba');
    await page.getByRole('button', { name: 'Link passage' }).click();
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
    await expect.poll(async () => (await topBlock()).text).toBe(reading.text);
    const back = await topBlock();
    expect(Math.abs(back.offset - reading.offset)).toBeLessThan(60);
  });

  it('draws a Markdown table as a table, with claims in its cells at the right offsets', async () => {
    await openSource(page, ARMED_FORCES_TITLE);
    const table = page.locator('.reader-doc table.reader-table').first();
    await table.scrollIntoViewIfNeeded();
    await expect.poll(() => table.locator('tr').first().locator('th').allInnerTexts()).toEqual(['Model', 'Image', 'Caliber', 'Origin', 'Type', 'Notes']);
    const makarov = table.locator('tr', { hasText: 'Makarov PM' });
    expect(await makarov.locator('td').allInnerTexts()).toEqual(['Makarov PM', '', '9×18mm Makarov', '', 'Semi-automatic pistol', '']);
    // The stored separators are not shown.
    expect(await table.innerText()).not.toContain(' | ');

    // A claim from one cell into the next, extended with the keyboard: the anchor is the stored text, separators included.
    await selectPhrase(page, 'Stechkin automatic pistol');
    await page.keyboard.press('F7');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+C');
    const statement = page.getByRole('textbox', { name: 'Statement' });
    await expect.poll(() => statement.inputValue()).toMatch(/^Stechkin automatic pistol \| \| 9/);
    const id = (await page.locator('.reader-doc table mark[data-claim-id]').first().getAttribute('data-claim-id')) ?? '';
    const sourceId = await sourceIdOf(ARMED_FORCES_TITLE);
    const { text } = await api('sources.text', { id: sourceId });
    const { claim } = await api('claims.get', { id });
    expect(text.slice(claim.start, claim.end)).toBe(await statement.inputValue());
    expect(claim.start).toBe(text.indexOf('Stechkin automatic pistol'));
    const marks = await page.locator(`.reader-doc mark[data-claim-ids~="${id}"]`).allInnerTexts();
    expect(marks.join('')).toBe(claim.exact.replace(/ ?\| ?/g, ''));
    expect(marks[0]).toBe('Stechkin automatic pistol');

    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('reader-table') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('reader-table-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('broke nothing: no errors, no request leaving this machine', () => {
    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
