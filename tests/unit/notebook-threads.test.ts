/**
 * An import's writes run on the notebook's writer thread, and the whole notebook's entity list on
 * its reader thread (issue 13: the app answers other requests during any import): each on a
 * connection of its own, so the main process keeps answering meanwhile. Checked here: a read is
 * answered while a long source is being stored (and not when the threads are off, which shows the
 * check can fail); the results are those of the same work done in-process; writes made meanwhile
 * wait their turn and all land; the thread's errors keep their meaning; a thread that cannot start
 * leaves the work to the main process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { notebookThreads } from '../../src-main/api/notebook-threads';
import { CasebookError } from '../../src-main/contract/errors';
import { importPackedDocument } from '../../src-main/importers/index';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { listEntities } from '../../src-main/store/entity-list';
import { sha256Hex } from '../../src-main/store/sources';
import { verifyNotebook } from '../../src-main/store/verify';
import { readFixture, tempDir } from '../helpers';
import { ok, SEED, WH_FACT_SHEET } from './notebook-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((c) => c()));

function freshNotebook(name = 'threads.sqlite'): { notebook: Notebook; path: string; dir: string } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const path = join(dir, name);
  const notebook = openNotebook(path);
  cleanups.push(() => notebook.close());
  return { notebook, path, dir };
}

/** A long text source (about 4 MB): the fixture report, each copy numbered so none is a duplicate line of another. */
const LONG_TEXT = Array.from({ length: 160 }, (_, i) => `Part ${i + 1}\n\n${readFixture(...SEED).toString('utf8')}`).join('\n\n');

/** Starts storing the long source (parsed first) on the notebook's writer thread. */
async function storeLongSource(notebook: Notebook, enabled?: boolean) {
  const bytes = Buffer.from(LONG_TEXT);
  const doc = await importPackedDocument({ bytes, fileName: 'long.txt' }, {});
  return () => notebookThreads(notebook, { enabled }).write('storeSource', { doc, bytes, sha256: sha256Hex(bytes), fileName: 'long.txt' });
}

/** Whether a read asked for just after the long source began to be stored was answered before it was stored. */
async function readAnsweredWhileStoring(enabled?: boolean): Promise<boolean> {
  const { notebook } = freshNotebook();
  const api = createApi(notebook, { notebookThreads: enabled });
  const store = await storeLongSource(notebook, enabled);
  let stored = false;
  const storing = store().then((r) => ((stored = true), r));
  await ok(api, 'notebook.info', {});
  const answeredFirst = !stored;
  const { id } = await storing;
  expect((await ok(api, 'sources.get', { id })).blocks.length, 'the source is stored whole').toBeGreaterThan(300);
  return answeredFirst;
}

