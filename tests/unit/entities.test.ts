/**
 * Entities through the real dispatch on a real notebook: found at import in the seed report,
 * grouped, kept decisions (rename, merge, type, delete, split) that survive a re-run of the
 * extraction and a reopen, undo, the backfill of older sources, and claims filtered by entity.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../src-main/api/dispatch';
import { createApi } from '../../src-main/api/dispatch';
import type { Entity } from '../../src-main/contract/entities';
import { openNotebook } from '../../src-main/store/db';
import { fails, importFixture, ok, openTestNotebook, SEED, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

const opened: TestNotebook[] = [];
afterEach(() => opened.splice(0).forEach((nb) => nb.close()));

async function seeded(): Promise<{ nb: TestNotebook; api: Api; seedId: string }> {
  const nb = openTestNotebook();
  opened.push(nb);
  const seedId = (await importFixture(nb.api, ...SEED)).source.id;
  return { nb, api: nb.api, seedId };
}

const byName = (list: Entity[], name: string) => list.find((e) => e.name === name || e.aliases.includes(name));

/** Forgets what the extractor found (not the decisions) and runs it again over every source. */
async function reExtract(api: Api) {
  api.notebook.db.exec('DELETE FROM entity_extractions; DELETE FROM entity_mentions; DELETE FROM entity_groups;');
  const run = await ok(api, 'entities.extract', { limit: 100 });
  expect(run.remaining).toBe(0);
  return (await ok(api, 'entities.list', {})).entities;
}

describe('entities found at import', () => {
  it('groups the seed report’s mentions: surnames, possessives and acronyms with the full name', async () => {
    const { api, seedId } = await seeded();
    const { entities, pending } = await ok(api, 'entities.list', {});
    expect(pending).toBe(0);
    const khrenin = byName(entities, 'Viktor Khrenin');
    expect(khrenin).toMatchObject({ type: 'person', aliases: ['Khrenin'] });
    const lukashenko = byName(entities, 'Lukashenko') as Entity;
    expect(lukashenko.type).toBe('person');
    expect(lukashenko.mentions).toBeGreaterThan(20);
    const us = byName(entities, 'United States') as Entity;
    expect(us.type).toBe('place');
    expect(us.aliases).toContain('U.S.');
    expect(byName(entities, 'U.S.')?.id).toBe(us.id);
    expect(byName(entities, 'Belarusian Ministry of Defense')?.aliases).toContain('Belarusian Defense Ministry');

    // Each mention is anchored: its offsets hold its text exactly; "Belarus's" is a mention of Belarus.
    const { text } = await ok(api, 'sources.text', { id: seedId });
    const belarus = await ok(api, 'entities.get', { id: (byName(entities, 'Belarus') as Entity).id });
    for (const m of belarus.mentions) expect(text.slice(m.start, m.end)).toBe(m.exact);
    const possessive = text.indexOf("Belarus's");
    expect(belarus.mentions.some((m) => m.start === possessive && m.end === possessive + 'Belarus'.length)).toBe(true);
    expect(belarus.mentions[0].sourceTitle).toMatch(/Lukashenko and Cuba/);

    // Filters: by type and by source.
    const places = (await ok(api, 'entities.list', { type: 'place' })).entities;
    expect(places.every((e) => e.type === 'place')).toBe(true);
    expect(places.length).toBeGreaterThan(10);
    expect((await ok(api, 'entities.list', { sourceId: seedId })).entities.length).toBe(entities.length);
  });

  it('counts one entity across sources, and the claims whose passage mentions it', async () => {
    const { api, seedId } = await seeded();
    const sheetId = (await importFixture(api, ...WH_FACT_SHEET)).source.id;
    const cuba = byName((await ok(api, 'entities.list', {})).entities, 'Cuba') as Entity;
    expect(cuba.sources).toBe(2);
    expect((await ok(api, 'entities.list', { sourceId: sheetId })).entities.map((e) => e.id)).toContain(cuba.id);

    const { claim } = await ok(api, 'claims.create', { sourceId: seedId, quote: 'Viktor Khrenin, visited Cuba' });
    await ok(api, 'claims.create', { sourceId: seedId, quote: 'Polonez-M missile systems' });
    const khrenin = byName((await ok(api, 'entities.list', {})).entities, 'Khrenin') as Entity;
    expect((await ok(api, 'entities.get', { id: khrenin.id })).claims.map((c) => c.id)).toEqual([claim.id]);
    const filtered = await ok(api, 'claims.query', { entityId: khrenin.id });
    expect(filtered.claims.map((c) => c.id)).toEqual([claim.id]);
    expect((await ok(api, 'claims.query', { entityId: cuba.id })).total).toBe(1);
  });
});

