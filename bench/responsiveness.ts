/**
 * The app stays responsive during an import (issue 13): over the real browser-mode bridge (HTTP),
 * a 50,000-word web page, a 50,000-word Markdown file and a 20 MB text file are imported into a notebook that already
 * holds many sources and their entities, then their suggested claims are listed and the reads the
 * renderer makes after an import are called; meanwhile a pinger in a worker thread (its own event
 * loop, so a blocked server cannot delay its clock) sends `notebook.info` every 10 ms. Reported:
 * max and p95 latency of those pings per phase (target: max ≤ 100 ms), the longest the server's
 * event loop was held up in each phase (what the pings wait for, without the machine's other
 * delays to the pinger), and each call's own time.
 *
 *   npm run bench -- responsiveness
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createApi } from '../src-main/api/dispatch';
import { startBridge } from '../src-main/bridge/server';
import { extractEntities } from '../src-main/entities/extract';
import { closeIdleWorkers } from '../src-main/importers/isolated-pool';
import { openNotebook } from '../src-main/store/db';
import { saveSourceEntities } from '../src-main/store/entities';
import { resolveEntities } from '../src-main/store/entity-resolve';
import { insertSource, sha256Hex } from '../src-main/store/sources';
import { fiftyThousandWords } from './suggest';
import { fmt, isMain, percentile } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Sources already in the notebook (about 2,500 words each, with their entities). */
const SEED_SOURCES = 300;
const PING_EVERY_MS = 10;
/** Copies of the 50,000-word text in the very long text file (about 20 MB). */
const VERY_LONG_COPIES = 30;

/** Sends `notebook.info` every PING_EVERY_MS until told to stop; answers with [sentAt, latency] pairs (epoch ms). */
const PINGER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token } = workerData;
const samples = [];
const pending = new Set();
const ping = () => {
  const sentAt = performance.timeOrigin + performance.now();
  const t0 = performance.now();
  const p = fetch(url + '/api/call/notebook.info', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: '{}' })
    .then((r) => r.json())
    .then(() => samples.push([sentAt, performance.now() - t0]))
    .finally(() => pending.delete(p));
  pending.add(p);
};
const timer = setInterval(ping, ${PING_EVERY_MS});
parentPort.once('message', async () => {
  clearInterval(timer);
  await Promise.allSettled([...pending]);
  parentPort.postMessage(samples);
});
`;

/** Makes the bench's calls ({ id, method, body }) and answers { id, ok, value | message, ms }. */
const CALLER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token } = workerData;
parentPort.on('message', async ({ id, method, body }) => {
  const t0 = performance.now();
  try {
    const response = await fetch(url + '/api/call/' + method, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body });
    const result = await response.json();
    parentPort.postMessage({ id, ok: result.ok, value: result.value, message: result.error && result.error.message, ms: performance.now() - t0 });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String(error), ms: performance.now() - t0 });
  }
});
`;

interface Phase {
  name: string;
  from: number;
  to: number;
}

export interface PhaseFigures {
  name: string;
  /** The phase's own call(s), end to end over HTTP. */
  callMs: number;
  /** The longest the server's event loop (this process's main thread) was held up during the phase. */
  loopDelayMaxMs: number;
  pings: number;
  p95Ms: number;
  maxMs: number;
}

export interface ResponsivenessBenchResult {
  seedSources: number;
  seedEntities: number;
  words: number;
  phases: PhaseFigures[];
  overall: { pings: number; p95Ms: number; maxMs: number };
}

function htmlOf(text: string): string {
  const paragraphs = text.split('\n\n').map((p, i) => (i % 40 === 0 ? `<h2>Part ${i / 40 + 1}</h2>\n<p>${esc(p)}</p>` : `<p>${esc(p)}</p>`));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long report</title></head><body><article><h1>A long report</h1>\n${paragraphs.join('\n')}\n</article></body></html>`;
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function markdownOf(text: string): string {
  const paragraphs = text.split('\n\n').map((p, i) => (i % 40 === 0 ? `## Section ${i / 40 + 1}\n\n${p}` : p));
  return `# A long report in Markdown\n\n${paragraphs.join('\n\n')}\n`;
}

