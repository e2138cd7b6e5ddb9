/**
 * HTML import speed over the Readability test pages (the optional corpus in ../shared):
 * (a) linkedom parseHTML + Readability alone, (b) our importHtml (charset detection, parsing,
 * cleaning, Readability, block walk), (c) the whole `sources.import` through the dispatch into a
 * real notebook file (hashing, archiving, blocks, FTS). Targets: ≥ 50 pages/s, and ≤ 1.3 × the cost of (a).
 *
 *   node --import tsx bench/import-html.ts
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { importHtml } from '../src-main/importers/html';
import { createApi } from '../src-main/api/dispatch';
import { openNotebook } from '../src-main/store/db';
import { tempDir } from '../tests/helpers';
import { READABILITY_PAGES, readabilityPages } from './readability-pages';
import { percentile } from './stats';

const WARM_UP_ROUNDS = 2;
const ROUNDS = 7;

export interface HtmlBenchResult {
  pagesPerSecond: number;
  barePagesPerSecond: number;
  ratio: number;
  /** The whole import through the dispatch, into a notebook file. */
  dispatchPagesPerSecond: number;
  dispatchRatio: number;
  pages: number;
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
  const pages = readabilityPages();
  if (pages.length === 0) return { pagesPerSecond: 0, barePagesPerSecond: 0, ratio: 0, dispatchPagesPerSecond: 0, dispatchRatio: 0, pages: 0 };
  // The bare pipeline gets text already decoded, as it would from any caller; ours decodes bytes itself.
  const texts = new Map(pages.map((page) => [page, new TextDecoder().decode(page)]));
  const bare = (page: Uint8Array) => new Readability(parseHTML(texts.get(page) ?? '').document).parse();
  const ours = (page: Uint8Array) => importHtml({ bytes: page, fileName: 'page.html' });
  // Rounds alternate between the two, so that a busy machine slows both alike.
  // Each round imports into a fresh notebook: identical bytes would otherwise be found as duplicates.
  const { dir, cleanup } = tempDir('casebook-bench-import-');
  const viaDispatch = async (round: number) => {
    const notebook = openNotebook(join(dir, `round-${round}.sqlite`));
    const api = createApi(notebook);
    const seconds = await timeRound(pages, async (page) => {
      const result = await api.call('sources.import', { fileName: 'page.html', data: Buffer.from(page).toString('base64') });
      if (!result.ok) throw new Error(result.error.message);
    });
    notebook.close();
    return seconds;
  };
  const bareRounds: number[] = [];
  const ourRounds: number[] = [];
  const dispatchRounds: number[] = [];
  try {
    for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
      const bareRound = await timeRound(pages, bare);
      const ourRound = await timeRound(pages, ours);
      const dispatchRound = await viaDispatch(round);
      if (round < WARM_UP_ROUNDS) continue;
      bareRounds.push(bareRound);
      ourRounds.push(ourRound);
      dispatchRounds.push(dispatchRound);
    }
  } finally {
    cleanup();
  }
  // Medians, not sums: one round caught by a garbage collection or a busy neighbour skews a sum.
  const [bareSeconds, ourSeconds, dispatchSeconds] = [bareRounds, ourRounds, dispatchRounds].map((rounds) => percentile(rounds, 50));
  return {
    pagesPerSecond: pages.length / ourSeconds,
    barePagesPerSecond: pages.length / bareSeconds,
    ratio: ourSeconds / bareSeconds,
    dispatchPagesPerSecond: pages.length / dispatchSeconds,
    dispatchRatio: dispatchSeconds / bareSeconds,
    pages: pages.length,
  };
}

export function printImportHtml(result: HtmlBenchResult): void {
  if (result.pages === 0) {
    console.log(`Skipped: the optional Readability test pages are not at ${READABILITY_PAGES}.`);
    return;
  }
  console.log(`HTML import over ${result.pages} Readability test pages, median of ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up rounds (CPU time):`);
  console.log(`  linkedom + Readability alone:    ${result.barePagesPerSecond.toFixed(1)} pages/s`);
  console.log(`  importHtml:                      ${result.pagesPerSecond.toFixed(1)} pages/s (cost ${result.ratio.toFixed(2)}× the bare parse)`);
  console.log(`  sources.import via the dispatch: ${result.dispatchPagesPerSecond.toFixed(1)} pages/s (cost ${result.dispatchRatio.toFixed(2)}× the bare parse)`);
  console.log('  targets: ≥ 50 pages/s, ≤ 1.3× the bare parse');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) printImportHtml(await benchImportHtml());
