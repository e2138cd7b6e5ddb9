/**
 * The Timeline's first paint in Chromium over the bridge (browser mode), with 2,000 dated claims
 * (full and partial dates) on the seed report and a topic fixture: from the click on the Timeline
 * tab to the frame after its events are drawn (target ≤ 500 ms), each round on a freshly loaded
 * page (nothing cached); beside the bare `timeline.events` call over HTTP from the same page.
 *
 *   node --import tsx bench/timeline.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { needsBuild, runBuild } from '../scripts/lib/build.mjs';
import { createApi } from '../src-main/api/dispatch';
import { startBridge, type Bridge } from '../src-main/bridge/server';
import { openNotebook } from '../src-main/store/db';
import { ok } from '../tests/api-call';
import { addDatedClaims } from '../tests/dated-claims';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/harness';
import { FIXTURES } from '../tests/helpers';
import { fmt, isMain, percentile } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLAIMS = 2_000;
const ROUNDS = 5;

export interface TimelineBenchResult {
  claims: number;
  /** Click on the Timeline tab → the frame after its events are drawn. */
  firstPaintMs: { median: number; max: number; samples: number[] };
  /** The bare `timeline.events` call over HTTP, from the page. */
  dataMs: { median: number; samples: number[] };
  itemsDrawn: number;
}

/** Armed before the click: resolves with click → the frame after the first event is in the page. */
const ARM_OPEN = `void (window.__timelineOpen = new Promise((resolveTime) => {
  let start = null;
  const tab = [...document.querySelectorAll('[role=tab]')].find((t) => t.textContent === 'Timeline');
  tab.addEventListener('click', (e) => { start = e.timeStamp; }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (start === null || !document.querySelector('.tl-item')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolveTime(performance.now() - start), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
}))`;

function dataCall(token: string): string {
  return `(async () => {
    const t0 = performance.now();
    const response = await fetch('/api/call/timeline.events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${token}' },
      body: '{}',
    });
    await response.json();
    return performance.now() - t0;
  })()`;
}

export async function benchTimeline(): Promise<TimelineBenchResult> {
  if (needsBuild('renderer')) {
    const code = await runBuild('renderer');
    if (code !== 0) throw new Error(`building the renderer failed (exit ${code})`);
  }
  const temp = mkdtempSync(join(tmpdir(), 'casebook-bench-timeline-'));
  const path = join(temp, 'timeline.sqlite');
  const notebook = openNotebook(path);
  let bridge: Bridge | undefined;
  let browser: Browser | undefined;
  try {
    const api = createApi(notebook);
    for (const parts of [['reports', '000_f21f05dd4cd8cb1c.txt'], ['topic', 'us-gov-whitehouse', '2026-01-29-fact-sheet-president-donald-j-trump-addresses-threats-to-the-united-states-by-the-government-of-cuba.md']]) {
      await ok(api, 'sources.import', { fileName: parts[parts.length - 1], data: readFileSync(join(FIXTURES, ...parts)).toString('base64') });
    }
    addDatedClaims(notebook.db, CLAIMS);
    bridge = await startBridge({ api, rendererDir: join(ROOT, 'out', 'renderer'), host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const paint: number[] = [];
    const data: number[] = [];
    let itemsDrawn = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await page.goto(bridge.url);
      await page.getByRole('tab', { name: 'Reader' }).click();
      await page.locator('.source-row').first().waitFor();
      data.push((await page.evaluate(dataCall(bridge.token))) as number);
      await page.evaluate(ARM_OPEN);
      await page.getByRole('tab', { name: 'Timeline' }).click();
      paint.push((await page.evaluate('window.__timelineOpen')) as number);
      itemsDrawn = await page.locator('.tl-item, .tl-cluster').count();
    }
    return {
      claims: CLAIMS,
      firstPaintMs: { median: percentile(paint, 50), max: Math.max(...paint), samples: paint },
      dataMs: { median: percentile(data, 50), samples: data },
      itemsDrawn,
    };
  } finally {
    await browser?.close();
    await bridge?.close();
    notebook.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

export function printTimeline(r: TimelineBenchResult): void {
  console.log(`timeline with ${r.claims} dated claims (${r.itemsDrawn} events and clusters drawn), ${ROUNDS} rounds on a fresh page:`);
  console.log(`  click on the tab → events painted   median ${fmt(r.firstPaintMs.median)} ms, max ${fmt(r.firstPaintMs.max)} ms (target ≤ 500 ms)`);
  console.log(`  baseline: timeline.events over HTTP median ${fmt(r.dataMs.median)} ms`);
}

if (isMain(import.meta.url)) printTimeline(await benchTimeline());
