/** What the brief's end-to-end tests share: a claim on the seed report, and waiting for a brief save. */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dragSelect, SEED, SEED_PASSAGE, SEED_STATEMENT, SEED_TITLE, sessionForSuite, type AnalystSession } from './analyst-ui';

/** Imports the seed report and makes the tests' claim on it; returns the claim's id. Call inside a test. */
export async function makeSeedClaim(page: Page): Promise<string> {
  await page.locator('input[type=file]').setInputFiles(SEED);
  await page.locator('.source-row', { hasText: SEED_TITLE }).waitFor();
  await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
  await dragSelect(page, SEED_PASSAGE);
  await page.getByRole('button', { name: /New claim/ }).click();
  const statement = page.getByRole('textbox', { name: 'Statement' });
  await expect.poll(() => statement.inputValue()).toBe(SEED_PASSAGE);
  await statement.fill(SEED_STATEMENT);
  await page.getByRole('textbox', { name: 'Comment' }).click();
  await page.locator('.claim-card [data-save-state="saved"]').waitFor();
  const claimId = (await page.locator('.reader-doc mark[data-claim-id]').first().getAttribute('data-claim-id')) ?? '';
  expect(claimId).toMatch(/\S/);
  return claimId;
}

/**
 * The start of a brief suite: one session for the calling `describe` (`opened` gets it) and, as
 * its first test, the claim on the seed report (`claimMade` gets its id).
 */
export function briefSuite(name: string, opened: (session: AnalystSession) => void, claimMade: (claimId: string) => void): void {
  let page: Page;
  sessionForSuite(name, (session) => {
    page = session.page;
    opened(session);
  });
  it('makes a claim on the seed report', async () => claimMade(await makeSeedClaim(page)));
}

/** Runs `action`, then waits for the brief save it causes to be answered and shown as saved. */
export async function briefSavedAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/call/briefs.save') && r.ok());
  await action();
  await answered;
  await page.locator('.brief [data-save-state="saved"]').waitFor();
}

/** Reloads the page and opens the Brief view. */
export async function reloadBrief(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('tab', { name: 'Brief' }).click();
  await page.locator('.brief-doc').waitFor();
}
