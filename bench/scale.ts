/**
 * The library at scale, in Chromium over the bridge (browser mode), on a generated notebook of
 * 10,000 sources and 50,000 claims (made once, cached in the temp folder):
 *  1. navigation → first library row visible (target ≤ 1 s), beside a plain list of the same rows;
 *  2. a keystroke in the filter → the list and its count updated (target ≤ 50 ms), beside the bare SQL;
 *  3. scrolling the library with the wheel and the keyboard: the longest gap between frames
 *     (target: none over 50 ms), beside a plain list of all 10,000 rows;
 *  4. opening a 5,000-word source with its claims (target ≤ 300 ms), beside the bare data calls;
 *  5. `search.query` end to end over HTTP (target ≤ 100 ms), beside the bare FTS5 query.
 *
 *   node --import tsx bench/scale.ts
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { needsBuild, runBuild } from '../scripts/lib/build.mjs';
import { startBridge, type Bridge } from '../src-main/bridge/server';
import { countSources, listSources } from '../src-main/store/source-list';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/harness';
import { LONG_TITLE, scaleNotebookFile } from '../tests/scale-notebook';
import { armKeystroke, FIRST_ROW_WATCH, FRAMES_START, FRAMES_STOP, openSourceTimed, plainList } from './scale-page';
import { figures, type Figures, fmt, isMain, timeMs } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SPEC = { sources: 10_000, claims: 50_000, longWords: 5_000 };
const ROUNDS = 5;
const FILTER_WORDS = ['minister', 'tanker', 'havana', 'attaché'];
const SEARCHES = ['Havana', 'missile systems', 'delegation', 'tanker port', 'Polonez', 'ambassador Minsk', 'intelligence', 'naval'];


export interface ScaleBenchResult {
  /** The machine's 1-minute load average when the bench started, and its cores: figures from a busy machine read high. */
  load: { average: number; cores: number };
  sources: number;
  claims: number;
  firstRowMs: Figures;
  plainFirstPageMs: Figures;
  plainAllRowsMs: Figures;
  filterKeystrokeMs: Figures;
  filterBareSqlMs: Figures;
  scrollFrameGapMs: Figures & { wheel: number; keyboard: number; over50: number };
  plainScrollFrameGapMs: Figures & { over50: number };
  openLongSourceMs: Figures;
  /** Click → the last of its data calls answered (the rest is rendering). */
  openDataMs: Figures;
  openBareCallsMs: Figures;
  longSourceClaims: number;
  searchHttpMs: Figures;
  searchBareFtsMs: Figures;
}

async function firstRow(page: Page, url: string): Promise<number[]> {
  await page.addInitScript(FIRST_ROW_WATCH);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(round === 0 ? url : 'about:blank');
    if (round > 0) await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstRowMs?: number }).__firstRowMs !== undefined, null, { timeout: 30_000 });
    samples.push(await page.evaluate<number>('window.__firstRowMs'));
  }
  return samples;
}

function footerFor(db: Database.Database, filter: string): string {
  const n = countSources(db, filter);
  const all = countSources(db);
  return filter.trim() && n !== all ? `${n.toLocaleString('en-US')} of ${all.toLocaleString('en-US')} match` : `${n.toLocaleString('en-US')} sources`;
}

async function filterKeystrokes(page: Page, db: Database.Database): Promise<{ app: number[]; bare: number[] }> {
  const box = page.getByRole('searchbox', { name: 'Filter sources' });
  const app: number[] = [];
  const bare: number[] = [];
  for (const word of FILTER_WORDS) {
    await box.fill('');
    await page.locator('.library__footer', { hasText: footerFor(db, '') }).waitFor();
    await box.focus();
    let previous = footerFor(db, '');
    for (let i = 1; i <= word.length; i++) {
      const typed = word.slice(0, i);
      const expected = footerFor(db, typed);
      bare.push(timeMs(() => (listSources(db, { filter: typed, limit: 100 }), countSources(db, typed))));
      if (expected === previous) {
        await page.keyboard.type(word[i - 1]);
        continue;
      }
      await page.evaluate(armKeystroke(expected));
      await page.keyboard.type(word[i - 1]);
      app.push(await page.evaluate<number>('window.__keystroke'));
      previous = expected;
    }
  }
  await box.fill('');
  return { app, bare };
}

