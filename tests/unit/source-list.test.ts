/**
 * The library's paged list (`sources.list` with offset/limit, `sources.locate`) on a real notebook
 * of a few hundred generated sources plus real imported fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../src-main/contract/domain';
import { listSql, type SourceSortKey } from '../../src-main/store/source-list';
import { fillScaleNotebook, LONG_TITLE, RARE_WORD } from '../scale-notebook';
import { fails, importFixture, ok, openTestNotebook, SEED, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
const SORTS: SourceSortKey[] = ['capturedAt', 'title', 'publishedAt', 'reliability', 'claimCount'];

beforeAll(async () => {
  nb = openTestNotebook();
  fillScaleNotebook(nb.api.notebook.db, { sources: 300, claims: 1500, longWords: 800 });
  seedId = (await importFixture(nb.api, ...SEED)).source.id;
  await importFixture(nb.api, ...WH_FACT_SHEET);
  await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'has presented his credentials to the Cuban president' });
});
afterAll(() => nb.close());

const byTitle = (a: SourceSummary, b: SourceSummary) => {
  const x = a.title.toLowerCase();
  const y = b.title.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
};
const desc = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? 1 : -1);

/** The same orders, worked out in JavaScript from the whole list. */
const EXPECTED: Record<SourceSortKey, (a: SourceSummary, b: SourceSummary) => number> = {
  capturedAt: (a, b) => desc(a.capturedAt, b.capturedAt) || desc(a.id, b.id),
  title: byTitle,
  publishedAt: (a, b) => desc(a.publishedAt, b.publishedAt) || desc(a.id, b.id),
  reliability: (a, b) => (a.reliability < b.reliability ? -1 : a.reliability > b.reliability ? 1 : byTitle(a, b)),
  claimCount: (a, b) => b.claimCount - a.claimCount || byTitle(a, b),
};

async function everyPage(sort: SourceSortKey, filter: string | undefined, limit: number) {
  const pages: SourceSummary[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += limit) {
    const page = await ok(nb.api, 'sources.list', { sort, filter, offset, limit });
    totals.add(page.total);
    pages.push(...page.sources);
    if (page.sources.length < limit) break;
  }
  return { pages, totals };
}

describe('sources.list, a page at a time', () => {
  for (const sort of SORTS) {
    it(`pages through all 302 sources by ${sort} with no row missed or repeated, in the right order`, async () => {
      const all = await ok(nb.api, 'sources.list', { sort });
      expect(all.total).toBe(302);
      expect(all.sources).toHaveLength(302);
      expect(all.sources.map((s) => s.id)).toEqual([...all.sources].sort(EXPECTED[sort]).map((s) => s.id));
      const { pages, totals } = await everyPage(sort, undefined, 37);
      expect([...totals]).toEqual([302]);
      expect(pages.map((s) => s.id)).toEqual(all.sources.map((s) => s.id));
    });
  }

  it('filters by title or origin, case-insensitively, with the total of matches, on every page', async () => {
    const all = (await ok(nb.api, 'sources.list', {})).sources;
    for (const filter of [RARE_WORD.toLowerCase(), 'granma', 'cuba', 'meduza.example/1']) {
      const expected = all.filter((s) => `${s.title}\n${s.origin}`.toLowerCase().includes(filter)).map((s) => s.id);
      expect(expected.length, filter).toBeGreaterThan(0);
      const { pages, totals } = await everyPage('title', filter, 10);
      expect([...totals], filter).toEqual([expected.length]);
      expect(pages.map((s) => s.id).sort(), filter).toEqual([...expected].sort());
    }
    // The two real imports: the seed report's origin is its file name, the fact sheet's its URL.
    const cuba = await ok(nb.api, 'sources.list', { filter: 'Fact Sheet', limit: 5 });
    expect(cuba.total).toBe(1);
    expect(cuba.sources[0].id).not.toBe(seedId);
    expect((await ok(nb.api, 'sources.list', { filter: '000_f21f05dd' })).sources.map((s) => s.id)).toEqual([seedId]);
  });

  it('takes % and _ in a filter literally', async () => {
    expect((await ok(nb.api, 'sources.list', { filter: '%' })).total).toBe(0);
    // Only the seed report's file name holds an underscore.
    expect((await ok(nb.api, 'sources.list', { filter: '_' })).sources.map((s) => s.id)).toEqual([seedId]);
    expect((await ok(nb.api, 'sources.list', { filter: '   ' })).total).toBe(302);
  });

  it('counts each source’s claims exactly', async () => {
    const db = nb.api.notebook.db;
    const counts = new Map((db.prepare('SELECT source_id, count(*) AS n FROM claims GROUP BY source_id').all() as { source_id: string; n: number }[]).map((r) => [r.source_id, r.n]));
    const { sources } = await ok(nb.api, 'sources.list', { sort: 'claimCount' });
    for (const s of sources) expect(s.claimCount, s.title).toBe(counts.get(s.id) ?? 0);
    expect(sources.find((s) => s.id === seedId)?.claimCount).toBe(1);
    expect(sources[0].title).toBe(LONG_TITLE);
  });

  it('reads each indexed order from its index, never sorting the table', () => {
    const db = nb.api.notebook.db;
    for (const sort of ['capturedAt', 'title', 'publishedAt', 'reliability'] as const) {
      const { sql, params } = listSql({ sort, limit: 50, offset: 100 });
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan, sort).not.toMatch(/TEMP B-TREE/);
      expect(plan, sort).toMatch(/claims_by_source/);
    }
  });

  it('refuses a page that makes no sense, in words', async () => {
    expect((await fails(nb.api, 'sources.list', { limit: 0 })).code).toBe('VALIDATION');
    expect((await fails(nb.api, 'sources.list', { offset: -1, limit: 10 })).code).toBe('VALIDATION');
    expect((await fails(nb.api, 'sources.list', { limit: 5000 })).code).toBe('VALIDATION');
    expect((await ok(nb.api, 'sources.list', { offset: 1000, limit: 10 })).sources).toEqual([]);
  });
});

describe('sources.locate', () => {
  it('gives where a source stands in each order and filter, and null when the filter leaves it out', async () => {
    for (const sort of SORTS) {
      const all = (await ok(nb.api, 'sources.list', { sort })).sources;
      for (const at of [0, 1, 150, 301]) expect((await ok(nb.api, 'sources.locate', { id: all[at].id, sort })).index, `${sort} ${at}`).toBe(at);
    }
    const rare = (await ok(nb.api, 'sources.list', { sort: 'title', filter: RARE_WORD })).sources;
    expect((await ok(nb.api, 'sources.locate', { id: rare[2].id, sort: 'title', filter: RARE_WORD })).index).toBe(2);
    expect((await ok(nb.api, 'sources.locate', { id: seedId, sort: 'title', filter: RARE_WORD })).index).toBeNull();
    expect((await ok(nb.api, 'sources.locate', { id: 'src_nothere' })).index).toBeNull();
  });
});
