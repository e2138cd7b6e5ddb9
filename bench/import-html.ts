/**
 * HTML import speed over the Readability test pages (the optional corpus in ../shared):
 * (a) linkedom parseHTML + Readability alone, (b) our importHtml (charset detection, parsing,
 * cleaning, Readability, block walk). Targets: ≥ 50 pages/s, and (b) ≤ 1.3 × the cost of (a).
 *
 *   node --import tsx bench/import-html.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { importHtml } from '../src-main/importers/html';

const CORPUS = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'shared', 'fixtures', 'robustness', 'readability-test-pages');
const WARM_UP_ROUNDS = 2;
const ROUNDS = 5;

export interface HtmlBenchResult {
  pagesPerSecond: number;
  barePagesPerSecond: number;
  ratio: number;
  pages: number;
}

function loadPages(): Uint8Array[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .map((name) => join(CORPUS, name, 'source.html'))
    .filter((file) => existsSync(file))
    .map((file) => new Uint8Array(readFileSync(file)));
}

/**
 * CPU seconds (user + system, this process) `run` takes over all pages. CPU time rather than
 * wall time: the machine may be shared, and other processes' load would skew a wall clock.
 */
async function timeRound(pages: Uint8Array[], run: (page: Uint8Array) => unknown): Promise<number> {
  const start = process.cpuUsage();
  for (const page of pages) await run(page);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export async function benchImportHtml(): Promise<HtmlBenchResult> {
  const pages = loadPages();
  if (pages.length === 0) return { pagesPerSecond: 0, barePagesPerSecond: 0, ratio: 0, pages: 0 };
  // The bare pipeline gets text already decoded, as it would from any caller; ours decodes bytes itself.
  const texts = new Map(pages.map((page) => [page, new TextDecoder().decode(page)]));
  const bare = (page: Uint8Array) => new Readability(parseHTML(texts.get(page) ?? '').document).parse();
  const ours = (page: Uint8Array) => importHtml({ bytes: page, fileName: 'page.html' });
  // Rounds alternate between the two, so that a busy machine slows both alike.
  let bareSeconds = 0;
  let ourSeconds = 0;
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
    const bareRound = await timeRound(pages, bare);
    const ourRound = await timeRound(pages, ours);
    if (round < WARM_UP_ROUNDS) continue;
    bareSeconds += bareRound;
    ourSeconds += ourRound;
  }
  const total = pages.length * ROUNDS;
  return { pagesPerSecond: total / ourSeconds, barePagesPerSecond: total / bareSeconds, ratio: ourSeconds / bareSeconds, pages: pages.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(CORPUS)) {
    console.log(`Skipped: the optional Readability test pages are not at ${CORPUS}.`);
  } else {
    const result = await benchImportHtml();
    console.log(`HTML import over ${result.pages} Readability test pages, ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up rounds (CPU time):`);
    console.log(`  linkedom + Readability alone: ${result.barePagesPerSecond.toFixed(1)} pages/s`);
    console.log(`  importHtml:                   ${result.pagesPerSecond.toFixed(1)} pages/s (target ≥ 50)`);
    console.log(`  cost ratio importHtml / bare: ${result.ratio.toFixed(2)} (target ≤ 1.3)`);
  }
}
