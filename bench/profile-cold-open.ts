/**
 * Where the time goes in the reader's FIRST open in a fresh browser (code not yet compiled, the
 * query cache empty): the renderer bench's 50,000-word source with 2,000 claims, opened once per
 * fresh Chromium. For each round it prints a timeline of the main thread's tasks from the click
 * (scripts, compiles, JSON parses, style, layout, paint, the answers arriving) and, over all
 * rounds, the functions with most self time. Not part of `npm run bench`.
 *
 *   node --import tsx bench/profile-cold-open.ts [rounds]
 *   UNMINIFIED=1 …   profiles an unminified build of the renderer (readable function names)
 *   CASEBOOK_BENCH_RENDERER_DIR=dir …   profiles that build (another commit's)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { runBuild } from '../scripts/lib/build.mjs';
import { createApi } from '../src-main/api/dispatch';
import { startBridge } from '../src-main/bridge/server';
import { closeIdleWorkers } from '../src-main/importers/isolated-pool';
import { openNotebook } from '../src-main/store/db';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/harness';
import { ok } from '../tests/api-call';
import { createClaims, generateSourceText, openSourceTimed } from './renderer';

interface TraceEvent { name: string; cat: string; ph: string; dur?: number; ts: number; tid: number; args?: { data?: { url?: string; functionName?: string; requestId?: string } } }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }

const SHOWN = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.parseOnBackground', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Commit', 'MinorGC', 'MajorGC', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'ResourceReceiveResponse', 'ResourceFinish', 'XHRLoad', 'RunMicrotasks', 'v8.run', 'V8.ParseFunction', 'v8.produceModuleCache']);

/** The main thread's tasks after the click: start (ms after it), duration, and what took ≥ 2 ms inside. */
function printTimeline(events: TraceEvent[], clickTs: number, endMs: number): void {
  const main = events.find((e) => e.name === 'FunctionCall' && e.args?.data?.url?.includes('/assets/'))?.tid;
  const mine = events.filter((e) => e.tid === main && e.ts >= clickTs - 2000 && (e.ts - clickTs) / 1000 <= endMs + 50).sort((a, b) => a.ts - b.ts);
  const instants = events.filter((e) => (e.name === 'ResourceFinish' || e.name === 'ResourceReceiveResponse') && e.ts >= clickTs);
  for (const e of instants) console.log(`    ${((e.ts - clickTs) / 1000).toFixed(0).padStart(5)}  ${e.name}`);
  const totals = new Map<string, number>();
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.ts >= clickTs && (e.dur ?? 0) >= 2000)) {
    const inside = mine.filter((f) => f !== task && f.ts >= task.ts && f.ts + (f.dur ?? 0) <= task.ts + (task.dur ?? 0) && SHOWN.has(f.name));
    for (const f of mine) if (f !== task && f.name !== 'RunTask' && f.ts >= task.ts && f.ts + (f.dur ?? 0) <= task.ts + (task.dur ?? 0)) totals.set(f.name, (totals.get(f.name) ?? 0) + (f.dur ?? 0) / 1000);
    const shown = inside.filter((f) => (f.dur ?? 0) >= 2000).map((f) => `${f.name}${f.args?.data?.functionName ? `(${f.args.data.functionName})` : ''} ${((f.dur ?? 0) / 1000).toFixed(0)}`);
    console.log(`    ${((task.ts - clickTs) / 1000).toFixed(0).padStart(5)} +${((task.dur ?? 0) / 1000).toFixed(0).padEnd(4)} ${shown.slice(0, 10).join(', ')}`);
  }
  console.log(`    inclusive ms in tasks ≥ 2 ms: ${[...totals].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
}

async function unminifiedBuild(outDir: string): Promise<void> {
  await build({ configFile: false, root: resolve('src-renderer'), base: './', plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
}

const rounds = Number(process.argv[2] ?? 3);
const temp = mkdtempSync(join(tmpdir(), 'casebook-profile-cold-'));
// CASEBOOK_BENCH_RENDERER_DIR: profile that renderer build instead (another commit's).
let rendererDir = process.env.CASEBOOK_BENCH_RENDERER_DIR ?? join(process.cwd(), 'out', 'renderer');
if (process.env.CASEBOOK_BENCH_RENDERER_DIR) {
  // built elsewhere
} else if (process.env.UNMINIFIED) {
  rendererDir = join(temp, 'renderer');
  await unminifiedBuild(rendererDir);
} else if ((await runBuild('renderer')) !== 0) throw new Error('build failed');
const notebook = openNotebook(join(temp, 'p.sqlite'));
const api = createApi(notebook);
const text = generateSourceText(50_000);
const big = await ok(api, 'sources.import', { fileName: 'bench-50000-words.txt', data: Buffer.from(text).toString('base64') });
await createClaims(api, big.source.id, (await ok(api, 'sources.text', { id: big.source.id })).text, 2000);
const bridge = await startBridge({ api, rendererDir, host: '127.0.0.1', port: 0 });
const selfMs = new Map<string, number>();
try {
  for (let round = 0; round < rounds; round++) {
    const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const cdp = await page.context().newCDPSession(page);
      await page.goto(bridge.url);
      await page.locator('.source-row', { hasText: big.source.title }).waitFor();
      await page.waitForTimeout(500);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'loading', 'netlog'] });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.evaluate('performance.mark("bench-click")');
      const clickAt = await page.evaluate<number>('performance.now()');
      const timing = await openSourceTimed(page, big.source.title, 2000);
      await page.waitForTimeout(300);
      const requests = await page.evaluate<[string, number, number, number][]>(
        `performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), r.startTime, r.responseEnd, r.encodedBodySize])`,
      );
      const { profile } = await cdp.send('Profiler.stop');
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      const click = trace.traceEvents.find((e) => e.name === 'bench-click');
      console.log(`round ${round + 1}: open ${timing.total.toFixed(0)} ms, last answer ${timing.data.toFixed(0)} ms`);
      console.log(`    requests (ms after the click: start → end, KB): ${requests.filter(([, start]) => start >= clickAt - 1).map(([name, start, end, size]) => `${name} ${(start - clickAt).toFixed(0)}→${(end - clickAt).toFixed(0)} ${(size / 1024).toFixed(0)}`).join('; ')}`);
      if (click) printTimeline(trace.traceEvents.filter((e) => e.ph === 'X' || e.ph === 'I' || e.ph === 'i'), click.ts, timing.total);
      if (process.env.SAVE_PROFILE && click) writeFileSync(`${process.env.SAVE_PROFILE}-${round + 1}.json`, JSON.stringify({ clickTs: click.ts, profile }));
      const nodes = profile.nodes as ProfileNode[];
      const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
      for (const n of nodes) {
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        selfMs.set(key, (selfMs.get(key) ?? 0) + (n.hitCount ?? 0) * dt);
      }
    } finally {
      await browser.close();
    }
  }
  console.log('self time by function, mean per open:');
  for (const [k, v] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(v / rounds).toFixed(1).padStart(7)} ms  ${k}`);
} finally {
  await bridge.close();
  notebook.close();
  await closeIdleWorkers();
  rmSync(temp, { recursive: true, force: true });
}
