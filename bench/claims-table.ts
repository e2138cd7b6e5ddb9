/**
 * Claims table benchmark: `claims.query` through the dispatch over a notebook of 50,000 claims
 * (one page of 100 rows, sorted by each column and filtered), and `claims.bulkUpdate` of 1,000
 * claims. The claims are written straight into the tables (creating 50,000 through the API takes
 * minutes); the search index is left out, as the table does not read it.
 *
 *   node --import tsx bench/claims-table.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../src-main/api/dispatch';
import { CLAIM_SORT_KEYS } from '../src-main/contract/claim-table';
import { CLAIM_STATUSES, LIKELIHOODS } from '../src-main/contract/domain';
import { openNotebook } from '../src-main/store/db';
import { ok } from '../tests/api-call';
import { FIXTURES, seededRandom, tempDir } from '../tests/helpers';
import { fmt, isMain, percentile, timeMsAsync } from './stats';

const CLAIMS = 50_000;
const ROUNDS = 5;

export interface ClaimsTableBenchResult {
  claims: number;
  /** Median time of one page, per query. */
  queries: { name: string; p50: number }[];
  bulk1000Ms: number;
}

export async function benchClaimsTable(): Promise<ClaimsTableBenchResult> {
  const { dir, cleanup } = tempDir('casebook-bench-claims-');
  const notebook = openNotebook(join(dir, 'bench.sqlite'));
  const api = createApi(notebook);
  try {
    const text = readFileSync(join(FIXTURES, 'reports', '000_f21f05dd4cd8cb1c.txt'));
    const sourceId = (await ok(api, 'sources.import', { fileName: 'seed.txt', data: text.toString('base64') })).source.id;
    const random = seededRandom(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const statuses = Object.keys(CLAIM_STATUSES);
    const likelihoods = [null, ...Object.keys(LIKELIHOODS)];
    const words = text.toString('utf8').match(/[\p{L}]{4,}/gu) ?? ['claim'];
    const db = notebook.db;
    db.transaction(() => {
      const tags = Array.from({ length: 40 }, (_, i) => db.prepare('INSERT INTO tags (name) VALUES (?)').run(`tag ${i}`).lastInsertRowid);
      const insert = db.prepare(
        `INSERT INTO claims (id, source_id, start, end, exact, prefix, suffix, statement, status, credibility, likelihood, event_date, created_at, updated_at)
         VALUES (?, ?, 0, 10, 'exact', '', '', ?, ?, ?, ?, ?, ?, ?)`,
      );
      const tag = db.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)');
      for (let i = 0; i < CLAIMS; i++) {
        const id = `clm_bench${i}`;
        const when = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000).toISOString();
        const statement = Array.from({ length: 8 }, () => pick(words)).join(' ');
        insert.run(id, sourceId, statement, pick(statuses), random() < 0.2 ? null : 1 + Math.floor(random() * 6), pick(likelihoods), random() < 0.3 ? null : when.slice(0, 10), when, when);
        for (let t = Math.floor(random() * 3); t > 0; t--) tag.run(id, pick(tags));
      }
    })();

    const queries: [string, Parameters<typeof ok<'claims.query'>>[2]][] = [
      ...CLAIM_SORT_KEYS.map((sort) => [`sort by ${sort}`, { sort }] as [string, { sort: typeof sort }]),
      ['last page, sorted by statement', { sort: 'statement', offset: CLAIMS - 100 }],
      ['words', { text: pick(words).toLowerCase() }],
      ['status + tag + date range', { statuses: ['disputed'], tag: 'tag 3', dateFrom: '2021', dateTo: '2023-06' }],
      ['every id (select all)', { withIds: true, limit: 1 }],
    ];
    const result: ClaimsTableBenchResult = { claims: CLAIMS, queries: [], bulk1000Ms: 0 };
    for (const [name, input] of queries) {
      const samples: number[] = [];
      for (let r = 0; r < ROUNDS; r++) samples.push(await timeMsAsync(() => ok(api, 'claims.query', { limit: 100, ...input })));
      result.queries.push({ name, p50: percentile(samples, 50) });
    }
    const ids = Array.from({ length: 1000 }, (_, i) => `clm_bench${i * 7}`);
    result.bulk1000Ms = await timeMsAsync(() => ok(api, 'claims.bulkUpdate', { ids, patch: { status: 'refuted' }, addTags: ['bench'] }));
    return result;
  } finally {
    notebook.close();
    cleanup();
  }
}

export function printClaimsTable(r: ClaimsTableBenchResult): void {
  console.log(`claims table over ${r.claims} claims, one page of 100 rows (p50 of ${ROUNDS}):`);
  for (const q of r.queries) console.log(`  ${q.name.padEnd(32)} ${fmt(q.p50)} ms`);
  console.log(`  bulk update of 1,000 claims      ${fmt(r.bulk1000Ms)} ms`);
}

if (isMain(import.meta.url)) printClaimsTable(await benchClaimsTable());
