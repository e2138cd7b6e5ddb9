/**
 * The evidence map in Chromium over browser mode: a notebook of three real sources with claims and
 * evidence links made through the bridge's API; the Map view drawn (light and dark screenshots),
 * hover, the keyboard list synced with the canvas, an evidence edge followed to the reader (from
 * the list and from the canvas), filters, and the two-hop focus checked against the API's data.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { callBridge, FACT_SHEET, FACT_SHEET_EVIDENCE, sessionForSuite, screenshotPath, SEED, SEED_PASSAGE, type AnalystSession } from './analyst-ui';

const BELARUS = fixture('topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md');
const BELARUS_PASSAGE = 'Armed Forces of Belarus';

/** Where an element of the map is drawn, in page coordinates (cytoscape keeps its instance on its container). */
async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const box = document.querySelector('.map-canvas__cy') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
    const cy = box._cyreg.cy;
    const element = cy.getElementById(elementId);
    const rect = box.getBoundingClientRect();
    if (element.isNode()) return { x: rect.left + element.renderedPosition().x, y: rect.top + element.renderedPosition().y };
    // A point of the edge away from every node (a click there hits the edge).
    const edge = cy.getElementById(elementId) as unknown as import('cytoscape').EdgeSingular;
    const a = edge.source().renderedPosition();
    const b = edge.target().renderedPosition();
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      const covered = cy.nodes().some((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false });
        return p.x >= bb.x1 - 4 && p.x <= bb.x2 + 4 && p.y >= bb.y1 - 4 && p.y <= bb.y2 + 4;
      });
      if (!covered) return { x: rect.left + p.x, y: rect.top + p.y };
    }
    throw new Error('no free point on the edge');
  }, id);
}

