/**
 * The brief checks in the real app: findings marked in the brief (a highlight, not part of the
 * saved document) with their explanation, listed in the Checks panel, a new one appearing after a
 * save, F8 and Enter moving the caret to a finding, and a finding dismissed with a reason (kept
 * across a reload) and restored.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callBridge, openAnalystSession, SEED, screenshotPath, type AnalystSession } from './analyst-ui';
import { briefSavedAfter, reloadBrief } from './brief-ui';

describe('brief checks', () => {
  let session: AnalystSession;
  let page: Page;
  let briefId = '';
  const items = () => page.locator('.brief-checks__list .finding');
  const item = (rule: string) => page.locator(`.brief-checks__list .finding[data-rule="${rule}"]`);
  const highlighted = () => page.evaluate(() => CSS.highlights.get('brief-finding')?.size ?? 0);

  beforeAll(async () => {
    session = await openAnalystSession('brief-checks');
    ({ page } = session);
    const { source } = await callBridge(session.app, 'sources.import', { fileName: 'report.txt', data: readFileSync(SEED).toString('base64') });
    const { claim } = await callBridge(session.app, 'claims.create', { sourceId: source.id, quote: 'with a range of 300 km', likelihood: 'very_likely' });
    const { brief } = await callBridge(session.app, 'briefs.importMarkdown', {
      markdown: `# Polonez\n\nWe assess with high confidence that the launchers are likely in Cuba.\n\nThe envoy confirmed that [[${claim.id}]].`,
    });
    briefId = brief.id;
    await reloadBrief(page);
  });

  afterAll(() => session?.close());

  it('marks the saved brief’s findings in the text and lists them in the Checks panel', async () => {
    await item('likelihood-with-confidence').waitFor();
    await item('claim-without-evidence').waitFor();
    expect(await item('likelihood-with-confidence').locator('.finding__excerpt').innerText()).toBe('“high confidence that the launchers are likely”');
    await expect.poll(highlighted).toBe(await items().count());
    // The mouse over a mark shows its explanation.
    const rect = await page.evaluate(() => {
      const [range] = CSS.highlights.get('brief-finding') as unknown as Iterable<Range>;
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(rect.x, rect.y);
    await expect.poll(() => page.locator('.finding-tip').innerText()).toMatch(/ICD 203 keeps them apart/);
    await page.mouse.move(5, 790);
    await expect.poll(() => page.locator('.finding-tip').count()).toBe(0);
    // The panel can be put away (the marks stay) and brought back.
    const toggle = page.getByRole('button', { name: /^Checks/ });
    expect(await toggle.innerText()).toMatch(/Checks\s*2/);
    await toggle.click();
    await expect.poll(() => page.locator('.brief-checks').count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await highlighted()).toBe(2);
    await toggle.click();
    await items().first().waitFor();
  });

  it('checks again after a save: a new judgement with a hedge gets a finding and a mark', async () => {
    const before = await items().count();
    await page.locator('.brief-doc').click();
    await page.keyboard.press('Control+End');
    await briefSavedAfter(page, async () => {
      await page.keyboard.press('Enter');
      await page.keyboard.type('We judge the ship might dock in May.');
    });
    await item('hedge').waitFor();
    expect(await item('hedge').locator('.finding__excerpt').innerText()).toBe('“might”');
    await expect.poll(() => items().count()).toBe(before + 1);
    await expect.poll(highlighted).toBe(before + 1);
  });

  it('F8 moves the caret to the next finding and shows its explanation; Enter on a finding in the panel does too', async () => {
    await page.locator('.brief-doc').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await page.locator('.finding-tip').waitFor();
    expect(await page.locator('.finding-tip').innerText()).toMatch(/ICD 203 keeps them apart/);
    await page.keyboard.press('Shift+F8');
    expect(await page.locator('.finding-tip').innerText()).toMatch(/hedge with no agreed probability/);
    // From the panel, by keyboard.
    await item('claim-without-evidence').locator('.finding__go').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('brief-doc'))).toBe(true);
    await expect.poll(() => page.locator('.finding-tip').innerText()).toMatch(/has no evidence linked/);
    await page.screenshot({ path: screenshotPath('brief-checks-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('brief-checks-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('dismisses a finding with a reason by keyboard; it stays dismissed after a reload, the document unchanged, and can be restored', async () => {
    const savedDoc = JSON.stringify((await callBridge(session.app, 'briefs.get', { id: briefId })).brief.doc);
    const before = await items().count();
    await item('hedge').locator('.finding__go').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const reason = page.getByRole('textbox', { name: 'Why this finding does not apply' });
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Quoting the harbour master');
    await page.screenshot({ path: screenshotPath('brief-checks-dismiss') });
    await page.keyboard.press('Enter');
    await expect.poll(() => item('hedge').count()).toBe(0);
    await expect.poll(highlighted).toBe(before - 1);
    await page.locator('.brief-checks__dismissed summary', { hasText: 'Dismissed (1)' }).waitFor();

    await reloadBrief(page);
    await item('likelihood-with-confidence').waitFor();
    expect(await item('hedge').count()).toBe(0);
    expect(JSON.stringify((await callBridge(session.app, 'briefs.get', { id: briefId })).brief.doc)).toBe(savedDoc);
    const dismissed = await callBridge(session.app, 'briefs.check', { briefId });
    expect(dismissed.dismissed).toEqual([expect.objectContaining({ rule: 'hedge', excerpt: 'might', reason: 'Quoting the harbour master', present: true })]);

    await page.locator('.brief-checks__dismissed summary').click();
    const restore = page.getByRole('button', { name: 'Restore the finding “might”' });
    await restore.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.screenshot({ path: screenshotPath('brief-checks-dismissed') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('brief-checks-dismissed-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Enter');
    await item('hedge').waitFor();
    expect(session.problems).toEqual([]);
  });
});
