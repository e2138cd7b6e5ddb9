/**
 * The Analysis view in Chromium over browser mode: an ACH matrix built with the keyboard (create,
 * add claims by search and from the claims pane, rate by typing, relevance, a note, clearing),
 * the scores checked against hand-computed values, and everything read back through the API.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callBridge, sessionForSuite, openSource, screenshotPath, SEED, SEED_TITLE, type AnalystSession } from './analyst-ui';

describe('the Analysis view: an ACH matrix by keyboard', () => {
  let session: AnalystSession;
  let page: Page;
  const ids: Record<string, string> = {};
  const api = <T = Record<string, unknown>>(method: string, input: unknown) => callBridge(session.app, method, input) as Promise<T>;
  const scores = () => page.locator('[data-testid=ach-score]').allInnerTexts();
  const cell = (row: number, col: number) => page.locator(`[role=grid] [data-cell="${row}:${col}"]`);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
  /** Presses the keys one after the other. */
  const press = async (...keys: string[]) => {
    for (const key of keys) await page.keyboard.press(key);
  };

  sessionForSuite('analysis', async (opened) => {
    session = opened;
    page = opened.page;
    const seedId = (await api<{ source: { id: string } }>('sources.import', { fileName: basename(SEED), data: readFileSync(SEED).toString('base64') })).source.id;
    const make = async (key: string, quote: string, statement: string, credibility: number) => {
      ids[key] = (await api<{ claim: { id: string } }>('claims.create', { sourceId: seedId, quote, occurrence: 1, statement, credibility })).claim.id;
    };
    // Credibility 2 → high, 4 → low, 3 → medium (the source is graded F: not judged).
    await make('ally', 'reliable ally of Havana', 'Minsk calls itself a reliable ally of Havana', 2);
    await make('military', 'military cooperation is becoming increasingly evident', 'Military cooperation is increasingly evident', 4);
    await make('trade', 'traditional trade and humanitarian exchanges', 'Cooperation goes beyond trade and humanitarian exchanges', 3);
    await page.reload();
    await page.locator('.source-row').first().waitFor();
  }, { noPageErrors: true });

  it('creates an analysis from the keyboard', async () => {
    await page.getByRole('tab', { name: 'Analysis' }).click();
    await page.getByRole('textbox', { name: 'Question' }).focus();
    await page.keyboard.type('Why is Minsk courting Havana?');
    await press('Tab');
    await page.keyboard.type('Arms and military ties');
    await press('Enter');
    await page.keyboard.type('Trade and aid only');
    await press('Tab', 'Enter');
    await expect.poll(() => page.locator('.ach-main__header .pane-header__title').innerText()).toBe('Why is Minsk courting Havana?');
    await expect.poll(() => page.locator('.ach-list__item').count()).toBe(1);
  });

  it('adds claims by search (↓ Enter) and from the claims pane (Add to analysis…)', async () => {
    const search = page.getByRole('searchbox', { name: 'Add claims: find them by their words' });
    for (const words of ['reliable ally', 'military cooperation']) {
      await search.fill(words);
      await page.locator('.ach-add__result').first().waitFor();
      await search.focus();
      await press('ArrowDown', 'Enter');
      await expect.poll(() => page.locator('[role=grid] tbody tr').count()).toBe(words === 'reliable ally' ? 1 : 2);
    }
    await search.fill('');

    await page.getByRole('tab', { name: 'Reader' }).click();
    await openSource(page, SEED_TITLE);
    await page.locator(`.claim-row[data-claim-id="${ids.trade}"]`).click();
    await page.getByRole('button', { name: 'Add to analysis…' }).click();
    await page.getByRole('button', { name: 'Why is Minsk courting Havana?' }).click();
    await page.locator('.toast').getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => page.locator('[role=grid] tbody tr').count()).toBe(3);
    const view = await api<{ rows: { claimId: string }[] }>('analyses.get', { id: (await api<{ analyses: { id: string }[] }>('analyses.list', {})).analyses[0].id });
    expect(view.rows.map((r) => r.claimId)).toEqual([ids.ally, ids.military, ids.trade]);
  });

  it('rates by typing, and the scores follow at once', async () => {
    // Row 0 (ally): relevance high (H), H1 CC (C twice), H2 II (I twice).
    await cell(0, 1).click();
    await press('h');
    await expect.poll(() => cell(0, 1).innerText()).toBe('high');
    await press('ArrowRight', 'ArrowRight');
    expect(await focused()).toBe('0:3');
    await page.keyboard.type('cc');
    await expect.poll(() => cell(0, 3).innerText()).toBe('CC');
    await press('ArrowRight');
    await page.keyboard.type('ii');
    await expect.poll(() => cell(0, 4).innerText()).toBe('II');
    // H2 = √2 (credibility high) × √2 (relevance high) × −2 = −4.
    await expect.poll(scores).toEqual(['0 (0)', '-4.00 (1)']);

    // Row 1 (military, credibility low): H1 I (4), H2 C (2).
    await press('ArrowDown', 'ArrowLeft');
    expect(await focused()).toBe('1:3');
    await press('4', 'ArrowRight', '2');
    await expect.poll(() => cell(1, 4).innerText()).toBe('C');
    // H1 = 1/√2 × 1 × −1 = −0.71.
    await expect.poll(scores).toEqual(['-0.71 (1)', '-4.00 (1)']);

    // Row 2 (trade): C for both: not diagnostic, dimmed.
    await press('ArrowDown');
    await page.keyboard.type('c');
    await press('ArrowLeft');
    await page.keyboard.type('c');
    await expect.poll(() => page.locator('[role=grid] tbody tr').nth(2).getAttribute('class')).toContain('ach-row--flat');
    expect(await page.locator('[role=grid] tbody tr').nth(0).getAttribute('class')).not.toContain('ach-row--flat');

    // H1 leads; without the ally row H2 (0) would lead: that row is sensitive.
    expect(await page.locator('thead .ach-lead').innerText()).toContain('Arms and military ties');
    await expect.poll(() => page.locator('.ach-summary').innerText()).toContain('The lead hangs on one row');
    expect(await page.locator('[role=grid] tbody tr').nth(0).getAttribute('class')).toContain('ach-row--sensitive');
  });

  it('Enter edits a cell’s note, Delete clears a rating, and the sort by diagnosticity reorders', async () => {
    await cell(1, 3).click();
    await press('Enter');
    await page.keyboard.type('Only one report says so');
    await press('Enter');
    await expect.poll(focused).toBe('1:3');
    expect(await cell(1, 3).getAttribute('aria-label')).toBe('H1: Inconsistent. Note: Only one report says so');

    await press('ArrowDown', 'Delete');
    await expect.poll(() => cell(2, 3).innerText()).toBe('·');

    await page.getByRole('button', { name: 'Sort by diagnosticity' }).click();
    // Spreads: ally CC…II = 4, military I…C = 2, trade (one rating) 0.
    await expect.poll(() => page.locator('[role=grid] tbody th .ach-grid__statement').allInnerTexts()).toEqual([
      'Minsk calls itself a reliable ally of Havana',
      'Military cooperation is increasingly evident',
      'Cooperation goes beyond trade and humanitarian exchanges',
    ]);

    const { analyses } = await api<{ analyses: { id: string }[] }>('analyses.list', {});
    const view = await api<{
      analysis: { hypotheses: { id: string }[] };
      rows: { claimId: string; relevance: string; ratings: Record<string, string>; cellNotes: Record<string, string> }[];
      scores: { weighted: number }[];
      sensitive: string[];
    }>('analyses.get', { id: analyses[0].id });
    const [h1, h2] = view.analysis.hypotheses.map((h) => h.id);
    expect(view.rows.map((r) => [r.relevance, r.ratings])).toEqual([
      ['high', { [h1]: 'CC', [h2]: 'II' }],
      ['medium', { [h1]: 'I', [h2]: 'C' }],
      ['medium', { [h2]: 'C' }],
    ]);
    expect(view.rows[1].cellNotes).toEqual({ [h1]: 'Only one report says so' });
    expect(view.scores[0].weighted).toBeCloseTo(-Math.SQRT1_2, 10);
    expect(view.scores[1].weighted).toBeCloseTo(-4, 10);
    expect(view.sensitive).toEqual([ids.ally]);
  });

  it('Delete on a row’s text asks before removing a rated row; Escape keeps it', async () => {
    // Sorted by diagnosticity, the trade row (one rating) is last.
    await cell(2, 0).click();
    await press('Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Remove this row?' });
    await confirm.waitFor();
    await press('Escape');
    await expect.poll(focused).toBe('2:0');
    expect(await page.locator('[role=grid] tbody tr').count()).toBe(3);
    await press('Delete');
    await confirm.getByRole('button', { name: 'Remove row' }).click();
    await expect.poll(() => page.locator('[role=grid] tbody tr').count()).toBe(2);
    const { analyses } = await api<{ analyses: { id: string; rows: number }[] }>('analyses.list', {});
    expect(analyses[0].rows).toBe(2);
    // The claim stays in the notebook.
    expect((await api<{ claim: { id: string } }>('claims.get', { id: ids.trade })).claim.id).toBe(ids.trade);
  });

  it('exports a brief with the matrix from the Export dialog', async () => {
    await page.locator('.topbar').getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    await dialog.getByRole('checkbox', { name: /Analyses of competing hypotheses/ }).check();
    await page.screenshot({ path: screenshotPath('analysis-export-dialog') });
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Export…' }).focus();
    await press('Enter');
    const text = readFileSync((await (await download).path()) as string, 'utf8');
    expect(text).toContain('## Analyses of competing hypotheses');
    expect(text).toContain('|   | Weighted inconsistency score |   |   | \\-0.71 | \\-4.00 |');
    await press('Escape');
  });

  it('renames, adds and removes hypotheses from the keyboard', async () => {
    await page.locator('.ach-hypotheses > summary').focus();
    await press('Enter');
    const h2 = page.getByRole('textbox', { name: 'Hypothesis H2' });
    await h2.fill('Trade, aid and prestige');
    await press('Enter');
    await expect.poll(() => page.locator('thead th').nth(4).innerText()).toContain('Trade, aid and prestige');
    await page.getByRole('textbox', { name: 'Another hypothesis' }).fill('Symbolic politics');
    await press('Enter');
    await expect.poll(() => page.locator('thead th').count()).toBe(6);
    await page.getByRole('button', { name: 'Remove hypothesis H3' }).click();
    await expect.poll(() => page.locator('thead th').count()).toBe(5);
    const { analyses } = await api<{ analyses: { id: string }[] }>('analyses.list', {});
    const view = await api<{ analysis: { hypotheses: { label: string }[] } }>('analyses.get', { id: analyses[0].id });
    expect(view.analysis.hypotheses.map((h) => h.label)).toEqual(['Arms and military ties', 'Trade, aid and prestige']);
    // With two left, neither can go.
    expect(await page.getByRole('button', { name: 'Remove hypothesis H1' }).isDisabled()).toBe(true);
  });

  it('screenshots, light and dark', async () => {
    await cell(0, 3).focus();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: screenshotPath('analysis-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('analysis-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