async function scrollGaps(page: Page): Promise<{ wheel: number[]; keyboard: number[] }> {
  const list = page.locator('.library__list-wrap');
  await list.hover();
  await page.evaluate(FRAMES_START);
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  const wheel = await page.evaluate<number[]>(FRAMES_STOP);
  await page.getByRole('combobox', { name: 'Sort sources' }).focus();
  await page.keyboard.press('Tab');
  await page.evaluate(FRAMES_START);
  for (let i = 0; i < 40; i++) await page.keyboard.press(i % 10 === 9 ? 'End' : 'PageDown', { delay: 20 });
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  const keyboard = await page.evaluate<number[]>(FRAMES_STOP);
  return { wheel, keyboard };
}

async function plainScrollGaps(page: Page): Promise<number[]> {
  await page.locator('.plain-list').hover();
  await page.evaluate(FRAMES_START);
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  return page.evaluate<number[]>(FRAMES_STOP);
}

async function openLong(page: Page, bridge: Bridge, claims: number): Promise<{ app: number[]; data: number[]; bare: number[] }> {
  const box = page.getByRole('searchbox', { name: 'Filter sources' });
  await box.fill('Long report');
  await page.locator('.source-row', { hasText: LONG_TITLE }).waitFor();
  await box.fill('Reuters 0000');
  await page.locator('.library__footer', { hasText: 'match' }).waitFor();
  const other = (await page.locator('.source-row__title').first().innerText()).trim();
  const app: number[] = [];
  const data: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await box.fill('Reuters 0000');
    await page.locator('.source-row', { hasText: other }).click();
    await page.locator('.source-header__title', { hasText: other }).waitFor();
    await box.fill('Long report');
    await page.locator('.source-row', { hasText: LONG_TITLE }).waitFor();
    await page.waitForTimeout(150);
    const timed = await page.evaluate<{ total: number; data: number }>(openSourceTimed(LONG_TITLE, claims));
    app.push(timed.total);
    data.push(timed.data);
  }
  const id = await page.locator('.source-row', { hasText: LONG_TITLE }).getAttribute('data-source-id');
  const bare: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    await Promise.all([callHttp(bridge, 'sources.get', { id }), callHttp(bridge, 'claims.list', { sourceId: id })]);
    bare.push(performance.now() - t0);
  }
  return { app, data, bare };
}