/** A notebook with SEED_SOURCES sources and their entities, stored directly (the bench is about what comes after). */
function seed(path: string): void {
  const notebook = openNotebook(path);
  try {
    const paragraphs = fiftyThousandWords(2_500 * 8).split('\n\n');
    notebook.db.transaction(() => {
      for (let i = 0; i < SEED_SOURCES; i++) {
        const start = (i * 7) % paragraphs.length;
        const text = [`Seed source ${i}`, ...paragraphs.slice(start), ...paragraphs.slice(0, start)].slice(0, Math.ceil(paragraphs.length / 8)).join('\n\n');
        const bytes = Buffer.from(text);
        const id = insertSource(notebook.db, {
          doc: { title: `Seed ${i}`, authors: [], mediaType: 'text/plain', blocks: text.split('\n\n').map((t) => ({ kind: 'paragraph' as const, text: t })), warnings: [] },
          bytes,
          sha256: sha256Hex(bytes),
          fileName: `seed-${i}.txt`,
        });
        // Half of each one's entities its own, as in a notebook of sources on different subjects
        // (the fixtures repeated would otherwise name the same few hundred entities throughout).
        const found = extractEntities(text).map((e, j) => (j % 2 ? e : { ...e, key: `${e.key} ${i}`, name: `${e.name} ${i}`, aliasKeys: e.aliasKeys.map((a) => `${a} ${i}`) }));
        saveSourceEntities(notebook.db, id, found);
      }
      resolveEntities(notebook.db);
    })();
  } finally {
    notebook.close();
  }
}

const now = () => performance.timeOrigin + performance.now();

