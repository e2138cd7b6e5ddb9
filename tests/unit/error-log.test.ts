/**
 * An unexpected failure shows one sentence in words; its stack goes to the log file only
 * (CASEBOOK_LOG here), never to the command line's stdout or stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotebook } from '../../src-main/store/db';
import { ROOT, tempDir } from '../helpers';

describe('the error log', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => (temp = tempDir()));
  afterEach(() => temp.cleanup());

  it('keeps the stack of an internal failure out of the command line’s output and in the log file', () => {
    const path = join(temp.dir, 'broken.sqlite');
    const notebook = openNotebook(path);
    // A notebook damaged behind Casebook's back: its claims table is gone.
    notebook.db.pragma('foreign_keys = OFF');
    notebook.db.exec('DROP TABLE claims');
    notebook.close();
    const log = join(temp.dir, 'logs', 'casebook.log');

    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'casebook.mjs'), 'claims', '--notebook', path], {
      cwd: ROOT,
      env: { ...process.env, CASEBOOK_LOG: log, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^casebook: Something went wrong inside Casebook/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\bat .+:\d+:\d+/);
    expect(existsSync(log)).toBe(true);
    const logged = readFileSync(log, 'utf8');
    expect(logged).toMatch(/claims\.\w+ failed/);
    expect(logged).toMatch(/no such table: claims/);
    expect(logged).toMatch(/\bat .+:\d+:\d+/);
  });
});
