/**
 * The claims table's API over a real notebook: claims.query (filters, sorting, paging),
 * claims.bulkUpdate, tags.rename (with merge) and tags.delete, each checked by reading back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src-main/contract/methods';
import { openNotebook } from '../../src-main/store/db';
import { createApi } from '../../src-main/api/dispatch';
import { fails, importFixture, ok, openTestNotebook, SEED, snapshot, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
let factId: string;
const ids: Record<string, string> = {};

beforeEach(async () => {
  nb = openTestNotebook();
  seedId = (await importFixture(nb.api, ...SEED)).source.id;
  factId = (await importFixture(nb.api, ...WH_FACT_SHEET)).source.id;
  const make = async (key: string, sourceId: string, quote: string, fields: Record<string, unknown>) => {
    ids[key] = (await ok(nb.api, 'claims.create', { sourceId, quote, ...fields })).claim.id;
  };
  await make('range', seedId, 'with a range of 300 km', { statement: 'Missiles reach 300 km', status: 'disputed', credibility: 3, eventDate: '2024-01', tags: ['Polonez', 'Missiles'] });
  await make('borchuk', seedId, 'Vitaly Borchuk', { occurrence: 1, statement: 'Borchuk is the ambassador', status: 'supported', credibility: 1, eventDate: '2023-11-02', tags: ['people'] });
  await make('regime', factId, 'The Cuban regime aligns itself', { statement: 'Cuba aligns with hostile countries', status: 'unassessed', eventDate: '2026-01-29', tags: ['polonez'] });
});
afterEach(() => nb.close());

const statements = (v: { claims: { statement: string }[] }) => v.claims.map((c) => c.statement);

describe('claims.query', () => {
  it('lists every claim with its source title and the total', async () => {
    const v = await ok(nb.api, 'claims.query', { sort: 'statement' });
    expect(v.total).toBe(3);
    expect(statements(v)).toEqual(['Borchuk is the ambassador', 'Cuba aligns with hostile countries', 'Missiles reach 300 km']);
    expect(v.claims[1].sourceTitle).toMatch(/Fact Sheet/);
  });

  it('sorts by every column both ways, with empty values last', async () => {
    expect(statements(await ok(nb.api, 'claims.query', { sort: 'credibility' }))).toEqual(['Borchuk is the ambassador', 'Missiles reach 300 km', 'Cuba aligns with hostile countries']);
    expect(statements(await ok(nb.api, 'claims.query', { sort: 'credibility', direction: 'desc' }))).toEqual(['Missiles reach 300 km', 'Borchuk is the ambassador', 'Cuba aligns with hostile countries']);
    expect(statements(await ok(nb.api, 'claims.query', { sort: 'eventDate', direction: 'desc' }))[0]).toBe('Cuba aligns with hostile countries');
    expect(statements(await ok(nb.api, 'claims.query', { sort: 'status' }))).toEqual(['Cuba aligns with hostile countries', 'Borchuk is the ambassador', 'Missiles reach 300 km']);
    expect(statements(await ok(nb.api, 'claims.query', { sort: 'source' }))[0]).toBe('Cuba aligns with hostile countries');
    expect(statements(await ok(nb.api, 'claims.query', { sort: 'tags' }))[0]).toBe('Missiles reach 300 km');
    for (const sort of ['likelihood', 'evidence', 'updatedAt'] as const) {
      const v = await ok(nb.api, 'claims.query', { sort, direction: 'desc' });
      expect(v.claims).toHaveLength(3);
    }
  });

  it('filters by status, credibility (0 = not graded), tag, source, date range and text, together', async () => {
    expect(statements(await ok(nb.api, 'claims.query', { statuses: ['supported', 'disputed'], sort: 'statement' }))).toEqual(['Borchuk is the ambassador', 'Missiles reach 300 km']);
    expect(statements(await ok(nb.api, 'claims.query', { credibilities: [0] }))).toEqual(['Cuba aligns with hostile countries']);
    expect((await ok(nb.api, 'claims.query', { tag: 'POLONEZ' })).total).toBe(2);
    expect((await ok(nb.api, 'claims.query', { sourceId: factId })).total).toBe(1);
    // "2024-01" as the upper bound includes any day of January 2024; claims without a date are left out.
    expect(statements(await ok(nb.api, 'claims.query', { dateFrom: '2023-12', dateTo: '2024-01', sort: 'statement' }))).toEqual(['Missiles reach 300 km']);
    expect(statements(await ok(nb.api, 'claims.query', { dateFrom: '2023', sort: 'eventDate' }))).toEqual(['Borchuk is the ambassador', 'Missiles reach 300 km', 'Cuba aligns with hostile countries']);
    expect(statements(await ok(nb.api, 'claims.query', { text: 'AMBASSADOR' }))).toEqual(['Borchuk is the ambassador']);
    expect(statements(await ok(nb.api, 'claims.query', { text: 'range of 300' }))).toEqual(['Missiles reach 300 km']); // the quote counts
    expect((await ok(nb.api, 'claims.query', { tag: 'polonez', statuses: ['unassessed'] })).total).toBe(1);
  });

  it('matches words in any case, beyond A–Z too', async () => {
    await ok(nb.api, 'claims.update', { id: ids.borchuk, patch: { comment: 'Confirmed by Álvaro López in Minsk' } });
    expect(statements(await ok(nb.api, 'claims.query', { text: 'álvaro lópez' }))).toEqual(['Borchuk is the ambassador']);
    expect(statements(await ok(nb.api, 'claims.query', { text: 'ÁLVARO' }))).toEqual(['Borchuk is the ambassador']);
  });

  it('pages: offset and limit over a stable order, the total and (on request) every id', async () => {
    const all = await ok(nb.api, 'claims.query', { sort: 'statement', withIds: true });
    const page = await ok(nb.api, 'claims.query', { sort: 'statement', offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.claims.map((c) => c.id)).toEqual([all.claims[1].id]);
    expect(all.ids).toEqual(all.claims.map((c) => c.id));
    expect(page.ids).toBeUndefined();
  });

  it('refuses an unknown column or a malformed date in words', async () => {
    expect((await fails(nb.api, 'claims.query', { sort: 'colour' })).code).toBe('VALIDATION');
    expect((await fails(nb.api, 'claims.query', { dateFrom: 'January' })).message).toMatch(/2024-01/);
  });
});

describe('claims.bulkUpdate', () => {
  it('sets a status and adds/removes tags on every selected claim in one write, announced per claim, and it survives reopening', async () => {
    const events: ChangeEvent[] = [];
    nb.api.onChange((e) => events.push(e));
    const v = await ok(nb.api, 'claims.bulkUpdate', { ids: [ids.range, ids.borchuk], patch: { status: 'refuted' }, addTags: ['Checked'], removeTags: ['polonez'] });
    expect(v.updated).toBe(2);
    expect(events.map((e) => `${e.entity}:${e.action}:${e.id}`).sort()).toEqual([`claim:updated:${ids.borchuk}`, `claim:updated:${ids.range}`].sort());

    nb.api.notebook.close();
    const reopened = createApi(openNotebook(nb.path));
    try {
      const range = (await ok(reopened, 'claims.get', { id: ids.range })).claim;
      const borchuk = (await ok(reopened, 'claims.get', { id: ids.borchuk })).claim;
      const regime = (await ok(reopened, 'claims.get', { id: ids.regime })).claim;
      expect(range).toMatchObject({ status: 'refuted', tags: ['Checked', 'Missiles'] });
      expect(borchuk).toMatchObject({ status: 'refuted', tags: ['Checked', 'people'] });
      expect(regime).toMatchObject({ status: 'unassessed', tags: ['Polonez'] }); // tags are one per name, spelled as first used
      const audit = (await ok(reopened, 'audit.list', {})).entries.filter((e) => e.action === 'update');
      expect(audit).toHaveLength(2);
    } finally {
      reopened.notebook.close();
      nb.api.notebook.close = () => {};
    }
  });

  it('changes nothing at all when one id is unknown', async () => {
    const before = snapshot(nb.api);
    const error = await fails(nb.api, 'claims.bulkUpdate', { ids: [ids.range, 'clm_nope'], patch: { status: 'refuted' } });
    expect(error.code).toBe('NOT_FOUND');
    expect(snapshot(nb.api)).toEqual(before);
    expect((await ok(nb.api, 'claims.get', { id: ids.range })).claim.status).toBe('disputed');
  });

  it('announces a change to more than 500 claims as one notebook change, not a flood of events', async () => {
    const many: string[] = [];
    for (let i = 0; i < 501; i++) many.push((await ok(nb.api, 'claims.create', { sourceId: factId, quote: 'The Cuban regime', statement: `Claim ${i}` })).claim.id);
    const events: ChangeEvent[] = [];
    nb.api.onChange((e) => events.push(e));
    expect((await ok(nb.api, 'claims.bulkUpdate', { ids: many, addTags: ['bulk'] })).updated).toBe(501);
    expect(events).toEqual([{ entity: 'notebook', action: 'updated', id: nb.path }]);
    expect((await ok(nb.api, 'claims.query', { tag: 'bulk' })).total).toBe(501);
  });

  it('skips claims that already are as asked (no audit entry, no event)', async () => {
    const v = await ok(nb.api, 'claims.bulkUpdate', { ids: [ids.borchuk, ids.range], patch: { status: 'supported' } });
    expect(v.claimIds).toEqual([ids.range]);
  });
});

describe('tags.rename and tags.delete', () => {
  it('renames a tag on every claim, keeping its claims', async () => {
    const v = await ok(nb.api, 'tags.rename', { from: 'people', to: 'Persons' });
    expect(v).toEqual({ claimIds: [ids.borchuk], merged: false });
    expect((await ok(nb.api, 'tags.list', {})).tags.map((t) => t.name)).toEqual(['Missiles', 'Persons', 'Polonez']);
    expect((await ok(nb.api, 'claims.get', { id: ids.borchuk })).claim.tags).toEqual(['Persons']);
    expect((await ok(nb.api, 'search.query', { query: 'Persons' })).hits.map((h) => h.id)).toContain(ids.borchuk);
  });

  it('changes only the spelling when renamed to the same tag in other letters', async () => {
    await ok(nb.api, 'tags.rename', { from: 'polonez', to: 'POLONEZ' });
    expect((await ok(nb.api, 'tags.list', {})).tags).toContainEqual({ name: 'POLONEZ', count: 2 });
  });

  it('merges onto an existing tag: one tag, the claims of both, no claim with it twice', async () => {
    await ok(nb.api, 'claims.update', { id: ids.range, patch: { tags: ['Polonez', 'Missiles', 'people'] } });
    const v = await ok(nb.api, 'tags.rename', { from: 'Missiles', to: 'people' });
    expect(v.merged).toBe(true);
    expect((await ok(nb.api, 'tags.list', {})).tags).toEqual([
      { name: 'people', count: 2 },
      { name: 'Polonez', count: 2 },
    ]);
    expect((await ok(nb.api, 'claims.get', { id: ids.range })).claim.tags).toEqual(['people', 'Polonez']);
  });

  it('deletes a tag from every claim; an unknown tag changes nothing', async () => {
    const v = await ok(nb.api, 'tags.delete', { name: 'Polonez' });
    expect(v.claimIds.sort()).toEqual([ids.range, ids.regime].sort());
    expect((await ok(nb.api, 'tags.list', {})).tags.map((t) => t.name)).toEqual(['Missiles', 'people']);
    const before = snapshot(nb.api);
    expect((await fails(nb.api, 'tags.delete', { name: 'Nothing' })).code).toBe('NOT_FOUND');
    expect((await fails(nb.api, 'tags.rename', { from: 'Nothing', to: 'x' })).code).toBe('NOT_FOUND');
    expect(snapshot(nb.api)).toEqual(before);
  });
});