describe('the analyst’s decisions', () => {
  it('rename, type, merge, delete and split are kept when the extraction runs again and after reopening', async () => {
    const { nb, api } = await seeded();
    const list = (await ok(api, 'entities.list', {})).entities;
    const lukashenko = byName(list, 'Lukashenko') as Entity;
    const kremlin = byName(list, 'Kremlin') as Entity;
    const minsk = byName(list, 'Minsk') as Entity;
    const havana = byName(list, 'Havana') as Entity;
    const beltech = byName(list, 'Beltechexport') as Entity;
    const lopez = byName(list, 'Álvaro López') as Entity;

    await ok(api, 'entities.rename', { id: lukashenko.id, name: 'Alexander Lukashenko' });
    await ok(api, 'entities.setType', { id: kremlin.id, type: 'place' });
    const merged = await ok(api, 'entities.merge', { ids: [minsk.id, havana.id] });
    expect(merged.entity.mentions).toBe(minsk.mentions + havana.mentions);
    await ok(api, 'entities.delete', { id: beltech.id });
    // Split "Castro" off Raúl Castro: the Castro brothers and the Castro regime are not him.
    const castro = byName(list, 'Raúl Castro') as Entity;
    const castroMention = (await ok(api, 'entities.get', { id: castro.id })).mentions.find((m) => m.exact === 'Castro');
    const split = await ok(api, 'entities.splitMention', { mentionId: castroMention!.id });
    expect(split.entity.name).toBe('Castro');

    const check = (entities: Entity[]) => {
      expect(entities.find((e) => e.id === lukashenko.id)?.name).toBe('Alexander Lukashenko');
      expect(entities.find((e) => e.id === kremlin.id)?.type).toBe('place');
      expect(entities.find((e) => e.id === havana.id)).toBeUndefined();
      expect(entities.find((e) => e.id === minsk.id)?.aliases).toContain('Havana');
      expect(entities.find((e) => e.id === beltech.id)).toBeUndefined();
      expect(entities.find((e) => e.id === split.entity.id)?.mentions).toBe(2);
      expect(entities.find((e) => e.id === castro.id)?.mentions).toBe(1);
      expect(entities.find((e) => e.id === lopez.id)?.name).toBe('Álvaro López');
    };
    check((await ok(api, 'entities.list', {})).entities);
    check(await reExtract(api));

    // Saved means in the file: reopen it.
    api.notebook.close();
    const again = createApi(openNotebook(nb.path));
    check((await ok(again, 'entities.list', {})).entities);
    again.notebook.close();
    nb.close = () => undefined;
    opened.pop();
  });

  it('undo takes a delete or a merge back', async () => {
    const { api } = await seeded();
    const list = (await ok(api, 'entities.list', {})).entities;
    const minsk = byName(list, 'Minsk') as Entity;
    const havana = byName(list, 'Havana') as Entity;
    const deleted = await ok(api, 'entities.delete', { id: havana.id });
    expect(byName((await ok(api, 'entities.list', {})).entities, 'Havana')).toBeUndefined();
    await ok(api, 'entities.undo', { decisionIds: deleted.decisionIds });
    expect(byName((await ok(api, 'entities.list', {})).entities, 'Havana')).toEqual(havana);
    const merged = await ok(api, 'entities.merge', { ids: [minsk.id, havana.id] });
    await ok(api, 'entities.undo', { decisionIds: merged.decisionIds });
    const after = (await ok(api, 'entities.list', {})).entities;
    expect(after.find((e) => e.id === minsk.id)).toEqual(minsk);
    expect(after.find((e) => e.id === havana.id)).toEqual(havana);
    expect((await fails(api, 'entities.undo', { decisionIds: merged.decisionIds })).message).toMatch(/already undone/);
  });

  it('refuses, in words, what it cannot do', async () => {
    const { api } = await seeded();
    const belarus = byName((await ok(api, 'entities.list', {})).entities, 'Belarus') as Entity;
    expect((await fails(api, 'entities.get', { id: 'ent_nope' })).message).toMatch(/no entity/);
    expect((await fails(api, 'entities.merge', { ids: [belarus.id] })).message).toMatch(/at least 2/);
    expect((await fails(api, 'entities.setType', { id: belarus.id, type: 'event' })).message).toMatch(/person, organization, place/);
    const own = (await ok(api, 'entities.get', { id: belarus.id })).mentions.find((m) => m.exact === 'Belarus');
    expect((await fails(api, 'entities.splitMention', { mentionId: own!.id })).message).toMatch(/own name/);
  });
});

describe('sources imported before entities', () => {
  it('are read once by entities.extract, in batches, and then no more', async () => {
    const { api } = await seeded();
    await importFixture(api, ...WH_FACT_SHEET);
    const before = (await ok(api, 'entities.list', {})).entities;
    api.notebook.db.exec('DELETE FROM entity_extractions; DELETE FROM entity_mentions; DELETE FROM entity_groups; DELETE FROM entities;');
    expect(await ok(api, 'entities.list', {})).toEqual({ entities: [], pending: 2 });
    expect(await ok(api, 'entities.extract', { limit: 1 })).toEqual({ extracted: 1, remaining: 1 });
    expect(await ok(api, 'entities.extract', {})).toEqual({ extracted: 1, remaining: 0 });
    expect(await ok(api, 'entities.extract', {})).toEqual({ extracted: 0, remaining: 0 });
    expect((await ok(api, 'entities.list', {})).entities).toEqual(before);
  });
});
