/**
 * The renderer's query cache over a real notebook's API: answers keyed by method + input, one
 * request for many askers, refreshed or dropped by the change events the real writes report, and
 * evicted when nobody watches them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';
import { QueryCache, queryKey, shareEqual, type QueryCacheOptions } from '../../src-renderer/app/query-cache';
import { importFixture, ok, openTestNotebook, SEED, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
let factSheetId: string;
/** Every request the cache sent, as `method input`. */
let sent: string[];

beforeEach(async () => {
  nb = openTestNotebook();
  seedId = (await importFixture(nb.api, ...SEED)).source.id;
  factSheetId = (await importFixture(nb.api, ...WH_FACT_SHEET)).source.id;
  sent = [];
});
afterEach(() => nb.close());

function cacheOverNotebook(options: QueryCacheOptions = {}): QueryCache {
  const fetcher = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    sent.push(queryKey(method, input));
    return ok(nb.api, method, input);
  };
  const cache = new QueryCache(fetcher, { refreshDelayMs: 5, ...options });
  nb.api.onChange((event) => cache.changed(event));
  return cache;
}

/** Resolves once `check` holds (the cache refreshes on a short timer after a change). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('the query cache', () => {
  it('gives the same key for the same input in any key order, and skips undefined fields', () => {
    expect(queryKey('sources.list', { sort: 'title', filter: undefined, limit: 5 })).toBe(queryKey('sources.list', { limit: 5, sort: 'title' }));
    expect(queryKey('claims.get', { id: 'a' })).not.toBe(queryKey('claims.get', { id: 'b' }));
    expect(queryKey('claims.get', { id: 'a' })).not.toBe(queryKey('claims.list', { id: 'a' }));
  });

  it('coalesces: many askers of one answer cause one request, and a cached answer none', async () => {
    const cache = cacheOverNotebook();
    const [a, b, c] = await Promise.all([cache.fetch('sources.list', {}), cache.fetch('sources.list', {}), cache.fetch('sources.list', {})]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(a.total).toBe(2);
    await cache.fetch('sources.list', {});
    expect(sent).toEqual([queryKey('sources.list', {})]);
  });

  it('refreshes a watched answer after a write that touches it, once for a burst of changes', async () => {
    const cache = cacheOverNotebook();
    let notified = 0;
    cache.subscribe('claims.list', { sourceId: seedId }, () => notified++);
    await until(() => cache.snapshot('claims.list', { sourceId: seedId }).data !== undefined);
    expect(cache.snapshot('claims.list', { sourceId: seedId }).data?.claims).toEqual([]);

    await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Polonez-M missile systems' });
    await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Borchuk', occurrence: 1 });
    await until(() => cache.snapshot('claims.list', { sourceId: seedId }).data?.claims.length === 2);
    expect(sent.filter((k) => k === queryKey('claims.list', { sourceId: seedId }))).toHaveLength(2);
    expect(notified).toBeGreaterThan(0);
  });

  it('leaves answers a change does not touch alone', async () => {
    const cache = cacheOverNotebook();
    cache.subscribe('briefs.list', {}, () => undefined);
    cache.subscribe('sources.get', { id: factSheetId }, () => undefined);
    await until(() => !cache.snapshot('briefs.list', {}).loading && !cache.snapshot('sources.get', { id: factSheetId }).loading);
    const before = sent.length;
    await ok(nb.api, 'sources.update', { id: seedId, patch: { reliability: 'B' } });
    await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Polonez-M missile systems' });
    await new Promise((r) => setTimeout(r, 30));
    expect(sent.length).toBe(before);
  });

  it('drops an unwatched answer a change touched, so the next asker reads the notebook', async () => {
    const cache = cacheOverNotebook();
    const first = await cache.fetch('sources.get', { id: seedId });
    expect(cache.has('sources.get', { id: seedId })).toBe(true);
    await ok(nb.api, 'sources.update', { id: seedId, patch: { title: 'Borchuk report' } });
    expect(cache.has('sources.get', { id: seedId })).toBe(false);
    const second = await cache.fetch('sources.get', { id: seedId });
    expect(second.source.title).toBe('Borchuk report');
    expect(second).not.toBe(first);
  });

  it('a watched source refreshed after an edit keeps its unchanged blocks (the reader does not rebuild them)', async () => {
    const cache = cacheOverNotebook();
    cache.subscribe('sources.get', { id: seedId }, () => undefined);
    await until(() => cache.snapshot('sources.get', { id: seedId }).data !== undefined);
    const first = cache.snapshot('sources.get', { id: seedId }).data;
    await ok(nb.api, 'sources.update', { id: seedId, patch: { title: 'Borchuk report' } });
    await until(() => cache.snapshot('sources.get', { id: seedId }).data?.source.title === 'Borchuk report');
    expect(cache.snapshot('sources.get', { id: seedId }).data?.blocks).toBe(first?.blocks);
  });

  it('does not hand out an answer that was being read when a change arrived', async () => {
    const cache = cacheOverNotebook();
    const running = cache.fetch('claims.list', { sourceId: seedId });
    await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Polonez-M missile systems' });
    await running;
    expect((await cache.fetch('claims.list', { sourceId: seedId })).claims).toHaveLength(1);
  });

  it('keeps a failure with the last good answer, and tells NOT_FOUND apart', async () => {
    const cache = cacheOverNotebook();
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Polonez-M missile systems' });
    cache.subscribe('claims.get', { id: claim.id }, () => undefined);
    await until(() => cache.snapshot('claims.get', { id: claim.id }).data !== undefined);
    await ok(nb.api, 'claims.delete', { id: claim.id, force: true });
    await until(() => cache.snapshot('claims.get', { id: claim.id }).error !== null);
    const snap = cache.snapshot('claims.get', { id: claim.id });
    expect(snap.data?.claim.id).toBe(claim.id);
    expect(String(snap.error)).toMatch(/NOT_FOUND/);
  });

  it('evicts answers nobody watched for a while, and the least recently used beyond the limit', async () => {
    let now = 1_000;
    const cache = cacheOverNotebook({ keepUnusedMs: 10_000, maxUnused: 2, now: () => now });
    const off = cache.subscribe('sources.get', { id: seedId }, () => undefined);
    await until(() => cache.snapshot('sources.get', { id: seedId }).data !== undefined);
    await cache.fetch('briefs.list', {});
    now += 1;
    await cache.fetch('tags.list', {});
    now += 1;
    await cache.fetch('sources.list', {});
    // Watched answers stay; of the unwatched, the two most recently used.
    expect(cache.has('sources.get', { id: seedId })).toBe(true);
    expect(cache.has('briefs.list', {})).toBe(false);
    expect(cache.has('tags.list', {})).toBe(true);
    expect(cache.has('sources.list', {})).toBe(true);

    off();
    now += 10_000;
    await cache.fetch('trash.list', {});
    expect(cache.has('sources.get', { id: seedId })).toBe(false);
    expect(cache.has('tags.list', {})).toBe(false);
    expect(cache.size).toBe(1);
  });

  it('a second subscriber after a quiet time sees the kept answer at once, refreshed in the background', async () => {
    const cache = cacheOverNotebook();
    const off = cache.subscribe('briefs.list', {}, () => undefined);
    await until(() => cache.snapshot('briefs.list', {}).data !== undefined);
    const kept = cache.snapshot('briefs.list', {}).data;
    off();
    cache.subscribe('briefs.list', {}, () => undefined);
    expect(cache.snapshot('briefs.list', {}).data).toBe(kept);
    await until(() => !cache.snapshot('briefs.list', {}).loading);
    // Same answer: same identity.
    expect(cache.snapshot('briefs.list', {}).data).toBe(kept);
  });
});

describe('structural sharing', () => {
  it('keeps equal parts and replaces changed ones', () => {
    const prev = { a: [{ id: 1, t: 'x' }, { id: 2, t: 'y' }], b: { c: 1 } };
    const next = { a: [{ id: 1, t: 'x' }, { id: 2, t: 'z' }], b: { c: 1 } };
    const shared = shareEqual(prev, next);
    expect(shared).toEqual(next);
    expect(shared.a[0]).toBe(prev.a[0]);
    expect(shared.a[1]).not.toBe(prev.a[1]);
    expect(shared.b).toBe(prev.b);
    expect(shareEqual(prev, structuredClone(prev))).toBe(prev);
    expect(shareEqual({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
  });
});

describe('the reader’s marks in the query cache', () => {
  it('refreshes a watched claims.marks when a claim of its source is made or its status changes, not for another source', async () => {
    const cache = cacheOverNotebook();
    cache.subscribe('claims.marks', { sourceId: seedId }, () => undefined);
    await until(() => cache.snapshot('claims.marks', { sourceId: seedId }).data !== undefined);
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Polonez-M missile systems' });
    await until(() => cache.snapshot('claims.marks', { sourceId: seedId }).data?.marks.length === 1);
    await ok(nb.api, 'claims.update', { id: claim.id, patch: { status: 'refuted' } });
    await until(() => cache.snapshot('claims.marks', { sourceId: seedId }).data?.marks[0]?.status === 'refuted');
    const before = sent.length;
    await ok(nb.api, 'sources.update', { id: factSheetId, patch: { reliability: 'B' } });
    await new Promise((r) => setTimeout(r, 30));
    expect(sent.length).toBe(before);
  });
});

describe('joined views in the query cache', () => {
  it('refreshes a watched timeline with suggestions when sources are read and when a suggestion is dismissed', async () => {
    const cache = cacheOverNotebook();
    const input = { suggestions: true };
    const suggested = () => cache.snapshot('timeline.events', input).data?.events.filter((e) => e.suggestionId) ?? [];
    cache.subscribe('timeline.events', input, () => undefined);
    await until(() => cache.snapshot('timeline.events', input).data !== undefined);
    expect(suggested()).toEqual([]);
    await ok(nb.api, 'suggestions.readAll', {});
    await until(() => suggested().length > 0);
    const first = suggested()[0];
    await ok(nb.api, 'suggestions.dismiss', { id: first.suggestionId! });
    await until(() => !suggested().some((e) => e.suggestionId === first.suggestionId));
  });

  it('refreshes a watched map with entities, and the case summary, when an entity changes', async () => {
    const cache = cacheOverNotebook();
    await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'By 2018, Borchuk' });
    const input = { entities: true };
    const labels = () => cache.snapshot('map.graph', input).data?.nodes.filter((n) => n.kind === 'entity').map((n) => n.label) ?? [];
    cache.subscribe('map.graph', input, () => undefined);
    cache.subscribe('summary.case', {}, () => undefined);
    await until(() => labels().includes('Vitaly Borchuk'));
    await until(() => cache.snapshot('summary.case', {}).data !== undefined);
    const before = sent.filter((k) => k.startsWith('summary.case')).length;
    const node = cache.snapshot('map.graph', input).data!.nodes.find((n) => n.kind === 'entity' && n.label === 'Vitaly Borchuk')!;
    await ok(nb.api, 'entities.rename', { id: node.kind === 'entity' ? node.entityId : '', name: 'Colonel Borchuk' });
    await until(() => labels().includes('Colonel Borchuk'));
    await until(() => sent.filter((k) => k.startsWith('summary.case')).length > before);
  });
});
