/**
 * The evidence map at 2,000 claims and 4,000 evidence links, in Chromium over the bridge:
 *  1. Map tab clicked → the map drawn (the frame after cytoscape's first render with every
 *     element): the first time (map.graph fetched) and again (its answer cached), beside the bare
 *     map.graph call over HTTP;
 *  2. the gaps between animation frames while zooming and panning (programmatically, one step a
 *     frame, and with the mouse wheel): the frame time of interaction.
 * The notebook is made through the API (10 real fixtures; claims and links by claims.create and
 * evidence.link). Screenshots of the map at that size, light and dark, go to test-results/screenshots/.
 *
 *   node --import tsx bench/map.ts
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { needsBuild, runBuild } from '../scripts/lib/build.mjs';
import { createApi } from '../src-main/api/dispatch';
import { startBridge, type Bridge } from '../src-main/bridge/server';
import { openNotebook } from '../src-main/store/db';
import { ok } from '../tests/api-call';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/harness';
import { FIXTURES, seededRandom, tempDir } from '../tests/helpers';
import { MAP_FIRST_PAINT, zoomPanScript } from './map-page';
import { FRAMES_START, FRAMES_STOP } from './scale-page';
import { figures, type Figures, fmt, isMain, percentile } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLAIMS = 2000;
const LINKS = 4000;
const ROUNDS = 4;

function screenshotPath(name: string): string {
  const dir = join(ROOT, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}


export interface MapBenchResult {
  load: { average: number; cores: number };
  sources: number;
  claims: number;
  links: number;
  seedSeconds: number;
  firstPaintColdMs: number;
  firstPaintWarmMs: Figures;
  /** The page's main-thread CPU time for the same, first time and cached (median). */
  firstPaintCpuMs: { cold: number; warm: number };
  bareGraphHttpMs: Figures;
  zoomPanFrameMs: Figures & { over50: number };
  wheelFrameMs: Figures & { over50: number };
}

function fixtureFiles(): string[] {
  const topic = join(FIXTURES, 'topic');
  const files = readdirSync(topic).flatMap((dir) => readdirSync(join(topic, dir)).filter((f) => f.endsWith('.md')).map((f) => join(topic, dir, f)));
  return [join(FIXTURES, 'reports', '000_f21f05dd4cd8cb1c.txt'), ...files];
}

/** Passages of a text: ten-character runs inside a line, spread over it. */
function passages(text: string, count: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const step = Math.max(11, Math.floor(text.length / (count + 1)));
  for (let start = 0; start + 10 < text.length && out.length < count; start += step) {
    let s = start;
    while (s + 10 < text.length && (text.slice(s, s + 10).includes('\n') || text.slice(s, s + 10).trim().length < 10)) s++;
    if (s + 10 < text.length) out.push({ start: s, end: s + 10 });
  }
  return out;
}

export async function seedMapNotebook(path: string): Promise<{ sources: number }> {
  const notebook = openNotebook(path);
  const api = createApi(notebook);
  try {
    const random = seededRandom(12);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const sources: { id: string; spots: { start: number; end: number }[] }[] = [];
    for (const file of fixtureFiles()) {
      const id = (await ok(api, 'sources.import', { fileName: basename(file), data: readFileSync(file).toString('base64') })).source.id;
      await ok(api, 'sources.update', { id, patch: { reliability: pick(['A', 'B', 'C', 'D', 'E', 'F'] as const) } });
      const text = (await ok(api, 'sources.text', { id })).text;
      sources.push({ id, spots: passages(text, 400) });
    }
    const statuses = ['unassessed', 'supported', 'partly_supported', 'disputed', 'refuted', 'unverifiable'] as const;
    const claims: { id: string; sourceId: string }[] = [];
    for (let i = 0; i < CLAIMS; i++) {
      // Sources of very different sizes: a few hold most claims.
      const source = sources[Math.floor(random() ** 2 * sources.length)];
      const spot = pick(source.spots);
      const credibility = random() < 0.25 ? null : ((1 + Math.floor(random() * 6)) as 1);
      const { claim } = await ok(api, 'claims.create', { sourceId: source.id, ...spot, statement: `Bench claim ${i}: ${pick(['troops', 'missiles', 'sanctions', 'envoys', 'tankers'])} near ${pick(['Havana', 'Minsk', 'Brest', 'Gomel'])}`, status: pick(statuses), credibility, tags: [pick(['alpha', 'beta', 'gamma', 'delta'])] });
      claims.push({ id: claim.id, sourceId: source.id });
    }
    for (let made = 0; made < LINKS; ) {
      const claim = pick(claims);
      const source = pick(sources.filter((s) => s.id !== claim.sourceId));
      const relation = pick(['supports', 'supports', 'contradicts', 'context'] as const);
      await ok(api, 'evidence.link', { claimId: claim.id, sourceId: source.id, ...pick(source.spots), relation });
      made++;
    }
    return { sources: sources.length };
  } finally {
    notebook.close();
  }
}