async function callHttp(bridge: Bridge, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${bridge.port}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

async function search(bridge: Bridge, db: Database.Database): Promise<{ http: number[]; bare: number[] }> {
  const http: number[] = [];
  const bare: number[] = [];
  const fts = db.prepare('SELECT ref_id, snippet(search_index, 2, \'[\', \']\', \'…\', 12) AS s FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 30');
  for (let round = 0; round < 3; round++) {
    for (const query of SEARCHES) {
      const t0 = performance.now();
      await callHttp(bridge, 'search.query', { query, limit: 30 });
      http.push(performance.now() - t0);
      const phrase = query.split(' ').map((w) => `"${w}"`).join(' ');
      bare.push(timeMs(() => fts.all(phrase)));
    }
  }
  return { http, bare };
}

export async function benchScale(): Promise<ScaleBenchResult> {
  if (needsBuild('renderer')) {
    const code = await runBuild('renderer');
    if (code !== 0) throw new Error(`building the renderer failed (exit ${code})`);
  }
  const load = { average: loadavg()[0], cores: availableParallelism() };
  const temp = mkdtempSync(join(tmpdir(), 'casebook-bench-scale-'));
  const path = scaleNotebookFile(SPEC, join(temp, 'scale.sqlite'));
  const db = new Database(path, { readonly: true });
  let bridge: Bridge | undefined;
  let browser: Browser | undefined;
  try {
    const longId = (db.prepare('SELECT id FROM sources WHERE title = ?').get(LONG_TITLE) as { id: string }).id;
    const longClaims = (db.prepare('SELECT count(*) AS n FROM claims WHERE source_id = ?').get(longId) as { n: number }).n;
    bridge = await startBridge({ notebookPath: path, rendererDir: join(ROOT, 'out', 'renderer'), host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const first = await firstRow(page, bridge.url);
    const filter = await filterKeystrokes(page, db);
    const scroll = await scrollGaps(page);
    const open = await openLong(page, bridge, longClaims);
    const found = await search(bridge, db);

    const plain = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await plain.goto(bridge.url);
    await plain.locator('.source-row').first().waitFor();
    const plainFirst: number[] = [];
    const plainAll: number[] = [];
    for (let round = 0; round < ROUNDS; round++) plainFirst.push(await plain.evaluate<number>(plainList(bridge.token, 100)));
    for (let round = 0; round < 3; round++) plainAll.push(await plain.evaluate<number>(plainList(bridge.token, null)));
    const plainGaps = await plainScrollGaps(plain);

    const gaps = [...scroll.wheel, ...scroll.keyboard];
    return {
      load,
      sources: SPEC.sources,
      claims: SPEC.claims,
      firstRowMs: figures(first),
      plainFirstPageMs: figures(plainFirst),
      plainAllRowsMs: figures(plainAll),
      filterKeystrokeMs: figures(filter.app),
      filterBareSqlMs: figures(filter.bare),
      scrollFrameGapMs: { ...figures(gaps), wheel: Math.max(...scroll.wheel), keyboard: Math.max(...scroll.keyboard), over50: gaps.filter((g) => g > 50).length },
      plainScrollFrameGapMs: { ...figures(plainGaps), over50: plainGaps.filter((g) => g > 50).length },
      openLongSourceMs: figures(open.app),
      openDataMs: figures(open.data),
      openBareCallsMs: figures(open.bare),
      longSourceClaims: longClaims,
      searchHttpMs: figures(found.http),
      searchBareFtsMs: figures(found.bare),
    };
  } finally {
    await browser?.close();
    await bridge?.close();
    db.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

export function printScale(r: ScaleBenchResult): void {
  const check = (value: number, target: number) => (value <= target ? 'ok' : 'OVER TARGET');
  const row = (what: string, f: Figures, target: string, verdict: string, baseline: string) =>
    console.log(`  ${what.padEnd(44)} median ${fmt(f.median, 1).padStart(7)}  p95 ${fmt(f.p95, 1).padStart(7)}  max ${fmt(f.max, 1).padStart(7)} ms  (${f.samples})  ${target.padEnd(8)} ${verdict.padEnd(11)} ${baseline}`);
  console.log(`  ${r.sources.toLocaleString('en-US')} sources, ${r.claims.toLocaleString('en-US')} claims, in Chromium over the bridge (load average ${fmt(r.load.average, 1)} on ${r.load.cores} cores)`);
  row('navigation → first library row', r.firstRowMs, '≤ 1000', check(r.firstRowMs.median, 1000), `plain list of the first 100 rows: ${fmt(r.plainFirstPageMs.median, 1)} ms; of all ${r.sources}: ${fmt(r.plainAllRowsMs.median, 0)} ms`);
  row('filter keystroke → list and count updated', r.filterKeystrokeMs, '≤ 50', check(r.filterKeystrokeMs.p95, 50), `bare SQL (page + count): median ${fmt(r.filterBareSqlMs.median, 2)} ms, p95 ${fmt(r.filterBareSqlMs.p95, 2)} ms`);
  row('scrolling: gap between frames', r.scrollFrameGapMs, 'max ≤ 50', check(r.scrollFrameGapMs.max, 50), `${r.scrollFrameGapMs.over50} frames over 50 ms; wheel max ${fmt(r.scrollFrameGapMs.wheel, 1)}, keys max ${fmt(r.scrollFrameGapMs.keyboard, 1)}; plain list of all rows: max ${fmt(r.plainScrollFrameGapMs.max, 1)} ms, ${r.plainScrollFrameGapMs.over50} over 50 ms`);
  row(`open the 5,000-word source (${r.longSourceClaims} claims)`, r.openLongSourceMs, '≤ 300', check(r.openLongSourceMs.median, 300), `data in after ${fmt(r.openDataMs.median, 0)} ms (median); bare sources.get + claims.list over HTTP: ${fmt(r.openBareCallsMs.median, 1)} ms`);
  row('search.query over HTTP', r.searchHttpMs, '≤ 100', check(r.searchHttpMs.p95, 100), `bare FTS5 query: median ${fmt(r.searchBareFtsMs.median, 2)} ms, p95 ${fmt(r.searchBareFtsMs.p95, 2)} ms`);
}

if (isMain(import.meta.url)) {
  const result = await benchScale();
  printScale(result);
}
