/**
 * Where the time goes when the reader opens the renderer bench's 50,000-word source with 2,000
 * claims: a CPU profile of one open (self time by function, top 40) and Chromium's own counters
 * (script, style, layout, task) for that open. Not part of `npm run bench`.
 *
 *   node --import tsx bench/profile-reader.ts [rounds]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { runBuild } from '../scripts/lib/build.mjs';
import { createApi } from '../src-main/api/dispatch';
import { startBridge } from '../src-main/bridge/server';
import { openNotebook } from '../src-main/store/db';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/harness';
import { ok } from '../tests/api-call';
import { createClaims, generateSourceText, openSourceTimed } from './renderer';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

interface TraceEvent { name: string; ph: string; dur?: number; ts: number; tid: number; args?: { data?: { url?: string; functionName?: string } } }

/** Top-level time on the renderer's main thread by event name (nested events not double-counted), and the requests. */
function summariseTrace(trace: { traceEvents: TraceEvent[] }): void {
  const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const main = events.find((e) => e.name === 'RunTask' && events.some((f) => f.tid === e.tid && f.name === 'FunctionCall'))?.tid;
  const mine = events.filter((e) => e.tid === main).sort((a, b) => a.ts - b.ts);
  const byName = new Map<string, number>();
  for (const e of mine) if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const first = mine[0]?.ts ?? 0;
  console.log('trace, main thread (inclusive ms by event):');
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  console.log('tasks over 8 ms (start → ms):');
  for (const e of mine) if (e.name === 'RunTask' && (e.dur ?? 0) > 8000) {
    const inner = mine.filter((f) => f.ts >= e.ts && f.ts < e.ts + (e.dur ?? 0) && f !== e && (f.dur ?? 0) > 3000).map((f) => `${f.name}${f.args?.data?.functionName ? '(' + f.args.data.functionName + ')' : ''}${f.args?.data?.url ? '[' + f.args.data.url.split('/').pop() + ']' : ''} ${((f.dur ?? 0) / 1000).toFixed(0)}`);
    console.log(`  ${((e.ts - first) / 1000).toFixed(0).padStart(5)} → ${((e.dur ?? 0) / 1000).toFixed(0)}: ${inner.slice(0, 8).join(', ')}`);
  }
}

const rounds = Number(process.argv[2] ?? 3);
if ((await runBuild('renderer')) !== 0) throw new Error('build failed');
const temp = mkdtempSync(join(tmpdir(), 'casebook-profile-reader-'));
const notebook = openNotebook(join(temp, 'p.sqlite'));
const api = createApi(notebook);
const text = generateSourceText(50_000);
const big = await ok(api, 'sources.import', { fileName: 'bench-50000-words.txt', data: Buffer.from(text).toString('base64') });
const small = await ok(api, 'sources.import', { fileName: 'bench-small.txt', data: Buffer.from('A short note\n\nNothing.\n').toString('base64') });
await createClaims(api, big.source.id, (await ok(api, 'sources.text', { id: big.source.id })).text, 2000);
const bridge = await startBridge({ api, rendererDir: join(process.cwd(), 'out', 'renderer'), host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(bridge.url);
  await page.locator('.source-row', { hasText: big.source.title }).waitFor();
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const selfMs = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    await page.locator('.source-row', { hasText: small.source.title }).click();
    await page.locator('.source-header__title', { hasText: small.source.title }).waitFor();
    await page.waitForTimeout(300);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const before = await metrics();
    if (process.env.TRACE && round === rounds - 1) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    await page.evaluate(`(() => {
      window.__tasks = [];
      window.__taskObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]); });
      window.__taskObserver.observe({ type: 'long-animation-frame' });
      performance.clearResourceTimings();
    })()`);
    const t0 = await page.evaluate<number>('performance.now()');
    const ms = (await openSourceTimed(page, big.source.title, 2000)).total;
    const phases = await page.evaluate<{ requests: [string, number, number][]; tasks: [number, number][] }>(`(() => {
      window.__taskObserver.disconnect();
      return { tasks: window.__tasks, requests: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), r.startTime, r.responseEnd]) };
    })()`);
    console.log('  requests (start → end, ms after the click):', phases.requests.map(([n, a, b]) => `${n} ${(a - t0).toFixed(0)}→${(b - t0).toFixed(0)}`).join('; '));
    console.log('  long animation frames (start +duration):', phases.tasks.filter(([a]) => a >= t0 - 5).map(([a, d]) => `${(a - t0).toFixed(0)} +${d.toFixed(0)}`).join('; '));
    if (process.env.TRACE && round === rounds - 1) summariseTrace(JSON.parse((await browser.stopTracing()).toString()));
    const after = await metrics();
    const { profile } = await cdp.send('Profiler.stop');
    const d = (k: string) => ((after[k] - before[k]) * 1000).toFixed(0);
    console.log(`open ${ms.toFixed(0)} ms; task ${d('TaskDuration')} script ${d('ScriptDuration')} style ${d('RecalcStyleDuration')} layout ${d('LayoutDuration')}`);
    const nodes = profile.nodes as ProfileNode[];
    const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
    for (const n of nodes) {
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      selfMs.set(key, (selfMs.get(key) ?? 0) + (n.hitCount ?? 0) * dt);
    }
    if (round === rounds - 1) writeFileSync(join(temp, '..', 'reader.cpuprofile'), JSON.stringify(profile));
  }
  for (const [k, v] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / rounds).toFixed(1).padStart(7)} ms  ${k}`);
} finally {
  await browser.close();
  await bridge.close();
  notebook.close();
  rmSync(temp, { recursive: true, force: true });
}