describe('the notebook threads', () => {
  it('answer a read while a long source is being stored on the writer thread', async () => {
    expect(await readAnsweredWhileStoring()).toBe(true);
  });

  it('(without them the read waits: the check above can fail)', async () => {
    expect(await readAnsweredWhileStoring(false)).toBe(false);
  });

  it('give the same notebook as the same imports done in-process', async () => {
    const files = [SEED, WH_FACT_SHEET, ['topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md']];
    const notebooks = [true, false].map((enabled) => {
      const { notebook } = freshNotebook(`threads-${enabled}.sqlite`);
      return { notebook, api: createApi(notebook, { notebookThreads: enabled }) };
    });
    const summaries = [];
    for (const { notebook, api } of notebooks) {
      for (const parts of files) await ok(api, 'sources.import', { fileName: parts[parts.length - 1], data: readFixture(...parts).toString('base64') });
      const { sources } = await ok(api, 'sources.list', {});
      const whole = await ok(api, 'entities.list', {});
      expect(whole.entities, 'the reader thread lists what the notebook holds').toEqual(listEntities(notebook.db));
      summaries.push({
        sources: await Promise.all(sources.map(async (s) => ({ title: s.title, blocks: (await ok(api, 'sources.get', { id: s.id })).blocks.map((b) => b.text) }))),
        entities: whole.entities.map(({ name, type, mentions, sources: n, aliases }) => ({ name, type, mentions, sources: n, aliases })),
        search: (await ok(api, 'search.query', { query: 'Belarus' })).total,
      });
      expect(verifyNotebook(notebook.db).ok).toBe(true);
    }
    expect(summaries[0].entities.length).toBeGreaterThan(20);
    expect(summaries[0].search).toBeGreaterThan(0);
    expect(summaries[0]).toEqual(summaries[1]);
  });

  it('let writes made during a long import wait their turn: every one lands, none finds the notebook busy', async () => {
    const { notebook, path } = freshNotebook();
    const api = createApi(notebook);
    const seed = await ok(api, 'sources.import', { fileName: SEED[1], data: readFixture(...SEED).toString('base64') });
    const importing = api.call('sources.import', { fileName: 'long.txt', data: Buffer.from(LONG_TEXT).toString('base64') });
    const writes = Array.from({ length: 30 }, (_, i) => api.call('claims.create', { sourceId: seed.source.id, quote: 'Borchuk', occurrence: 1, statement: `Claim ${i}`, tags: [`t${i % 3}`] }));
    const results = await Promise.all([importing, ...writes]);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.message)).toEqual([]);
    notebook.close();
    cleanups.pop();
    const reopened = openNotebook(path);
    cleanups.push(() => reopened.close());
    const again = createApi(reopened);
    expect((await ok(again, 'sources.list', {})).sources.map((s) => s.origin).sort()).toEqual([SEED[1], 'long.txt'].sort());
    expect((await ok(again, 'claims.list', {})).claims.map((c) => c.statement).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `Claim ${i}`).sort());
    expect(verifyNotebook(reopened.db).ok).toBe(true);
  });

  it('keep the meaning of an error the thread met: a refusal stays a refusal, in its words', async () => {
    const { notebook } = freshNotebook();
    const bytes = Buffer.from('never parsed');
    const refused = await notebookThreads(notebook)
      .write('storeSource', { doc: null, bytes, sha256: sha256Hex(bytes), fileName: 'x.txt' })
      .then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(CasebookError);
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'The notebook changed during the import; try again.' });
    expect(notebook.db.prepare('SELECT count(*) AS n FROM sources').pluck().get()).toBe(0);
  });

  it('leave the work to the main process when a thread cannot open the notebook, and say so in the log', async () => {
    const { notebook, dir } = freshNotebook();
    const log = join(dir, 'casebook.log');
    const was = process.env.CASEBOOK_LOG;
    process.env.CASEBOOK_LOG = log;
    cleanups.push(() => (was === undefined ? delete process.env.CASEBOOK_LOG : (process.env.CASEBOOK_LOG = was)));
    // As if the thread had a build of better-sqlite3 it cannot load.
    const unopenable = { ...notebook, nativeBinding: join(dir, 'missing.node') };
    const { id, duplicate } = await (await storeLongSource(unopenable))();
    expect(duplicate).toBe(false);
    expect(notebook.db.prepare('SELECT file_name FROM sources WHERE id = ?').pluck().get(id)).toBe('long.txt');
    expect(readFileSync(log, 'utf8')).toContain('a notebook thread could not start; its work runs in-process');
  });

  it('leave the work to the main process when the thread’s script is missing', async () => {
    const { notebook, dir } = freshNotebook();
    const bytes = Buffer.from(readFixture(...SEED));
    const doc = await importPackedDocument({ bytes, fileName: SEED[1] }, {});
    const threads = notebookThreads(notebook, { workerDirectory: dir });
    const { id } = await threads.write('storeSource', { doc, bytes, sha256: sha256Hex(bytes), fileName: SEED[1] });
    expect(await threads.read('listEntities', {})).toEqual([]);
    expect(notebook.db.prepare('SELECT file_name FROM sources WHERE id = ?').pluck().get(id)).toBe(SEED[1]);
  });
});
