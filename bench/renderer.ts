/**
 * The renderer's speed, measured in Chromium through the real app (browser mode):
 *  1. the production build's initial JavaScript, gzipped (target ≤ 350 KB);
 *  2. opening a 50,000-word source with 2,000 claim highlights, from the click in the library to
 *     the marks painted (target ≤ 1 s), and its ratio to a bare Lexical editor given the same text:
 *     the first (cold) open in a fresh browser, median of COLD_ROUNDS browsers (renderer-cold.ts;
 *     target ≤ 1.5× bare's first open), and the median of later opens in one page;
 *  3. p95 input latency typing in the brief, keydown → after the next frame (target ≤ 16 ms).
 *
 *   node --import tsx bench/renderer.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { runBuild } from '../scripts/lib/build.mjs';
import { createApi, type Api } from '../src-main/api/dispatch';
import { startBridge } from '../src-main/bridge/server';
import { openNotebook } from '../src-main/store/db';
import { $createClaimReferenceNode, ClaimReferenceNode } from '../src-renderer/editor/brief/ClaimReferenceNode';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/harness';
import { measureColdOpens } from './renderer-cold';
import { fmt, isMain, percentile } from './stats';
import { ok } from '../tests/api-call';
import { seededRandom } from '../tests/helpers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = 50_000;
const CLAIMS = 2_000;
const OPEN_ROUNDS = 5;
/** Fresh browsers per side for the cold (first) open; CASEBOOK_BENCH_COLD_ROUNDS overrides. */
const COLD_ROUNDS = Number(process.env.CASEBOOK_BENCH_COLD_ROUNDS ?? 7);
const KEYSTROKES = 200;

export interface RendererBenchResult {
  /** Gzipped size of the JavaScript index.html loads before anything runs. */
  initialJsGzipKB: number;
  initialJsKB: number;
  openMs: { first: number; median: number; samples: number[] };
  /** Of each open: the click until the notebook's last answer arrived (the bare editor is handed its text). */
  openDataMs: { median: number; samples: number[] };
  /** Of each open: the last answer until the marks are painted, and its median ÷ bare Lexical's median. */
  openAfterDataMs: { median: number; samples: number[]; ratio: number };
  bareLexicalMs: { first: number; median: number; samples: number[] };
  /** App open time (median) ÷ bare Lexical time (median). */
  openRatio: number;
  /** The app's first open in its page ÷ bare Lexical's first open in its page (one sample each). */
  firstOpenRatio: number;
  /** First opens in fresh browsers (code not yet compiled, caches empty on both sides), one per browser, in turns with bare Lexical's. */
  coldOpenMs: { median: number; samples: number[] };
  coldBareMs: { median: number; samples: number[] };
  /** Median cold open of the app ÷ median cold open of bare Lexical. */
  coldOpenRatio: number;
  marks: number;
  /** keydown → next animation frame, p95 and median. */
  briefTypingP95Ms: number;
  briefTypingMedianMs: number;
  /** keydown → after that frame is painted, p95. */
  briefTypingPaintedP95Ms: number;
  /** The same typing in the bare Lexical editor holding the same paragraphs (no claim references), p95 keydown → next frame. */
  bareTypingP95Ms: number;
  keystrokes: number;
  /** Typing in the reader's find bar over the 50,000-word source: keydown → marks painted, p95 and median. */
  findTypingPaintedP95Ms: number;
  findTypingMedianMs: number;
}

const VOCABULARY = (
  'the a of to in and on for with by from at as ministry defence delegation convoy border sanctions minister ambassador ' +
  'Havana Minsk Cuba Belarus agreement military cooperation exports missile systems range report officials said according ' +
  'witnesses analysts observed shipment fuel company state regime press service visit talks exchange technology equipment ' +
  'Álvaro López Borchuk Lukashenko accreditation attaché naval air forces statement confirmed disputed source intelligence'
).split(' ');

