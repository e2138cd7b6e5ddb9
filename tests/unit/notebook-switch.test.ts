/**
 * Switching notebooks in browser mode: notebook.create / notebook.open / notebook.recent through a
 * real bridge over HTTP, on real notebook files; foreign files are refused and left byte-identical.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { NotebookHost } from '../../src-main/api/notebook-host';
import { NotebookSession } from '../../src-main/electron/notebook-session';
import { readFixture, tempDir } from '../helpers';

interface Reply {
  ok: boolean;
  value?: Record<string, unknown> & { path?: string; recent?: string[]; current?: string };
  error?: { code: string; message: string };
}

function post(bridge: Bridge, method: string, input: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: 'POST',
        path: `/api/call/${method}`,
        headers: { Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

describe('switching notebooks in browser mode', () => {
  const temp = tempDir();
  const first = join(temp.dir, 'first.sqlite');
  const second = join(temp.dir, 'second.sqlite');
  const stateDir = join(temp.dir, 'state');
  let bridge: Bridge;

  beforeAll(async () => {
    mkdirSync(join(temp.dir, 'renderer'));
    writeFileSync(join(temp.dir, 'renderer', 'index.html'), '<!doctype html><title>Casebook</title>');
    bridge = await startBridge({ notebookPath: first, rendererDir: join(temp.dir, 'renderer'), host: '127.0.0.1', stateDir });
    const seed = readFixture('reports', '000_f21f05dd4cd8cb1c.txt');
    expect((await post(bridge, 'sources.import', { fileName: 'seed.txt', data: seed.toString('base64') })).ok).toBe(true);
  });

  afterAll(async () => {
    await bridge?.close();
    temp.cleanup();
  });

  const sourceCount = async () => ((await post(bridge, 'sources.list', {})).value?.sources as unknown[]).length;

  it('creates a new, empty notebook, switches to it and lists both as recent', async () => {
    const created = await post(bridge, 'notebook.create', { path: second });
    expect(created).toMatchObject({ ok: true, value: { path: second, counts: { sources: 0, claims: 0 } } });
    expect(bridge.notebookPath).toBe(second);
    expect(await sourceCount()).toBe(0);
    const recent = await post(bridge, 'notebook.recent', {});
    expect(recent.value).toEqual({ current: second, recent: [second, first] });
    expect(JSON.parse(readFileSync(join(stateDir, 'casebook-state.json'), 'utf8')).recentNotebooks).toEqual([second, first]);
  });

  it('opens the first notebook again with its sources, the second one closed cleanly (no WAL left behind)', async () => {
    await post(bridge, 'sources.import', { fileName: 'note.txt', data: Buffer.from('Only in the second notebook.').toString('base64') });
    const opened = await post(bridge, 'notebook.open', { path: first });
    expect(opened).toMatchObject({ ok: true, value: { path: first, counts: { sources: 1 } } });
    expect(await sourceCount()).toBe(1);
    // The second notebook's file alone holds its import: open it read-only beside the bridge.
    expect(existsSync(`${second}-wal`)).toBe(false);
    const db = new Database(second, { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n).toBe(1);
    } finally {
      db.close();
    }
    expect((await post(bridge, 'notebook.recent', {})).value?.recent).toEqual([first, second]);
  });

  it('refuses a file that is not a notebook and leaves it byte-identical, keeping the open notebook', async () => {
    const foreign = join(temp.dir, 'someone-else.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana')");
    other.close();
    const text = join(temp.dir, 'letter.db');
    writeFileSync(text, 'Dear analyst, this is not a database.');
    for (const path of [foreign, text]) {
      const before = readFileSync(path);
      const reply = await post(bridge, 'notebook.open', { path });
      expect(reply.ok).toBe(false);
      expect(reply.error?.code).toBe('NOT_A_NOTEBOOK');
      expect(reply.error?.message).toMatch(/not a Casebook notebook.*left untouched/);
      expect(readFileSync(path).equals(before)).toBe(true);
    }
    expect(bridge.notebookPath).toBe(first);
    expect(await sourceCount()).toBe(1);
  });

  it('refuses relative paths, other extensions, folders, missing files, and creating over an existing file', async () => {
    const cases: [string, string, unknown, RegExp][] = [
      ['notebook.open', 'VALIDATION', { path: 'cases/first.sqlite' }, /full path/],
      ['notebook.open', 'VALIDATION', { path: join(temp.dir, 'notes.txt') }, /ends in \.sqlite/],
      ['notebook.open', 'NOT_FOUND', { path: join(temp.dir, 'missing.sqlite') }, /no file/],
      ['notebook.create', 'CONFLICT', { path: second }, /already exists/],
      ['notebook.create', 'NOT_FOUND', { path: join(temp.dir, 'no-folder', 'x.sqlite') }, /does not exist/],
      ['notebook.open', 'VALIDATION', { path: '' }, /empty/],
    ];
    mkdirSync(join(temp.dir, 'folder.sqlite'));
    cases.push(['notebook.open', 'NOT_A_NOTEBOOK', { path: join(temp.dir, 'folder.sqlite') }, /folder/]);
    for (const [method, code, input, message] of cases) {
      const reply = await post(bridge, method, input);
      expect(reply.error?.code, JSON.stringify(input)).toBe(code);
      expect(reply.error?.message).toMatch(message);
    }
    expect(bridge.notebookPath).toBe(first);
  });
});

describe('switching notebooks in the desktop session', () => {
  it('answers the page’s notebook.create like the bridge, tells the shell (menu, title), and the menu may open any file name', async () => {
    const temp = tempDir();
    try {
      const switched: string[] = [];
      const session = new NotebookSession(undefined, () => {}, temp.dir, (path) => switched.push(path));
      try {
        session.open(join(temp.dir, 'first.sqlite'));
        const created = await session.api.dispatch('notebook.create', { path: join(temp.dir, 'second.sqlite') });
        expect(created.ok).toBe(true);
        expect(session.path).toBe(join(temp.dir, 'second.sqlite'));
        expect(switched).toEqual([join(temp.dir, 'second.sqlite')]);
        const recent = await session.api.dispatch('notebook.recent', {});
        expect(recent).toEqual({ ok: true, value: { current: join(temp.dir, 'second.sqlite'), recent: [join(temp.dir, 'second.sqlite'), join(temp.dir, 'first.sqlite')] } });
        // File ▸ New Notebook… may name the file anything; the page may not.
        session.open(join(temp.dir, 'case.notebook'));
        expect(session.path).toBe(join(temp.dir, 'case.notebook'));
        const refused = await session.api.dispatch('notebook.create', { path: join(temp.dir, 'other.notebook') });
        expect(refused.ok || refused.error.code).toBe('VALIDATION');
      } finally {
        session.close();
      }
    } finally {
      temp.cleanup();
    }
  });
});

describe('switching while the notebook is busy', () => {
  it('refuses to switch while an import is still being read, and switches once it is done', async () => {
    const temp = tempDir();
    const host = new NotebookHost(join(temp.dir, 'first.sqlite'), { stateDir: temp.dir });
    try {
      const other = await host.dispatch('notebook.create', { path: join(temp.dir, 'second.sqlite') });
      expect(other.ok).toBe(true);
      await host.dispatch('notebook.open', { path: join(temp.dir, 'first.sqlite') });
      const pdf = readFixture('robustness', 'pdf-py-pdf-sample-files', '005-libreoffice-writer-password', 'libreoffice-writer-password.pdf');
      const importing = host.dispatch('sources.import', { fileName: 'report.pdf', data: pdf.toString('base64') });
      const refused = await host.dispatch('notebook.open', { path: join(temp.dir, 'second.sqlite') });
      expect(refused.ok || refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/still working/) });
      expect(host.notebook.path).toBe(join(temp.dir, 'first.sqlite'));
      await importing;
      expect((await host.dispatch('notebook.open', { path: join(temp.dir, 'second.sqlite') })).ok).toBe(true);
    } finally {
      host.close();
      temp.cleanup();
    }
  });
});
