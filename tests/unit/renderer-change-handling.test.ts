/**
 * How the renderer learns of changes: its own writes announce the events in their result at once,
 * the event stream delivers them again (and those of other windows and the command line), and the
 * query cache refreshes a watched answer once for both. Runs the renderer's real IPC client, `call`,
 * change stream and query cache under Node, against a real notebook behind a preload-shaped object.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src-main/contract/methods';
import type { CasebookPreloadApi } from '../../src-main/contract/preload-api';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
/** The methods the page called, in order. */
const calls: string[] = [];

beforeAll(async () => {
  nb = openTestNotebook();
  seedId = (await importFixture(nb.api, ...SEED)).source.id;
  // What the desktop preload exposes: one function per method, and the change stream.
  const preload = new Proxy({} as Record<string, unknown>, {
    get: (_target, name: string) =>
      name === 'onChange'
        ? (listener: (e: ChangeEvent) => void) => nb.api.onChange(listener)
        : (input: unknown) => {
            calls.push(name);
            return nb.api.dispatch(name, input);
          },
  }) as unknown as CasebookPreloadApi;
  (globalThis as { window?: unknown }).window = { casebook: preload };
});
afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
  nb.close();
});

async function renderer() {
  const [{ call }, { onChange }, { queryCache }] = await Promise.all([import('../../src-renderer/app/api'), import('../../src-renderer/app/changes'), import('../../src-renderer/app/use-query')]);
  return { call, onChange, cache: queryCache() };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('change handling in the renderer', () => {
  it('a write announces the events of its result, and the stream delivers them again', async () => {
    const { call, onChange } = await renderer();
    const seen: ChangeEvent[] = [];
    const off = onChange((e) => seen.push(e));
    const { claim } = await call('claims.create', { sourceId: seedId, quote: 'Polonez-M missile systems' });
    off();
    const created = seen.filter((e) => e.entity === 'claim' && e.action === 'created' && e.id === claim.id);
    expect(created).toHaveLength(2);
    expect(seen.every((e) => e.entity !== 'notebook')).toBe(true);
  });

  it('a watched answer is refreshed once for a change announced twice', async () => {
    const { call, cache } = await renderer();
    cache.subscribe('claims.list', { sourceId: seedId }, () => undefined);
    await until(() => cache.snapshot('claims.list', { sourceId: seedId }).data !== undefined);
    const before = cache.snapshot('claims.list', { sourceId: seedId }).data?.claims.length ?? 0;
    calls.length = 0;
    await call('claims.create', { sourceId: seedId, quote: 'Borchuk', occurrence: 1 });
    await until(() => cache.snapshot('claims.list', { sourceId: seedId }).data?.claims.length === before + 1);
    await new Promise((r) => setTimeout(r, 60));
    expect(calls.filter((m) => m === 'claims.list')).toHaveLength(1);
  });

  it('a change made elsewhere (another window, the command line) reaches the cache through the stream', async () => {
    const { cache } = await renderer();
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Minsk', occurrence: 1 });
    cache.subscribe('claims.get', { id: claim.id }, () => undefined);
    await until(() => cache.snapshot('claims.get', { id: claim.id }).data?.claim.status === 'unassessed');
    await ok(nb.api, 'claims.update', { id: claim.id, patch: { status: 'supported' } });
    await until(() => cache.snapshot('claims.get', { id: claim.id }).data?.claim.status === 'supported');
  });

  it('a failed write announces nothing and throws the API’s own words', async () => {
    const { call, onChange } = await renderer();
    const seen: ChangeEvent[] = [];
    const off = onChange((e) => seen.push(e));
    await expect(call('claims.update', { id: 'no-such-claim', patch: { statement: 'x' } })).rejects.toMatchObject({ name: 'ApiFailure', code: 'NOT_FOUND' });
    off();
    expect(seen).toEqual([]);
  });
});