/** About `words` words in paragraphs of 60–140 words, a heading every ten paragraphs. */
export function generateSourceText(words: number): string {
  const random = seededRandom(42);
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)];
  const blocks: string[] = [];
  let count = 0;
  while (count < words) {
    if (blocks.length % 11 === 0) blocks.push(`Section ${blocks.length / 11 + 1}: ${pick()} ${pick()} ${pick()}`);
    const n = 60 + Math.floor(random() * 80);
    const sentence: string[] = [];
    for (let i = 0; i < n; i++) sentence.push(i === 0 ? pick().replace(/^./, (c) => c.toUpperCase()) : pick());
    blocks.push(`${sentence.join(' ')}.`);
    count += n;
  }
  return `${blocks.join('\n\n')}\n`;
}


/** Claims over word-aligned passages of 2–12 words; about one in ten overlaps the one before. */
export async function createClaims(api: Api, sourceId: string, text: string, count: number): Promise<void> {
  const random = seededRandom(7);
  const wordStarts: number[] = [];
  for (const m of text.matchAll(/\S+/g)) wordStarts.push(m.index ?? 0);
  const wordEnd = (i: number) => wordStarts[i] + (/\S+/.exec(text.slice(wordStarts[i]))?.[0].length ?? 1);
  const stride = Math.floor(wordStarts.length / count);
  for (let k = 0; k < count; k++) {
    const first = k * stride + (random() < 0.1 && k > 0 ? -Math.floor(stride / 2) : Math.floor(random() * (stride / 3)));
    const last = Math.min(wordStarts.length - 1, first + 1 + Math.floor(random() * 11));
    await ok(api, 'claims.create', { sourceId, start: wordStarts[first], end: wordEnd(last) });
  }
}

