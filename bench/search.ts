/**
 * Search benchmark: p50/p95 of `search.query` through the dispatch over 10,000 sources of
 * ~5,000 characters, against the bare FTS5 query on the same data. Target: ≤ 1.5× the bare query.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../src-main/api/dispatch';
import { openNotebook } from '../src-main/store/db';
import { insertSource, sha256Hex } from '../src-main/store/sources';
import { toFtsQuery } from '../src-main/store/search';
import { FIXTURES, seededRandom, tempDir } from '../tests/helpers';
import { fmt, isMain, percentile, timeMs, timeMsAsync } from './stats';

/** The real fixtures' vocabulary, so word frequencies look like the analysts' material. */
function vocabulary(): string[] {
  const files = [join(FIXTURES, 'reports', '000_f21f05dd4cd8cb1c.txt')];
  for (const dir of ['topic/us-gov-whitehouse', 'topic/wikipedia-2019']) {
    for (const f of readdirSync(join(FIXTURES, dir))) if (f.endsWith('.md')) files.push(join(FIXTURES, dir, f));
  }
  return files.flatMap((f) => readFileSync(f, 'utf8').match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? []);
}

export interface SearchBenchResult {
  sources: number;
  queries: number;
  dispatch: { p50: number; p95: number };
  bare: { p50: number; p95: number };
  ratioP50: number;
  ratioP95: number;
}

export async function benchSearch(sourceCount = 10_000, charsPerSource = 5_000): Promise<SearchBenchResult> {
  const words = vocabulary();
  const random = seededRandom(42);
  const pick = () => words[Math.floor(random() * words.length)];
  const { dir, cleanup } = tempDir('casebook-bench-search-');
  const notebook = openNotebook(join(dir, 'bench.sqlite'));
  try {
    const insertAll = notebook.db.transaction(() => {
      for (let i = 0; i < sourceCount; i++) {
        const paragraphs: string[] = [];
        let length = 0;
        while (length < charsPerSource) {
          const sentence = Array.from({ length: 12 + Math.floor(random() * 20) }, pick).join(' ') + '.';
          paragraphs.push(sentence);
          length += sentence.length + 2;
        }
        const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
        const bytes = Buffer.from(paragraphs.join('\n\n'));
        insertSource(notebook.db, {
          doc: { title: `Generated report ${i} on ${pick()} and ${pick()}`, authors: [], mediaType: 'text/plain', blocks, warnings: [] },
          bytes,
          sha256: sha256Hex(bytes),
          fileName: `report-${i}.txt`,
        });
      }
    });
    const buildMs = timeMs(insertAll);
    notebook.db.exec("INSERT INTO search_index(search_index) VALUES ('optimize')");
    console.log(`  built ${sourceCount} sources in ${fmt(buildMs / 1000, 1)} s`);

    const api = createApi(notebook);
    // Queries: single words of every frequency, two-word queries and phrases.
    const queries: string[] = [];
    for (let i = 0; i < 150; i++) queries.push(pick());
    for (let i = 0; i < 75; i++) queries.push(`${pick()} ${pick()}`);
    for (let i = 0; i < 25; i++) queries.push(`"${pick()} ${pick()}"`);
    queries.push('Borchuk', 'Polonez', 'Havana', 'sanctions', 'Lukashenko');

    const bare = notebook.db.prepare(
      `SELECT kind, ref_id, source_id, title, snippet(search_index, -1, '[[', ']]', '…', 16) AS snippet
       FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, 4.0, 1.0) LIMIT 20`,
    );
    const runBare = (q: string) => {
      const fts = toFtsQuery(q);
      if (fts) bare.all(fts);
    };
    const runDispatch = async (q: string) => {
      const r = await api.call('search.query', { query: q, limit: 20 });
      if (!r.ok) throw new Error(r.error.message);
    };
    // Warm up both paths, then interleave them so both see the same cache state.
    for (const q of queries.slice(0, 30)) {
      runBare(q);
      await runDispatch(q);
    }
    const bareTimes: number[] = [];
    const dispatchTimes: number[] = [];
    for (const q of queries) {
      bareTimes.push(timeMs(() => runBare(q)));
      dispatchTimes.push(await timeMsAsync(() => runDispatch(q)));
    }
    const result: SearchBenchResult = {
      sources: sourceCount,
      queries: queries.length,
      dispatch: { p50: percentile(dispatchTimes, 50), p95: percentile(dispatchTimes, 95) },
      bare: { p50: percentile(bareTimes, 50), p95: percentile(bareTimes, 95) },
      ratioP50: 0,
      ratioP95: 0,
    };
    result.ratioP50 = result.dispatch.p50 / result.bare.p50;
    result.ratioP95 = result.dispatch.p95 / result.bare.p95;
    return result;
  } finally {
    notebook.close();
    cleanup();
  }
}

export function printSearch(r: SearchBenchResult): void {
  console.log(`search over ${r.sources} sources, ${r.queries} queries:`);
  console.log(`  through the dispatch  p50 ${fmt(r.dispatch.p50)} ms  p95 ${fmt(r.dispatch.p95)} ms`);
  console.log(`  bare FTS5 query       p50 ${fmt(r.bare.p50)} ms  p95 ${fmt(r.bare.p95)} ms`);
  console.log(`  ratio                 p50 ${fmt(r.ratioP50)}×  p95 ${fmt(r.ratioP95)}×  (target ≤ 1.5×)`);
}

if (isMain(import.meta.url)) printSearch(await benchSearch());