/** The page's main thread's CPU time so far (ms): unlike the wall clock, not stretched by other processes. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

interface Paint {
  wallMs: number;
  cpuMs: number;
}

/** Map tab clicked → the frame after the canvas says it drew the whole graph. */
async function firstPaint(page: Page, cdp: CDPSession): Promise<Paint> {
  await page.getByRole('tab', { name: 'Reader' }).click();
  await page.locator('.map-view').waitFor({ state: 'detached' });
  const before = await threadTime(cdp);
  const wallMs = await page.evaluate<number>(MAP_FIRST_PAINT);
  return { wallMs, cpuMs: (await threadTime(cdp)) - before };
}

/** One zoom or pan step a frame for `frames` frames, recording the gaps between frames. */
async function zoomPan(page: Page, frames: number): Promise<number[]> {
  return page.evaluate<number[]>(zoomPanScript(frames));
}

async function wheelZoom(page: Page): Promise<number[]> {
  const box = (await page.locator('.map-canvas__cy').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(FRAMES_START);
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, i < 15 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(200);
  return page.evaluate<number[]>(FRAMES_STOP);
}

async function callHttp(bridge: Bridge, method: string, input: unknown): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${bridge.port}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
}

export async function benchMap(): Promise<MapBenchResult> {
  if (needsBuild('renderer')) {
    const code = await runBuild('renderer');
    if (code !== 0) throw new Error(`building the renderer failed (exit ${code})`);
  }
  const load = { average: loadavg()[0], cores: availableParallelism() };
  const { dir, cleanup } = tempDir('casebook-bench-map-');
  const path = join(dir, 'map.sqlite');
  let bridge: Bridge | undefined;
  let browser: Browser | undefined;
  try {
    const t0 = performance.now();
    const { sources } = await seedMapNotebook(path);
    const seedSeconds = (performance.now() - t0) / 1000;
    bridge = await startBridge({ notebookPath: path, rendererDir: join(ROOT, 'out', 'renderer'), host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(bridge.url);
    await page.locator('.source-row').first().waitFor({ timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const cold = await firstPaint(page, cdp);
    const warm: Paint[] = [];
    for (let round = 0; round < ROUNDS; round++) warm.push(await firstPaint(page, cdp));
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const s = performance.now();
      await callHttp(bridge, 'map.graph', {});
      bare.push(performance.now() - s);
    }
    await page.screenshot({ path: screenshotPath('map-2000-light') });
    const zoom = await zoomPan(page, 120);
    await firstPaint(page, cdp);
    const wheel = await wheelZoom(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await firstPaint(page, cdp);
    await page.screenshot({ path: screenshotPath('map-2000-dark') });
    return {
      load,
      sources,
      claims: CLAIMS,
      links: LINKS,
      seedSeconds,
      firstPaintColdMs: cold.wallMs,
      firstPaintWarmMs: figures(warm.map((p) => p.wallMs)),
      firstPaintCpuMs: { cold: cold.cpuMs, warm: percentile(warm.map((p) => p.cpuMs), 50) },
      bareGraphHttpMs: figures(bare),
      zoomPanFrameMs: { ...figures(zoom), over50: zoom.filter((g) => g > 50).length },
      wheelFrameMs: { ...figures(wheel), over50: wheel.filter((g) => g > 50).length },
    };
  } finally {
    await browser?.close();
    await bridge?.close();
    cleanup();
  }
}

export function printMap(r: MapBenchResult): void {
  const row = (what: string, f: Figures, extra: string) =>
    console.log(`  ${what.padEnd(40)} median ${fmt(f.median, 1).padStart(7)}  p95 ${fmt(f.p95, 1).padStart(7)}  max ${fmt(f.max, 1).padStart(7)} ms  (${f.samples})  ${extra}`);
  console.log(`  ${r.sources} sources, ${r.claims} claims, ${r.links} evidence links (seeded through the API in ${fmt(r.seedSeconds, 1)} s); load average ${fmt(r.load.average, 1)} on ${r.load.cores} cores`);
  console.log(`  Map tab → map drawn, first time (map.graph fetched): ${fmt(r.firstPaintColdMs, 0)} ms (page main-thread CPU ${fmt(r.firstPaintCpuMs.cold, 0)} ms)`);
  row('Map tab → map drawn, answer cached', r.firstPaintWarmMs, `main-thread CPU median ${fmt(r.firstPaintCpuMs.warm, 0)} ms; bare map.graph over HTTP: median ${fmt(r.bareGraphHttpMs.median, 1)} ms`);
  row('zoom then pan, one step a frame: frame', r.zoomPanFrameMs, `${r.zoomPanFrameMs.over50} frames over 50 ms (16.7 ms = 60 fps)`);
  row('mouse-wheel zoom: frame', r.wheelFrameMs, `${r.wheelFrameMs.over50} frames over 50 ms`);
}

if (isMain(import.meta.url)) {
  const result = await benchMap();
  printMap(result);
}