/** A brief of some length with a few claim references, built by Lexical itself. */
function briefDoc(claims: { id: string; statement: string }[]): unknown {
  const editor = createEditor({ namespace: 'bench', nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, ClaimReferenceNode], onError: (e) => { throw e; } });
  const text = generateSourceText(3000).split('\n\n');
  editor.update(
    () => {
      const root = $getRoot();
      text.forEach((t, i) => {
        const p = $createParagraphNode().append($createTextNode(t));
        if (i % 5 === 0 && claims[i]) p.append($createTextNode(' '), $createClaimReferenceNode(claims[i].id, claims[i].statement));
        root.append(p);
      });
      root.append($createParagraphNode());
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

/** The JavaScript index.html pulls in at start: its module scripts and their modulepreloads. */
function initialJs(rendererDir: string): { raw: number; gzip: number } {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(join(rendererDir, file.replace(/^\.?\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serveDir(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = join(dir, (req.url ?? '/').split('?')[0].replace(/\/$/, '/index.html'));
    if (!path.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

async function buildBarePage(outDir: string): Promise<void> {
  await build({ root: join(ROOT, 'bench', 'lexical-bare'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: true } });
}

/*
 * Code that runs in the page is passed as source text: tsx would otherwise wrap its named
 * functions in a helper (`__name`) that exists only in Node.
 */

/** One open: ms from the click until the claims are marked and painted, and until the last API answer arrived. */
export interface OpenTiming {
  total: number;
  /** The click until the last response of a request made after the click (the notebook's answers, over the bridge). */
  data: number;
}

/** Clicks a source in the library and resolves with the ms until `expectedIds` claim ids are marked and painted. */
export function openSourceTimed(page: Page, title: string, expectedIds: number): Promise<OpenTiming> {
  return page.evaluate(`new Promise((resolveTime, reject) => {
    const title = ${JSON.stringify(title)};
    const expectedIds = ${expectedIds};
    const row = [...document.querySelectorAll('.source-row')].find((r) => r.innerText.includes(title));
    if (!row) return reject(new Error('no source ' + title + ' in the library'));
    performance.clearResourceTimings();
    const t0 = performance.now();
    row.click();
    const deadline = t0 + 30000;
    const done = () => {
      const answers = performance.getEntriesByType('resource').filter((r) => r.startTime >= t0 && r.responseEnd > 0);
      const data = answers.length ? Math.max(...answers.map((r) => r.responseEnd)) - t0 : 0;
      resolveTime({ total: performance.now() - t0, data });
    };
    const check = () => {
      const ids = new Set();
      for (const mark of document.querySelectorAll('.reader-doc mark[data-claim-id]'))
        for (const id of (mark.dataset.claimIds || '').split(' ')) if (id) ids.add(id);
      if (ids.size >= expectedIds) requestAnimationFrame(() => setTimeout(done, 0));
      else if (performance.now() > deadline) reject(new Error('only ' + ids.size + ' of ' + expectedIds + ' claims marked after 30 s'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`);
}

async function measureOpen(page: Page, bigTitle: string, smallTitle: string, claims: number): Promise<OpenTiming[]> {
  const samples: OpenTiming[] = [];
  for (let round = 0; round < OPEN_ROUNDS; round++) {
    await page.locator('.source-row', { hasText: smallTitle }).click();
    await page.locator('.source-header__title', { hasText: smallTitle }).waitFor();
    await page.waitForTimeout(200);
    samples.push(await openSourceTimed(page, bigTitle, claims));
  }
  return samples;
}

interface TypingLatencies {
  /** keydown → the next animation frame starts (the frame that will show the character). */
  frame: number[];
  /** keydown → that frame's style, layout and paint are done. */
  painted: number[];
}

async function measureBriefTyping(page: Page): Promise<TypingLatencies> {
  await page.getByRole('tab', { name: 'Brief' }).click();
  const doc = page.locator('.brief-doc');
  await doc.waitFor();
  await page.locator('.brief-doc .claim-ref').first().waitFor();
  await doc.locator('p').last().click();
  return measureTyping(page);
}

/** Types KEYSTROKES characters at the cursor, recording each keydown's latency. */
async function measureTyping(page: Page): Promise<TypingLatencies> {
  await page.evaluate(`(() => {
    window.__latencies = { frame: [], painted: [] };
    document.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        window.__latencies.frame.push(performance.now() - start);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__latencies.painted.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    }, { capture: true });
  })()`);
  const phrase = 'The convoy crossed at night and the delegation denied it. ';
  let typed = '';
  while (typed.length < KEYSTROKES) typed += phrase;
  await page.keyboard.type(typed.slice(0, KEYSTROKES), { delay: 25 });
  await page.waitForTimeout(300);
  return page.evaluate<TypingLatencies>('window.__latencies');
}

const median = (xs: number[]) => percentile(xs, 50);

/** Ctrl+F in the open 50,000-word source, then typing: keydown → after the frame with the find marks painted. */
async function measureFindTyping(page: Page): Promise<number[]> {
  await page.locator('.reader-doc').click();
  await page.keyboard.press('Control+F');
  await page.getByRole('textbox', { name: 'Find in this source' }).waitFor();
  await page.evaluate(`(() => {
    window.__findLatencies = [];
    window.__findListener = (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__findLatencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    document.addEventListener('keydown', window.__findListener, { capture: true });
  })()`);
  for (const word of ['the delegation', 'ministry', 'a']) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(word, { delay: 40 });
  }
  await page.waitForTimeout(300);
  const samples = await page.evaluate<number[]>(`(() => {
    document.removeEventListener('keydown', window.__findListener, { capture: true });
    return window.__findLatencies;
  })()`);
  await page.keyboard.press('Escape');
  return samples;
}

export async function benchRenderer(): Promise<RendererBenchResult> {
  // CASEBOOK_BENCH_RENDERER_DIR: measure that renderer build instead (another commit's, for a before/after).
  const prebuilt = process.env.CASEBOOK_BENCH_RENDERER_DIR;
  const code = prebuilt ? 0 : await runBuild('renderer');
  if (code !== 0) throw new Error(`building the renderer failed (exit ${code})`);
  const rendererDir = prebuilt ? resolve(prebuilt) : join(ROOT, 'out', 'renderer');
  const js = initialJs(rendererDir);

  const temp = mkdtempSync(join(tmpdir(), 'casebook-bench-renderer-'));
  const notebook = openNotebook(join(temp, 'bench.sqlite'));
  const api = createApi(notebook);
  let browser: Browser | undefined;
  let bare: Server | undefined;
  let bridge: Awaited<ReturnType<typeof startBridge>> | undefined;
  try {
    const text = generateSourceText(WORDS);
    const big = await ok(api, 'sources.import', { fileName: 'bench-50000-words.txt', data: Buffer.from(text).toString('base64') });
    const small = await ok(api, 'sources.import', { fileName: 'bench-small.txt', data: Buffer.from('A short note\n\nNothing much happened here.\n').toString('base64') });
    const plain = (await ok(api, 'sources.text', { id: big.source.id })).text;
    await createClaims(api, big.source.id, plain, CLAIMS);
    const claims = (await ok(api, 'claims.list', { sourceId: big.source.id })).claims;
    const { brief } = await ok(api, 'briefs.get', {});
    await ok(api, 'briefs.save', { id: brief.id, title: 'Bench brief', doc: briefDoc(claims.slice(0, 200)) });
    const briefTexts = generateSourceText(3000).split('\n\n');
    const blocks = (await ok(api, 'sources.get', { id: big.source.id })).blocks;

    bridge = await startBridge({ api, rendererDir, host: '127.0.0.1', port: 0 });
    const bareDir = join(temp, 'bare');
    await buildBarePage(bareDir);
    const served = await serveDir(bareDir);
    bare = served.server;
    const texts = blocks.map((b) => b.text);

    const cold = await measureColdOpens(
      COLD_ROUNDS,
      {
        url: bridge.url,
        ready: (page) => page.locator('.source-row', { hasText: big.source.title }).waitFor(),
        open: async (page) => (await openSourceTimed(page, big.source.title, claims.length)).total,
      },
      {
        url: served.url,
        ready: async (page) => void (await page.waitForFunction(() => typeof window.bareOpen === 'function')),
        open: (page) => page.evaluate<number>(`window.bareOpen(${JSON.stringify(texts)})`),
      },
    );

    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(bridge.url);
    await page.locator('.source-row', { hasText: big.source.title }).waitFor();
    const opens = await measureOpen(page, big.source.title, small.source.title, claims.length);
    const openSamples = opens.map((o) => o.total);
    const marks = await page.locator('.reader-doc mark[data-claim-id]').count();
    const find = await measureFindTyping(page);
    const latencies = await measureBriefTyping(page);

    const barePage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await barePage.goto(served.url);
    await barePage.waitForFunction(() => typeof window.bareOpen === 'function');
    const bareSamples: number[] = [];
    for (let round = 0; round < OPEN_ROUNDS; round++) bareSamples.push(await barePage.evaluate<number>(`window.bareOpen(${JSON.stringify(texts)})`));

    await barePage.evaluate(`window.bareEdit(${JSON.stringify(briefTexts)})`);
    const bareTyping = await measureTyping(barePage);

    return {
      bareTypingP95Ms: percentile(bareTyping.frame, 95),
      initialJsGzipKB: js.gzip / 1024,
      initialJsKB: js.raw / 1024,
      openMs: { first: openSamples[0], median: median(openSamples), samples: openSamples },
      bareLexicalMs: { first: bareSamples[0], median: median(bareSamples), samples: bareSamples },
      openRatio: median(openSamples) / median(bareSamples),
      firstOpenRatio: openSamples[0] / bareSamples[0],
      coldOpenMs: { median: median(cold.app), samples: cold.app },
      coldBareMs: { median: median(cold.bare), samples: cold.bare },
      coldOpenRatio: median(cold.app) / median(cold.bare),
      openDataMs: { median: median(opens.map((o) => o.data)), samples: opens.map((o) => o.data) },
      openAfterDataMs: {
        median: median(opens.map((o) => o.total - o.data)),
        samples: opens.map((o) => o.total - o.data),
        ratio: median(opens.map((o) => o.total - o.data)) / median(bareSamples),
      },
      marks,
      briefTypingP95Ms: percentile(latencies.frame, 95),
      briefTypingMedianMs: median(latencies.frame),
      briefTypingPaintedP95Ms: percentile(latencies.painted, 95),
      keystrokes: latencies.frame.length,
      findTypingPaintedP95Ms: percentile(find, 95),
      findTypingMedianMs: median(find),
    };
  } finally {
    await browser?.close();
    bare?.close();
    await bridge?.close();
    notebook.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

export function printRenderer(r: RendererBenchResult): void {
  const check = (good: boolean) => (good ? 'ok' : 'OVER TARGET');
  console.log(`  initial JS: ${fmt(r.initialJsGzipKB, 1)} KB gzip (${fmt(r.initialJsKB, 0)} KB raw); target ≤ 350 KB: ${check(r.initialJsGzipKB <= 350)}`);
  console.log(
    `  open a ${WORDS.toLocaleString('en')}-word source with ${CLAIMS.toLocaleString('en')} claims (${r.marks} marks): median ${fmt(r.openMs.median, 0)} ms, first ${fmt(r.openMs.first, 0)} ms; target ≤ 1000 ms: ${check(r.openMs.median <= 1000)}`,
  );
  console.log(`  bare Lexical, same text, paragraphs only: median ${fmt(r.bareLexicalMs.median, 0)} ms, first ${fmt(r.bareLexicalMs.first, 0)} ms`);
  const samples = (xs: number[]) => xs.map((x) => fmt(x, 0)).join(' ');
  console.log(
    `  cold (first) open, median of ${r.coldOpenMs.samples.length} fresh browsers each: the app ${fmt(r.coldOpenMs.median, 0)} ms vs bare Lexical ${fmt(r.coldBareMs.median, 0)} ms = ${fmt(r.coldOpenRatio, 2)}× (target ≤ 1.5× bare's first open: ${check(r.coldOpenRatio <= 1.5)})`,
  );
  console.log(`  … samples: app ${samples(r.coldOpenMs.samples)}; bare ${samples(r.coldBareMs.samples)}`);
  console.log(
    `  in one page: the app's first open ${fmt(r.openMs.first, 0)} ms vs bare's first ${fmt(r.bareLexicalMs.first, 0)} ms = ${fmt(r.firstOpenRatio, 2)}×; later opens, median ${fmt(r.openRatio, 2)}× (target ≤ 1.5×: ${check(r.openRatio <= 1.5)})`,
  );
  console.log(
    `  … of the app's open: the click to the notebook's last answer median ${fmt(r.openDataMs.median, 0)} ms; that answer to the marks painted median ${fmt(r.openAfterDataMs.median, 0)} ms (${fmt(r.openAfterDataMs.ratio, 2)}× bare Lexical)`,
  );
  console.log(
    `  typing in the brief (${r.keystrokes} keys), keydown → next frame: p95 ${fmt(r.briefTypingP95Ms, 1)} ms, median ${fmt(r.briefTypingMedianMs, 1)} ms; target ≤ 16 ms: ${check(r.briefTypingP95Ms <= 16)}`,
  );
  console.log(`  … and to that frame painted: p95 ${fmt(r.briefTypingPaintedP95Ms, 1)} ms; a bare Lexical editor with the same text: p95 ${fmt(r.bareTypingP95Ms, 1)} ms to the next frame`);
  console.log(`  find (Ctrl+F) typing in that source, keydown → marks painted: p95 ${fmt(r.findTypingPaintedP95Ms, 1)} ms, median ${fmt(r.findTypingMedianMs, 1)} ms`);
}

if (isMain(import.meta.url)) {
  const result = await benchRenderer();
  printRenderer(result);
}
