/**
 * Several briefs per notebook: the store, the API (validation, change events) and the CLI, each
 * write checked by reopening the SQLite file.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src-main/api/dispatch';
import type { ChangeEvent } from '../../src-main/contract/methods';
import { createBrief, deleteBrief, getBrief, getDefaultBrief, listBriefs, renameBrief, saveBrief } from '../../src-main/store/briefs';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { searchNotebook } from '../../src-main/store/search';
import { tempDir } from '../helpers';
import { ok } from '../api-call';
import { fails, importFixture, SEED, WH_FACT_SHEET } from './notebook-helpers';
import { runCli } from './cli-runner';

const DOC = (text: string) => ({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] }] } });

let dir: string;
let cleanup: () => void;
let path: string;
let open: Notebook[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  path = join(dir, 'case.sqlite');
});
afterEach(() => {
  open.forEach((n) => n.close());
  open = [];
  cleanup();
});

/** Opens the notebook file afresh: what a write left on disk. */
function reopen(): Notebook {
  const notebook = openNotebook(path);
  open.push(notebook);
  return notebook;
}

function reopenApi(): Api {
  return createApi(reopen());
}

describe('the briefs store', () => {
  it('creates, renames and deletes briefs, lists the most recently edited first, and keeps the search index in step', () => {
    const nb = reopen();
    const first = createBrief(nb.db, 'Cuba visit');
    const second = nb.db.transaction(() => createBrief(nb.db, 'Polonez range'))();
    saveBrief(nb.db, first.id, 'Cuba visit', DOC('Khrenin went to Havana'));
    renameBrief(nb.db, second.id, 'Polonez-M range');
    nb.close();
    open = [];

    const again = reopen();
    expect(listBriefs(again.db).map((b) => b.title)).toEqual(['Polonez-M range', 'Cuba visit']);
    expect(getDefaultBrief(again.db)?.id).toBe(second.id);
    expect(getBrief(again.db, first.id).doc).toEqual(DOC('Khrenin went to Havana'));
    expect(searchNotebook(again.db, 'Polonez', { limit: 10, kinds: ['brief'] }).hits.map((h) => h.id)).toEqual([second.id]);

    deleteBrief(again.db, second.id);
    expect(searchNotebook(again.db, 'Polonez', { limit: 10, kinds: ['brief'] }).hits).toEqual([]);
    const audit = again.db.prepare("SELECT detail FROM audit_log WHERE action = 'delete' AND entity = 'brief'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ title: 'Polonez-M range' });
    again.close();
    open = [];
    expect(listBriefs(reopen().db).map((b) => b.id)).toEqual([first.id]);
  });
});

describe('the briefs API', () => {
  it('briefs.create, briefs.rename and briefs.delete write to the file and announce a brief change each', async () => {
    const api = reopenApi();
    const events: ChangeEvent[] = [];
    api.onChange((e) => events.push(e));
    const { brief } = await ok(api, 'briefs.create', { title: '  Havana visit  ' });
    expect(brief).toMatchObject({ title: 'Havana visit', doc: null, exportDetails: { title: '', author: '' } });
    const other = (await ok(api, 'briefs.create', { title: 'Second' })).brief;
    expect((await ok(api, 'briefs.rename', { id: brief.id, title: 'Khrenin in Havana' })).brief.title).toBe('Khrenin in Havana');
    await ok(api, 'briefs.delete', { id: other.id });
    expect(events).toEqual([
      { entity: 'brief', action: 'created', id: brief.id },
      { entity: 'brief', action: 'created', id: other.id },
      { entity: 'brief', action: 'updated', id: brief.id },
      { entity: 'brief', action: 'deleted', id: other.id },
    ]);

    const after = reopenApi();
    expect((await ok(after, 'briefs.list', {})).briefs.map((b) => [b.id, b.title])).toEqual([[brief.id, 'Khrenin in Havana']]);
    expect((await ok(after, 'briefs.get', {})).brief.id).toBe(brief.id);
  });

  it('briefs.get without an id opens the most recently edited brief', async () => {
    const api = reopenApi();
    const a = (await ok(api, 'briefs.create', { title: 'A' })).brief;
    const b = (await ok(api, 'briefs.create', { title: 'B' })).brief;
    await ok(api, 'briefs.save', { id: a.id, title: 'A', doc: DOC('edited last') });
    expect((await ok(reopenApi(), 'briefs.get', {})).brief.id).toBe(a.id);
    await ok(api, 'briefs.rename', { id: b.id, title: 'B renamed' });
    expect((await ok(reopenApi(), 'briefs.get', {})).brief.id).toBe(b.id);
  });

  it('remembers the title and author a brief was exported with, a blank author stays blank, and does not count it as an edit', async () => {
    const api = reopenApi();
    const { brief } = await ok(api, 'briefs.create', { title: 'Havana visit' });
    await ok(api, 'briefs.setExportDetails', { id: brief.id, title: 'Khrenin in Havana: what we know', author: 'J. Doe' });
    let stored = (await ok(reopenApi(), 'briefs.get', { id: brief.id })).brief;
    expect(stored.exportDetails).toEqual({ title: 'Khrenin in Havana: what we know', author: 'J. Doe' });
    expect(stored.updatedAt).toBe(brief.updatedAt);
    await ok(api, 'briefs.setExportDetails', { id: brief.id, title: '', author: '   ' });
    stored = (await ok(reopenApi(), 'briefs.get', { id: brief.id })).brief;
    expect(stored.exportDetails).toEqual({ title: '', author: '' });
  });

  it('refuses a blank title and an unknown brief in words, writing nothing', async () => {
    const api = reopenApi();
    const { brief } = await ok(api, 'briefs.create', { title: 'Kept' });
    const blank = await fails(api, 'briefs.create', { title: '   ' });
    expect(blank.code).toBe('VALIDATION');
    expect(blank.message).toMatch(/“title” must not be empty/);
    expect((await fails(api, 'briefs.rename', { id: brief.id, title: '' })).message).toMatch(/“title” must not be empty/);
    const missing = await fails(api, 'briefs.delete', { id: 'brf_nothere' });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toBe('There is no brief with id “brf_nothere” in this notebook.');
    expect((await fails(api, 'briefs.rename', { id: 'brf_nothere', title: 'x' })).code).toBe('NOT_FOUND');
    expect((await fails(api, 'exports.render', { format: 'md', briefId: 'brf_nothere' })).code).toBe('NOT_FOUND');
    expect((await ok(reopenApi(), 'briefs.list', {})).briefs.map((b) => b.title)).toEqual(['Kept']);
  });

  it('exports.render lays out the brief it is given, and the most recently edited one by default', async () => {
    const api = reopenApi();
    const a = (await ok(api, 'briefs.create', { title: 'Havana visit' })).brief;
    const b = (await ok(api, 'briefs.create', { title: 'Polonez range' })).brief;
    await ok(api, 'briefs.save', { id: a.id, title: 'Havana visit', doc: DOC('Text of the Havana brief') });
    await ok(api, 'briefs.save', { id: b.id, title: 'Polonez range', doc: DOC('Text of the Polonez brief') });
    const text = async (input: { briefId?: string }) => Buffer.from((await ok(api, 'exports.render', { format: 'md', ...input })).data, 'base64').toString('utf8');
    expect(await text({ briefId: a.id })).toContain('Text of the Havana brief');
    expect(await text({ briefId: a.id })).not.toContain('Polonez brief');
    expect(await text({})).toContain('Text of the Polonez brief');
    expect((await ok(api, 'exports.render', { format: 'md', briefId: a.id })).fileName).toBe('Havana visit.md');
  });
});

describe('the notebook’s brief, in a notebook with sources', () => {
  let api: Api;
  beforeEach(async () => {
    api = reopenApi();
    await importFixture(api, ...SEED);
    await importFixture(api, ...WH_FACT_SHEET);
  });

  it('creates the notebook’s brief on first use and saves Lexical JSON, searchable', async () => {
    const { brief } = await ok(api, 'briefs.get', {});
    expect((await ok(api, 'briefs.get', {})).brief.id).toBe(brief.id);
    const doc = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Assessment of the okapi question' }] }] } };
    const saved = await ok(api, 'briefs.save', { id: brief.id, title: 'Belarus–Cuba', doc });
    expect(saved.brief.doc).toEqual(doc);
    const hits = (await ok(api, 'search.query', { query: 'okapi' })).hits;
    expect(hits.map((h) => [h.kind, h.id])).toEqual([['brief', brief.id]]);
  });
});

describe('the briefs commands', () => {
  const cli = (...argv: string[]) => runCli(argv, path);

  it('brief new, briefs, brief rename, brief delete: exact JSON, each write found in the file', async () => {
    const made = await cli('brief', 'new', '--title', 'Havana visit', '--json');
    expect(made.code).toBe(0);
    const { brief } = made.json();
    expect(Object.keys(made.json())).toEqual(['brief']);
    expect(Object.keys(brief)).toEqual(['id', 'title']);
    expect(brief.title).toBe('Havana visit');
    expect(getBrief(reopen().db, brief.id).title).toBe('Havana visit');

    const second = (await cli('brief', 'new', '--title', 'Polonez range', '--json')).json().brief;
    const listed = await cli('briefs', '--json');
    expect(listed.code).toBe(0);
    const { briefs } = listed.json();
    expect(Object.keys(listed.json())).toEqual(['briefs']);
    expect(briefs.map((b: { id: string }) => b.id)).toEqual([second.id, brief.id]);
    for (const b of briefs) expect(Object.keys(b)).toEqual(['id', 'title', 'updatedAt']);

    const renamed = await cli('brief', 'rename', brief.id, 'Khrenin in Havana');
    expect(renamed.code).toBe(0);
    expect(renamed.stdout).toContain('Khrenin in Havana');
    expect(getBrief(reopen().db, brief.id).title).toBe('Khrenin in Havana');

    const deleted = await cli('brief', 'delete', second.id);
    expect(deleted.code).toBe(0);
    expect(listBriefs(reopen().db).map((b) => b.id)).toEqual([brief.id]);

    const text = (await cli('briefs')).stdout;
    expect(text).toContain(brief.id);
    expect(text).toContain('Khrenin in Havana');
  });

  it('says what was wrong: a missing title or id is a usage error (2), an unknown brief an error (1)', async () => {
    const noTitle = await cli('brief', 'new');
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toMatch(/--title/);
    expect((await cli('brief', 'rename', 'brf_x')).code).toBe(2);
    const unknown = await cli('brief', 'delete', 'brf_nothere');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no brief with id “brf_nothere”/);
    expect(listBriefs(reopen().db)).toEqual([]);
  });

  it('export --brief ID exports that brief, named after its title; --brief does not apply to data formats', async () => {
    const api = reopenApi();
    const a = (await ok(api, 'briefs.create', { title: 'Havana visit' })).brief;
    await ok(api, 'briefs.save', { id: a.id, title: 'Havana visit', doc: DOC('Text of the Havana brief') });
    await ok(api, 'briefs.create', { title: 'Newer, empty' });
    const out = join(dir, 'out.md');
    const done = await cli('export', '--out', out, '--brief', a.id, '--json');
    expect(done.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# Havana visit\n')).toBe(true);
    expect(md).toContain('Text of the Havana brief');
    const wrong = await cli('export', '--out', join(dir, 'x.csv'), '--brief', a.id);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--brief/);
  });
});
