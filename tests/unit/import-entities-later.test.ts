/**
 * An import writes its source in one transaction and the source's entities in a second one, so
 * the app answers other requests in between (issue 13). A crash between the two leaves a complete
 * source whose entities are still to be found: after reopening, the notebook says so (`pending`)
 * and the backfill the Entities view runs (`entities.extract`) completes them, exactly as an
 * import that was not interrupted would have left them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src-main/api/dispatch';
import { openNotebook } from '../../src-main/store/db';
import { verifyNotebook } from '../../src-main/store/verify';
import { readFixture, tempDir } from '../helpers';
import { ok, openTestNotebook, SEED } from './notebook-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((c) => c()));

const FILE = ['topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md'];
const entitiesOf = async (api: Api) => (await ok(api, 'entities.list', {})).entities;

async function importBoth(api: Api) {
  await ok(api, 'sources.import', { fileName: SEED[1], data: readFixture(...SEED).toString('base64') });
  return ok(api, 'sources.import', { fileName: 'second.md', data: readFixture(...FILE).toString('base64') });
}

describe('an import whose entities were not saved (a crash between its two transactions)', () => {
  it('keeps the source, and its entities are completed by the backfill after reopening', async () => {
    const whole = openTestNotebook();
    cleanups.push(() => whole.close());
    await importBoth(whole.api);
    const expected = await entitiesOf(whole.api);
    expect(expected.length).toBeGreaterThan(10);

    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'crashed.sqlite');
    const log = join(dir, 'casebook.log');
    const was = process.env.CASEBOOK_LOG;
    process.env.CASEBOOK_LOG = log;
    cleanups.push(() => (was === undefined ? delete process.env.CASEBOOK_LOG : (process.env.CASEBOOK_LOG = was)));

    // The second transaction fails on the second import (as if the app died there): only its first part is committed.
    let notebook = openNotebook(path);
    let api = createApi(notebook);
    await ok(api, 'sources.import', { fileName: SEED[1], data: readFixture(...SEED).toString('base64') });
    // In the file, not TEMP: the second part runs on the notebook's writer thread, a connection of its own.
    notebook.db.exec(`CREATE TRIGGER crash_here BEFORE INSERT ON entity_extractions BEGIN SELECT RAISE(ABORT, 'crashed'); END`);
    const result = await api.call('sources.import', { fileName: 'second.md', data: readFixture(...FILE).toString('base64') });
    expect(result.ok, 'the source itself is saved').toBe(true);
    if (!result.ok) return;
    expect(result.value.duplicate).toBe(false);
    expect(result.events?.map((e) => e.entity), 'no entity change is announced').toEqual(['source']);
    expect(readFileSync(log, 'utf8')).toContain('sources.import: its second part was left for later');
    notebook.db.exec('DROP TRIGGER crash_here');
    notebook.close();

    notebook = openNotebook(path);
    cleanups.push(() => notebook.close());
    api = createApi(notebook);
    const sourceId = result.value.source.id;
    const mentions = () => notebook.db.prepare('SELECT count(*) FROM entity_mentions WHERE source_id = ?').pluck().get(sourceId) as number;
    expect(mentions(), 'its entities were not saved').toBe(0);
    expect((await ok(api, 'entities.list', {})).pending, 'the notebook knows they are still to be found').toBe(1);
    expect(verifyNotebook(notebook.db).ok, 'the source is complete: blob, blocks, search row, audit').toBe(true);
    expect((await ok(api, 'sources.get', { id: sourceId })).blocks.length).toBeGreaterThan(0);

    const run = await ok(api, 'entities.extract', { limit: 10 });
    expect(run).toEqual({ extracted: 1, remaining: 0 });
    expect(mentions()).toBeGreaterThan(0);
    expect(await entitiesOf(api), 'the same entities as an import that was not interrupted').toEqual(expected);
  });

  it('saves the entities in the second transaction, and an import of the same file again changes nothing', async () => {
    const nb = openTestNotebook();
    cleanups.push(() => nb.close());
    const second = await importBoth(nb.api);
    expect((await ok(nb.api, 'entities.list', {})).pending).toBe(0);
    const before = await entitiesOf(nb.api);
    const again = await ok(nb.api, 'sources.import', { fileName: 'again.md', data: readFixture(...FILE).toString('base64') });
    expect(again).toMatchObject({ duplicate: true, source: { id: second.source.id } });
    expect(await entitiesOf(nb.api)).toEqual(before);
  });
});