export async function benchResponsiveness(): Promise<ResponsivenessBenchResult> {
  const temp = mkdtempSync(join(tmpdir(), 'casebook-bench-responsive-'));
  const path = join(temp, 'responsive.sqlite');
  seed(path);
  const notebook = openNotebook(path);
  const seedEntities = (notebook.db.prepare('SELECT count(*) AS n FROM entities').get() as { n: number }).n;
  const api = createApi(notebook);
  const bridge = await startBridge({ api, rendererDir: join(ROOT, 'out', 'renderer'), host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${bridge.port}`;
  // The bench's own calls are made from a thread of their own too, as a browser would make them:
  // sending a 24 MB request body is the client's work, not the server's.
  const caller = new Worker(CALLER, { eval: true, workerData: { url: base, token: bridge.token } });
  let nextCall = 0;
  /** `input` given as JSON text is sent as it is (an import's, made before its phase). */
  const call = (method: string, input: unknown): Promise<{ value: unknown; ms: number }> =>
    new Promise((resolve, reject) => {
      const id = nextCall++;
      const answered = (m: { id: number; ok: boolean; value?: unknown; message?: string; ms: number }) => {
        if (m.id !== id) return;
        caller.off('message', answered);
        if (m.ok) resolve({ value: m.value, ms: m.ms });
        else reject(new Error(`${method}: ${m.message}`));
      };
      caller.on('message', answered);
      caller.postMessage({ id, method, body: typeof input === 'string' ? input : JSON.stringify(input) });
    });
  const text = fiftyThousandWords();
  const phases: Phase[] = [];
  const callMs = new Map<string, number>();
  const loopDelayMs = new Map<string, number>();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    loop.reset();
    const from = now();
    const value = await run();
    phases.push({ name, from, to: now() });
    callMs.set(name, now() - from);
    loopDelayMs.set(name, loop.max / 1e6);
    return value;
  };
  // Made before the pings start: the bench's own work on this thread would hold up the server.
  const requests = [
    ['long-report.html', htmlOf(text)],
    ['long-report.md', markdownOf(text)],
    // About 20 MB: its source and its entities each take the writer thread over half a second to store.
    ['very-long-report.txt', Array.from({ length: VERY_LONG_COPIES }, (_, i) => `Copy ${i + 1}\n\n${text}`).join('\n\n')],
  ].map(([fileName, body]) => [fileName, JSON.stringify({ fileName, data: Buffer.from(body).toString('base64') })] as const);
  const entity = notebook.db.prepare('SELECT id, name FROM entities ORDER BY id LIMIT 1').get() as { id: string; name: string };
  const pinger = new Worker(PINGER, { eval: true, workerData: { url: base, token: bridge.token } });
  let all: [number, number][] = [];
  try {
    await timed('idle', () => new Promise((r) => setTimeout(r, 300)));
    for (const [fileName, request] of requests) {
      const imported = await timed(`import ${fileName}`, () => call('sources.import', request));
      const sourceId = (imported.value as { source: { id: string } }).source.id;
      await timed(`  suggestions.list (${fileName})`, () => call('suggestions.list', { sourceId }));
      await timed(`  reads after import (${fileName})`, async () => {
        for (const [method, input] of [
          ['sources.list', {}],
          ['sources.get', { id: sourceId }],
          ['claims.marks', { sourceId }],
          ['entities.list', { sourceId }],
          ['entities.list', {}],
          ['timeline.events', {}],
          ['map.graph', {}],
        ] as const) {
          const { ms } = await call(method, input);
          callMs.set(`    ${method} ${Object.keys(input).length ? '(this source)' : '(notebook)'} after ${fileName}`, ms);
        }
      });
    }
    await timed('entities.rename (the whole notebook resolved again)', () => call('entities.rename', { id: entity.id, name: `${entity.name} (renamed)` }));
  } finally {
    all = await new Promise<[number, number][]>((r) => {
      pinger.once('message', r);
      pinger.postMessage('stop');
    });
    await pinger.terminate();
    await caller.terminate();
    loop.disable();
    await bridge.close();
    notebook.close();
    await closeIdleWorkers();
    rmSync(temp, { recursive: true, force: true });
  }
  const figuresOf = (xs: number[]) => ({ pings: xs.length, p95Ms: xs.length ? percentile(xs, 95) : 0, maxMs: xs.length ? Math.max(...xs) : 0 });
  const inPhase = (p: Phase) => all.filter(([sentAt]) => sentAt >= p.from && sentAt < p.to).map(([, ms]) => ms);
  return {
    seedSources: SEED_SOURCES,
    seedEntities,
    words: text.split(/\s+/).length,
    phases: [
      ...phases.map((p) => ({ name: p.name, callMs: callMs.get(p.name) ?? 0, loopDelayMaxMs: loopDelayMs.get(p.name) ?? 0, ...figuresOf(inPhase(p)) })),
      ...[...callMs].filter(([name]) => !phases.some((p) => p.name === name)).map(([name, ms]) => ({ name, callMs: ms, loopDelayMaxMs: 0, pings: 0, p95Ms: 0, maxMs: 0 })),
    ],
    overall: figuresOf(all.filter(([sentAt]) => sentAt >= phases[0].to).map(([, ms]) => ms)),
  };
}

export function printResponsiveness(r: ResponsivenessBenchResult): void {
  console.log(`notebook.info every ${PING_EVERY_MS} ms over HTTP while ${r.words}-word sources are imported into a notebook of ${r.seedSources} sources (${r.seedEntities} entities):`);
  for (const p of r.phases) {
    const pings = p.pings
      ? `   pings ${String(p.pings).padStart(4)}  p95 ${fmt(p.p95Ms, 1).padStart(6)} ms  max ${fmt(p.maxMs, 1).padStart(6)} ms   server loop held ≤ ${fmt(p.loopDelayMaxMs, 0)} ms`
      : '';
    console.log(`  ${p.name.padEnd(56)} ${fmt(p.callMs, 0).padStart(6)} ms${pings}`);
  }
  console.log(`  all pings after idle: ${r.overall.pings}, p95 ${fmt(r.overall.p95Ms, 1)} ms, max ${fmt(r.overall.maxMs, 1)} ms (target: max ≤ 100 ms)`);
}

if (isMain(import.meta.url)) printResponsiveness(await benchResponsiveness());