const selectedOnCanvas = (page: Page) =>
  page.evaluate(() => (document.querySelector('.map-canvas__cy') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy.$(':selected').map((e) => e.id()));

describe('evidence map', () => {
  let session: AnalystSession;
  let page: Page;
  const ids: Record<string, string> = {};
  const api = <T = Record<string, unknown>>(method: string, input: unknown) => callBridge(session.app, method, input) as Promise<T>;
  const importFile = async (path: string) => (await api<{ source: { id: string } }>('sources.import', { fileName: basename(path), data: readFileSync(path).toString('base64') })).source.id;
  const claim = async (key: string, input: Record<string, unknown>) => (ids[key] = (await api<{ claim: { id: string } }>('claims.create', input)).claim.id);
  const link = async (key: string, input: Record<string, unknown>) => (ids[key] = (await api<{ link: { id: string } }>('evidence.link', input)).link.id);
  const list = () => page.getByRole('listbox', { name: /^Map/ });
  const selectedRow = async () => (await list().locator('[aria-selected=true]').getAttribute('aria-label')) ?? '';
  const drawn = () => page.locator('.map-canvas__cy[data-ready=true]').waitFor();

  sessionForSuite('map', async (opened) => {
    session = opened;
    page = opened.page;
    ids.seed = await importFile(SEED);
    ids.fact = await importFile(FACT_SHEET);
    ids.belarus = await importFile(BELARUS);
    await api('sources.update', { id: ids.seed, patch: { reliability: 'B' } });
    await api('sources.update', { id: ids.fact, patch: { reliability: 'D' } });
    await claim('range', { sourceId: ids.seed, quote: SEED_PASSAGE, statement: 'Polonez-M missiles reach 300 km', status: 'disputed', credibility: 3, tags: ['Polonez'] });
    await claim('borchuk', { sourceId: ids.seed, quote: 'Vitaly Borchuk', occurrence: 1, statement: 'Borchuk is the ambassador', status: 'supported', credibility: 1 });
    await claim('regime', { sourceId: ids.fact, quote: 'The Cuban regime aligns itself', statement: 'Cuba aligns with hostile countries', status: 'unassessed' });
    await claim('army', { sourceId: ids.belarus, quote: BELARUS_PASSAGE, occurrence: 1, statement: 'Belarus has armed forces', status: 'refuted', credibility: 5 });
    await link('contradicts', { claimId: ids.range, sourceId: ids.fact, quote: FACT_SHEET_EVIDENCE, relation: 'contradicts' });
    await link('supports', { claimId: ids.range, sourceId: ids.belarus, quote: BELARUS_PASSAGE, occurrence: 1, relation: 'supports' });
    await link('context', { claimId: ids.borchuk, sourceId: ids.fact, relation: 'context' });
    await page.reload();
    await page.locator('.source-row').first().waitFor();
  }, { noPageErrors: true });

  it('draws sources, claims and links, with a legend, in light and dark', async () => {
    await page.getByRole('tab', { name: 'Map' }).click();
    await drawn();
    await expect.poll(() => page.locator('.map-view__count').innerText()).toBe('4 claims · 3 sources · 3 evidence links');
    for (const words of ['Supports (solid)', 'Contradicts (dashed)', 'Context (dotted)', 'Disputed', '[A]']) await page.locator('.map-legend').getByText(words, { exact: true }).first().waitFor();
    await page.screenshot({ path: screenshotPath('map-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    await page.screenshot({ path: screenshotPath('map-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows a claim’s statement on hover', async () => {
    const at = await pointOf(page, `c:${ids.range}`);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.getByRole('tooltip').innerText()).toContain('Claim, Disputed, credibility 3 (Possibly true): Polonez-M missiles reach 300 km');
    await page.mouse.move(5, 400);
  });

  it('moves through the list by keyboard, the canvas selecting the same, and follows an evidence link to the reader', async () => {
    await list().focus();
    await page.keyboard.press('Home');
    expect(await selectedRow()).toMatch(/^Source/);
    await page.keyboard.press('ArrowDown');
    const first = await selectedRow();
    expect(first).toMatch(/^Claim/);
    expect((await selectedOnCanvas(page))[0]).toMatch(/^c:/);
    // Down to the "contradicts" link of the Polonez claim.
    for (let i = 0; i < 20 && !(await selectedRow()).startsWith('Contradicts'); i++) await page.keyboard.press('ArrowDown');
    expect(await selectedRow()).toContain('Contradicts — evidence in Fact Sheet');
    expect(await selectedOnCanvas(page)).toEqual([`e:${ids.contradicts}`]);
    // Sighted keyboard users read the whole of it under the list.
    expect(await page.locator('.map-view__detail').innerText()).toContain(`“${FACT_SHEET_EVIDENCE}”`);
    await page.screenshot({ path: screenshotPath('map-keyboard') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain('Fact Sheet');
    await expect.poll(() => page.locator('.reader-doc .is-flashing').first().innerText()).toContain(FACT_SHEET_EVIDENCE);
    await page.locator(`.reader-doc mark[data-evidence-ids~="${ids.contradicts}"]`).first().waitFor();
  });

  it('follows an edge clicked on the canvas to its passage in the reader', async () => {
    await page.getByRole('tab', { name: 'Map' }).click();
    await drawn();
    const at = await pointOf(page, `e:${ids.supports}`);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.source-header__title').innerText()).toContain('Armed Forces of Belarus');
    await expect.poll(() => page.locator('.reader-doc .is-flashing').first().innerText()).toContain(BELARUS_PASSAGE);
  });

  it('opens a claim clicked on the canvas in the claims pane', async () => {
    await page.getByRole('tab', { name: 'Map' }).click();
    await drawn();
    const at = await pointOf(page, `c:${ids.regime}`);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('.pane--claims').getByLabel('Statement').inputValue()).toBe('Cuba aligns with hostile countries');
    expect(await selectedRow()).toContain('Cuba aligns with hostile countries');
  });

  it('filters by status, tag and source', async () => {
    const count = () => page.locator('.map-view__count').innerText();
    await page.getByLabel('Map status').selectOption('disputed');
    await expect.poll(count).toBe('1 claim · 3 sources · 2 evidence links');
    await page.getByLabel('Map status').selectOption('');
    await page.getByLabel('Map tag').selectOption('Polonez');
    await expect.poll(count).toBe('1 claim · 3 sources · 2 evidence links');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Map source').selectOption(ids.belarus);
    // The claim quoted in it and the claim citing it.
    await expect.poll(count).toBe('2 claims · 3 sources · 2 evidence links');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(count).toBe('4 claims · 3 sources · 3 evidence links');
  });

  it('shows the entities the claims mention when asked, joined to those claims', async () => {
    const count = () => page.locator('.map-view__count').innerText();
    const graph = await api<{ nodes: { kind: string; label: string }[]; edges: { kind: string }[] }>('map.graph', { entities: true });
    const entityCount = graph.nodes.filter((n) => n.kind === 'entity').length;
    expect(graph.nodes.filter((n) => n.kind === 'entity').map((n) => n.label)).toContain('Vitaly Borchuk');
    await page.getByLabel('Show entities').check();
    await expect.poll(count).toBe(`4 claims · 3 sources · 3 evidence links · ${entityCount} ${entityCount === 1 ? 'entity' : 'entities'}`);
    await drawn();
    await list().getByRole('option', { name: 'Entity (person): Vitaly Borchuk' }).waitFor();
    await page.locator('.map-legend').getByText('a person, organisation or place a claim mentions').waitFor();
    await page.screenshot({ path: screenshotPath('map-entities') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    await page.screenshot({ path: screenshotPath('map-entities-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    // Renaming an entity redraws it under its new name.
    const borchuk = (await api<{ entities: { id: string; name: string }[] }>('entities.list', {})).entities.find((e) => e.name === 'Vitaly Borchuk')!;
    await api('entities.rename', { id: borchuk.id, name: 'Ambassador Borchuk' });
    await list().getByRole('option', { name: 'Entity (person): Ambassador Borchuk' }).waitFor();
    // Opening it shows the passage of a claim mentioning it, its mentions marked in the reader.
    await list().getByRole('option', { name: 'Entity (person): Ambassador Borchuk' }).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('region', { name: 'Entity marked in the text' }).innerText()).toMatch(/mentions? of Ambassador Borchuk marked in this source/);
    await page.getByRole('button', { name: 'Stop marking' }).click();
    await page.getByRole('tab', { name: 'Map' }).click();
    await drawn();
    await page.getByLabel('Show entities').uncheck();
    await expect.poll(count).toBe('4 claims · 3 sources · 3 evidence links');
  });

  it('focuses on one claim’s two-hop neighbourhood and goes back', async () => {
    const graph = await api<{ nodes: { id: string }[] }>('map.graph', { focusClaimId: ids.regime });
    await list().focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 20 && !(await selectedRow()).includes('Cuba aligns'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('f');
    await page.getByText('Two hops around “Cuba aligns with hostile countries”').waitFor();
    await drawn();
    // Two hops from the claim: its source (the fact sheet), then the claims quoted in it or citing it.
    const expected = [ids.regime, ids.range, ids.borchuk].map((id) => `c:${id}`).concat(`s:${ids.fact}`).sort();
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(expected);
    await expect.poll(() => list().getByRole('option').count()).toBe(expected.length + 2);
    await page.screenshot({ path: screenshotPath('map-focus') });
    await page.getByRole('button', { name: 'Back to the whole map' }).click();
    await expect.poll(() => page.locator('.map-view__count').innerText()).toBe('4 claims · 3 sources · 3 evidence links');
  });

  it('sums the case up, each number opening the Claims view filtered to the claims it counts', async () => {
    await page.getByRole('tab', { name: 'Summary' }).click();
    await expect.poll(() => page.locator('.summary-view__totals').innerText()).toBe('4 claims · 3 sources · 3 evidence links');
    await page.screenshot({ path: screenshotPath('summary-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('summary-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    const statements = () => page.locator('.ct-row:not(.ct-row--head) .ct-cell--statement').allInnerTexts();

    // The regime and army claims have no link; Borchuk's cites the fact sheet alone; the Polonez claim cites two sources.
    await page.getByRole('button', { name: 'Show the 1 claim resting on one source' }).click();
    await page.getByRole('grid', { name: 'All claims' }).waitFor();
    await expect.poll(statements).toEqual(['Borchuk is the ambassador']);
    expect(await page.getByLabel('Evidence support').inputValue()).toBe('oneSource');

    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Show the 2 claims with no evidence' }).click();
    await expect.poll(async () => (await statements()).sort()).toEqual(['Belarus has armed forces', 'Cuba aligns with hostile countries']);

    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Show the 1 claim disputed' }).click();
    await expect.poll(statements).toEqual(['Polonez-M missiles reach 300 km']);

    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Show the 2 claims quoted in the 1 source graded B' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await statements()).sort()).toEqual(['Borchuk is the ambassador', 'Polonez-M missiles reach 300 km']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.claims-view__total').innerText()).toBe('4 claims');
  });
});
