/**
 * Two writers on one notebook file (issue 13): browser mode open while the command line imports
 * into the same notebook, as the README invites. The command line runs as a real child process,
 * importing files one by one, while this process writes through the API flat out. Every write
 * of both must land; none may fail, and nothing may print a stack trace.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { BUSY_MESSAGE, createApi } from '../../src-main/api/dispatch';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { ROOT, tempDir } from '../helpers';

const FILES = 10;

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'casebook.mjs'), ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two writers on one notebook', () => {
  let temp: ReturnType<typeof tempDir>;
  let notebook: Notebook;
  beforeEach(() => {
    temp = tempDir();
    notebook = openNotebook(join(temp.dir, 'shared.sqlite'));
  });
  afterEach(() => {
    notebook.close();
    temp.cleanup();
  });

  it('lands every import of the command line and every write of the app, with none failing', async () => {
    const api = createApi(notebook);
    const files = Array.from({ length: FILES }, (_, i) => {
      const file = join(temp.dir, `report-${i}.txt`);
      writeFileSync(file, `Report ${i}\n\nThe delegation arrived in Havana on day ${i}. ${'Details follow. '.repeat(200)}\n`);
      return file;
    });
    const created = await api.call('briefs.create', { title: 'Running brief' });
    if (!created.ok) throw new Error(created.error.message);
    const briefId = created.value.brief.id;

    const cli = runCli(['import', ...files, '--notebook', notebook.path]);
    let cliDone = false;
    void cli.then(() => (cliDone = true));

    const failures: string[] = [];
    let saves = 0;
    let last = '';
    while (!cliDone) {
      last = `version ${saves}`;
      const doc = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: last }] }] } };
      const result = await api.call('briefs.save', { id: briefId, title: 'Running brief', doc });
      if (result.ok) saves++;
      else failures.push(`${result.error.code}: ${result.error.message}`);
      if (saves + failures.length > 100_000) break; // a bound on the loop, far above the few thousand a run makes
      // Back to the event loop between writes, as a server is between requests (no pause: a waiting
      // process polls for the lock, so a writer that never left its loop would only starve it).
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { code, stdout, stderr } = await cli;

    expect(failures).toEqual([]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).not.toMatch(/\n\s+at /);
    expect(code, stderr).toBe(0);
    expect(saves).toBeGreaterThan(0);
    const reopened = openNotebook(notebook.path, { readonly: true });
    try {
      const count = reopened.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number };
      expect(count.n).toBe(FILES);
    } finally {
      reopened.close();
    }
    const brief = await api.call('briefs.get', { id: briefId });
    expect(brief.ok && JSON.stringify(brief.value.brief.doc)).toContain(last);
  }, 120_000);

  it('answers reads while a write waits for another process’s lock: the main thread never sleeps in SQLite’s busy handler', async () => {
    const api = createApi(notebook);
    // The other writer on a thread of its own, as another process would be: it holds the lock 600 ms.
    const other = new Worker(
      `const Database = require('better-sqlite3');
       const { parentPort, workerData } = require('node:worker_threads');
       const db = new Database(workerData);
       db.exec('BEGIN IMMEDIATE');
       parentPort.postMessage('locked');
       setTimeout(() => { db.exec('COMMIT'); db.close(); parentPort.postMessage('let go'); }, 600);`,
      { eval: true, workerData: notebook.path },
    );
    try {
      await new Promise((r) => other.once('message', r));
      let landed = false;
      const write = api.call('briefs.create', { title: 'After the other' }).then((r) => ((landed = true), r));
      await new Promise((r) => setTimeout(r, 20)); // the write is trying by now
      expect((await api.call('notebook.info', {})).ok).toBe(true);
      expect(landed, 'the read was answered while the write waited').toBe(false);
      expect((await write).ok).toBe(true);
    } finally {
      await other.terminate();
    }
  });

  it('retries a write while another process holds the notebook, and says it is busy in words when it never lets go', async () => {
    const api = createApi(notebook);
    notebook.db.pragma('busy_timeout = 20');
    const other = new Database(notebook.path);
    try {
      other.exec('BEGIN IMMEDIATE');
      const refused = await api.call('briefs.create', { title: 'Blocked' });
      expect(refused).toEqual({ ok: false, error: { code: 'CONFLICT', message: BUSY_MESSAGE } });
      other.exec('COMMIT');

      setTimeout(() => other.exec('COMMIT'), 100); // lets go while the write is being retried
      other.exec('BEGIN IMMEDIATE');
      const landed = await api.call('briefs.create', { title: 'Waited' });
      expect(landed.ok).toBe(true);
      const titles = notebook.db.prepare('SELECT title FROM briefs').all() as { title: string }[];
      expect(titles.map((t) => t.title)).toEqual(['Waited']);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  });
});
