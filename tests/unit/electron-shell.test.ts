/**
 * The plain-Node parts of the desktop shell (they import no electron): the remembered notebooks,
 * switching notebooks, and File ▸ Import… over real files and real notebooks.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src-main/contract/methods';
import type { ImportProgress } from '../../src-main/contract/preload-api';
import { clearRecentNotebooks, forgetNotebook, MAX_RECENT, readAppState, rememberNotebook, saveTheme } from '../../src-main/api/app-state-file';
import { importFiles } from '../../src-main/electron/import-files';
import { electronNativeBinding } from '../../src-main/electron/native-binding';
import { NotebookSession } from '../../src-main/electron/notebook-session';
import { cleanupAfterEach } from './cleanup-after-each';
import { fixture } from '../helpers';

const { folder: temp, later } = cleanupAfterEach('casebook-shell-');

describe('remembered notebooks (userData/casebook-state.json)', () => {
  it('starts empty, remembers the last notebook and keeps the recent list most-recent-first without duplicates', () => {
    const dir = temp();
    expect(readAppState(dir)).toEqual({ recentNotebooks: [], theme: 'system' });
    rememberNotebook(dir, '/cases/a.sqlite');
    rememberNotebook(dir, '/cases/b.sqlite');
    const state = rememberNotebook(dir, '/cases/a.sqlite');
    expect(state.lastNotebook).toBe('/cases/a.sqlite');
    expect(readAppState(dir).recentNotebooks).toEqual(['/cases/a.sqlite', '/cases/b.sqlite']);
  });

  it(`keeps at most ${MAX_RECENT} recent notebooks`, () => {
    const dir = temp();
    for (let i = 0; i < MAX_RECENT + 5; i++) rememberNotebook(dir, `/cases/${i}.sqlite`);
    const { recentNotebooks } = readAppState(dir);
    expect(recentNotebooks).toHaveLength(MAX_RECENT);
    expect(recentNotebooks[0]).toBe(`/cases/${MAX_RECENT + 4}.sqlite`);
  });

  it('forgets a notebook that could not be opened, clears the list, and keeps the theme', () => {
    const dir = temp();
    rememberNotebook(dir, '/cases/a.sqlite');
    rememberNotebook(dir, '/cases/gone.sqlite');
    saveTheme(dir, 'dark');
    const state = forgetNotebook(dir, '/cases/gone.sqlite');
    expect(state.lastNotebook).toBeUndefined();
    expect(state.recentNotebooks).toEqual(['/cases/a.sqlite']);
    expect(clearRecentNotebooks(dir)).toMatchObject({ recentNotebooks: [], theme: 'dark' });
  });

  it('treats a damaged state file as empty rather than failing to start', () => {
    const dir = temp();
    writeFileSync(join(dir, 'casebook-state.json'), '{ this is not json');
    expect(readAppState(dir)).toEqual({ recentNotebooks: [], theme: 'system' });
    writeFileSync(join(dir, 'casebook-state.json'), JSON.stringify({ recentNotebooks: [3, '/x.sqlite'], theme: 'purple' }));
    expect(readAppState(dir)).toEqual({ lastNotebook: undefined, recentNotebooks: ['/x.sqlite'], theme: 'system' });
  });
});

describe('native binding for Electron', () => {
  it('is used only when .electron-native/better_sqlite3.node exists in the app folder', () => {
    const dir = temp();
    expect(electronNativeBinding(dir)).toBeUndefined();
    mkdirSync(join(dir, '.electron-native'));
    writeFileSync(join(dir, '.electron-native', 'better_sqlite3.node'), '');
    expect(electronNativeBinding(dir)).toBe(join(dir, '.electron-native', 'better_sqlite3.node'));
  });
});

describe('notebook session', () => {
  it('switches notebooks, forwards only the open notebook’s changes, and keeps the old one when the new one cannot be opened', async () => {
    const dir = temp();
    const events: ChangeEvent[] = [];
    const session = new NotebookSession(undefined, (e) => events.push(e), dir);
    later(() => session.close());

    const first = session.open(join(dir, 'nested', 'first.sqlite')).notebook;
    expect(existsSync(join(dir, 'nested', 'first.sqlite'))).toBe(true);
    const second = session.open(join(dir, 'second.sqlite'));
    expect(session.path).toBe(join(dir, 'second.sqlite'));
    expect(first.db.open).toBe(false);

    const imported = await second.call('sources.import', { fileName: 'note.txt', data: Buffer.from('A short note about Borchuk.').toString('base64') });
    expect(imported.ok).toBe(true);
    // The switch itself is announced, so an open page reloads its data (the import also announces the entities it found).
    expect(events.filter((e) => e.entity !== 'entity')).toEqual([{ entity: 'notebook', action: 'updated', id: join(dir, 'second.sqlite') }, expect.objectContaining({ entity: 'source', action: 'created' })]);

    const notANotebook = join(dir, 'letter.txt');
    writeFileSync(notANotebook, 'Dear analyst, this is not a database.');
    expect(() => session.open(notANotebook)).toThrow(/not a Casebook notebook/);
    expect(session.path).toBe(join(dir, 'second.sqlite'));
    expect((await session.api.call('notebook.info', {})).ok).toBe(true);
  });
});

describe('File ▸ Import… in the main process', () => {
  it('imports each chosen file through the dispatch and reports progress per file, failures included', async () => {
    const dir = temp();
    const session = new NotebookSession(undefined, () => {}, dir);
    later(() => session.close());
    const api = session.open(join(dir, 'case.sqlite'));
    const tooBig = join(dir, 'huge.txt');
    writeFileSync(tooBig, 'x'.repeat(30_000));

    const progress: ImportProgress[] = [];
    const paths = [fixture('reports', '000_f21f05dd4cd8cb1c.txt'), join(dir, 'missing.pdf'), tooBig];
    const outcomes = await importFiles(api, paths, (p) => progress.push(p), 20_000);

    expect(progress.map((p) => `${p.index}:${p.state}`)).toEqual(['0:importing', '0:done', '1:importing', '1:failed', '2:importing', '2:failed']);
    expect(new Set(progress.map((p) => p.batchId)).size).toBe(1);
    expect(outcomes[0]).toMatchObject({ fileName: '000_f21f05dd4cd8cb1c.txt', state: 'done', duplicate: false, total: 3 });
    expect(outcomes[1].error?.message).toContain('missing.pdf');
    expect(outcomes[2].error).toMatchObject({ code: 'TOO_LARGE' });
    expect(outcomes[2].error?.message).toContain('huge.txt');

    const listed = await api.call('sources.list', {});
    expect(listed.ok && listed.value.sources.map((s) => s.id)).toEqual([outcomes[0].sourceId]);
  });
});
