/**
 * An import resolves only the entities its source touches, and a source's delete only those it
 * took away (issue 13: an import's cost is its own source's, not the notebook's): after each of a
 * run of real imports, decisions and deletes, the notebook is exactly as resolving every entity
 * of the whole notebook again leaves it: names, types, cross-source aliases and every mention.
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Entity } from '../../src-main/contract/entities';
import { resolveEntities } from '../../src-main/store/entity-resolve';
import { fixture } from '../helpers';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

const opened: TestNotebook[] = [];
afterEach(() => opened.splice(0).forEach((nb) => nb.close()));

const state = (db: Database) => ({
  entities: db.prepare('SELECT id, key, name, type FROM entities ORDER BY id').all(),
  mentions: db.prepare('SELECT id, entity_id FROM entity_mentions ORDER BY id').all(),
});

/** The notebook as it is, and as resolving the whole of it again leaves it: the same. */
function expectWholeResolution(db: Database, step: string): void {
  const now = state(db);
  resolveEntities(db);
  expect(state(db), step).toEqual(now);
}

const text = (body: string) => Buffer.from(body, 'utf8').toString('base64');
const mentionEntity = (db: Database, sourceId: string, exact: string) =>
  (db.prepare('SELECT entity_id AS id FROM entity_mentions WHERE source_id = ? AND exact = ?').get(sourceId, exact) as { id: string | null } | undefined)?.id;

describe('entities resolved per import', () => {
  it('leaves the notebook as a whole resolution would, import after import, decision and delete', async () => {
    const nb = openTestNotebook();
    opened.push(nb);
    const { api } = nb;
    const db = api.notebook.db;
    await importFixture(api, ...SEED);
    expectWholeResolution(db, 'seed report');
    for (const dir of ['us-gov-whitehouse', 'wikipedia-2019']) {
      for (const file of readdirSync(fixture('topic', dir)).filter((f) => f.endsWith('.md'))) {
        await importFixture(api, 'topic', dir, file);
        expectWholeResolution(db, file);
      }
    }

    // A surname alone joins the one full name it shortens across sources, until a second full name ends so.
    const surname = (await ok(api, 'sources.import', { fileName: 'surname.txt', data: text('President Lukashenka spoke in Minsk on Monday. Mr. Lukashenka then left for Moscow.') })).source.id;
    expectWholeResolution(db, 'a surname alone');
    const joined = mentionEntity(db, surname, 'Lukashenka');
    const other = (await ok(api, 'sources.import', { fileName: 'other.txt', data: text('Viktor Lukashenka, a farmer from Grodno, said the harvest was poor. Lukashenka sells grain.') })).source.id;
    expectWholeResolution(db, 'a second full name');
    expect(mentionEntity(db, surname, 'Lukashenka'), 'the surname no longer names one person').not.toBe(joined);

    // Decisions (resolved over the whole notebook), then imports that touch the entities decided on.
    const list = (await ok(api, 'entities.list', {})).entities;
    const named = (name: string) => list.find((e) => e.name === name || e.aliases.includes(name)) as Entity;
    await ok(api, 'entities.rename', { id: named('Belarus').id, name: 'Republic of Belarus' });
    await ok(api, 'entities.merge', { ids: [named('Minsk').id, named('Moscow').id] });
    await ok(api, 'entities.setType', { id: named('Cuba').id, type: 'organization' });
    await ok(api, 'entities.delete', { id: named('Viktor Lukashenka').id });
    await ok(api, 'sources.import', { fileName: 'decided.txt', data: text('Belarus and Cuba met in Moscow. Viktor Lukashenka and Alexander Lukashenko were in Minsk.') });
    expectWholeResolution(db, 'after decisions');

    // Deleting a source resolves what it took away; restoring it resolves the whole notebook.
    await ok(api, 'sources.delete', { id: other, force: true });
    expectWholeResolution(db, 'after deleting a source');
    expect(mentionEntity(db, surname, 'Lukashenka'), 'the surname names one person again').toBe(joined);
    await ok(api, 'sources.delete', { id: surname, force: true });
    expectWholeResolution(db, 'after deleting another');
    const trash = (await ok(api, 'trash.list', {})).entries;
    await ok(api, 'trash.restore', { id: trash[0].id });
    expectWholeResolution(db, 'after a restore');
  });
});
