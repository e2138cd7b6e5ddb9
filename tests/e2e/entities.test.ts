/**
 * The Entities view in Chromium over browser mode: the list by type with counts, the keyboard,
 * opening an entity's mention lands on its passage in the reader with its mentions marked, the
 * claims that mention it, and a rename (read back, then undone). Screenshots light and dark.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callBridge, FACT_SHEET, openAnalystSession, screenshotPath, SEED, SEED_TITLE, type AnalystSession } from './analyst-ui';

describe('the Entities view', () => {
  let session: AnalystSession;
  let page: Page;
  let khreninId = '';
  let khreninMentions = 0;
  const STATEMENT = 'Khrenin visited Cuba in January 2024';

  beforeAll(async () => {
    session = await openAnalystSession('entities');
    ({ page } = session);
    for (const path of [SEED, FACT_SHEET]) await callBridge(session.app, 'sources.import', { fileName: basename(path), data: readFileSync(path).toString('base64') });
    const seed = (await callBridge(session.app, 'sources.list', {})).sources.find((s) => s.title.includes(SEED_TITLE));
    await callBridge(session.app, 'claims.create', { sourceId: seed?.id ?? '', quote: 'Viktor Khrenin, visited Cuba', statement: STATEMENT });
    const khrenin = (await callBridge(session.app, 'entities.list', { type: 'person' })).entities.find((e) => e.name === 'Viktor Khrenin');
    khreninId = khrenin?.id ?? '';
    khreninMentions = khrenin?.mentions ?? 0;
    expect(khreninMentions).toBeGreaterThan(1);
    await page.reload();
    await page.locator('.source-row').first().waitFor();
  });

  afterAll(async () => {
    expect(session?.pageErrors ?? []).toEqual([]);
    await session?.close();
  });

  const row = (name: string) => page.locator('.entity-row', { has: page.locator('.entity-row__name', { hasText: new RegExp(`^${name}$`) }) });

  it('lists people, organisations and places with their mention and source counts', async () => {
    await page.getByRole('tab', { name: 'Entities' }).click();
    const list = page.getByRole('listbox', { name: 'Entities' });
    await list.waitFor();
    for (const heading of ['People', 'Organisations', 'Places']) await expect.poll(() => list.getByRole('heading', { name: new RegExp(heading) }).count()).toBe(1);
    await expect.poll(() => row('Viktor Khrenin').locator('.entity-row__counts').innerText()).toBe(`${khreninMentions} mentions · 1 source`);
    // Cuba is in both sources.
    await expect.poll(() => row('Cuba').locator('.entity-row__counts').innerText()).toMatch(/ · 2 sources$/);
  });

  it('moves through the list by keyboard, one Tab stop, and shows the chosen entity', async () => {
    await page.getByRole('searchbox', { name: 'Filter entities by name' }).fill('Khr');
    await expect.poll(() => page.locator('.entity-row').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Filter entities by name' }).fill('');
    await row('Viktor Khrenin').click();
    await expect.poll(() => page.locator('.entity-detail__name').innerText()).toBe('Viktor Khrenin');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.entity-detail__name').innerText()).not.toBe('Viktor Khrenin');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('option');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('.entity-detail__name').innerText()).toBe('Viktor Khrenin');
    await expect.poll(() => page.locator('.entity-claim').allInnerTexts()).toEqual([STATEMENT]);
    await page.screenshot({ path: screenshotPath('entities-view-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('entities-view-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('opens a mention in the reader at its passage, with the entity’s mentions marked', async () => {
    // Enter on the entity goes to its mentions; Enter on a mention opens the reader there.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('entity-mention__open'))).toBe(true);
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toMatch(/Khrenin/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(SEED_TITLE);
    await expect.poll(() => page.locator('.reader-doc .is-flashing').count()).toBeGreaterThan(0);
    expect(await page.locator('.reader-doc .is-flashing').first().innerText()).toContain('Khrenin');
    await expect.poll(() => page.locator('.entity-marks').innerText()).toContain(`${khreninMentions} mentions of Viktor Khrenin marked in this source`);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('casebook-entity')?.size ?? 0)).toBe(khreninMentions);
    const marked = await page.evaluate(() => [...(CSS.highlights.get('casebook-entity') ?? [])].map((r) => (r as Range).toString()));
    expect(new Set(marked)).toEqual(new Set(['Viktor Khrenin', 'Khrenin']));
    await page.screenshot({ path: screenshotPath('entities-reader-marks-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('entities-reader-marks-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Stop marking' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('casebook-entity'))).toBe(false);
  });

  it('filters the Claims table by the entity', async () => {
    await page.getByRole('tab', { name: 'Entities' }).click();
    await row('Viktor Khrenin').click();
    await page.getByRole('button', { name: 'Show in the Claims table' }).click();
    await page.getByRole('grid', { name: 'All claims' }).waitFor();
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toMatch(/^1 claim/);
    expect(await page.getByRole('combobox', { name: 'Entity' }).inputValue()).toBe(khreninId);
    await page.getByRole('combobox', { name: 'Entity' }).selectOption({ label: 'Cuba' });
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toMatch(/^1 claim/);
    await page.getByRole('combobox', { name: 'Entity' }).selectOption({ label: 'Havana' });
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toMatch(/^(0|No) claims/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toMatch(/^1 claim/);
  });

  it('renames an entity (kept in the notebook) and undoes it from the message', async () => {
    await page.getByRole('tab', { name: 'Entities' }).click();
    await row('Viktor Khrenin').click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('Viktor Khrenin (defence minister)');
    await name.press('Enter');
    await expect.poll(async () => (await callBridge(session.app, 'entities.get', { id: khreninId })).entity.name).toBe('Viktor Khrenin (defence minister)');
    await expect.poll(() => page.locator('.entity-detail__name').innerText()).toBe('Viktor Khrenin (defence minister)');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await callBridge(session.app, 'entities.get', { id: khreninId })).entity.name).toBe('Viktor Khrenin');
  });
});
