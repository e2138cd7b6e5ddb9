/**
 * The desktop app cannot be launched here, but its build can be checked: electron-vite builds the
 * main process with the workers beside it, and the notebook's threads and the import worker start
 * from that layout (the bundled app code, not the TypeScript sources, which the app does not ship).
 * A missing bundle would leave the desktop app doing every import's writes on its main process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notebookThreads } from '../../src-main/api/notebook-threads';
import { importPackedDocument } from '../../src-main/importers/index';
import { openNotebook } from '../../src-main/store/db';
import { sha256Hex } from '../../src-main/store/sources';
import { readFixture, ROOT, tempDir } from '../helpers';
import { SEED } from './notebook-helpers';

describe('the Electron build of the main process', () => {
  const { dir, cleanup } = tempDir();
  const workers = join(dir, 'out', 'main', 'workers');
  const log = join(dir, 'casebook.log');
  const was = process.env.CASEBOOK_LOG;

  beforeAll(() => {
    const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', join(dir, 'out')], {
      cwd: ROOT,
      env: { ...process.env, CASEBOOK_BUILD_ONLY: 'main' },
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    // As in the packaged app: node_modules beside the build.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    process.env.CASEBOOK_LOG = log;
  }, 120_000);
  afterAll(() => {
    if (was === undefined) delete process.env.CASEBOOK_LOG;
    else process.env.CASEBOOK_LOG = was;
    cleanup();
  });

  it('has the workers and the bundles they load beside them', () => {
    for (const file of ['workers/notebook-thread.mjs', 'workers/parse-document.mjs', 'workers/load-app-module.mjs', 'notebook-thread.js', 'import-parse.js', 'index.js']) {
      expect(existsSync(join(dir, 'out', 'main', file)), file).toBe(true);
    }
  });

  it('imports and stores a source on the notebook’s threads started from the build', async () => {
    const notebook = openNotebook(join(dir, 'built.sqlite'));
    try {
      const bytes = readFixture(...SEED);
      const doc = await importPackedDocument({ bytes, fileName: SEED[1] }, { isolation: { workerDirectory: workers } });
      const threads = notebookThreads(notebook, { workerDirectory: workers });
      const { id, duplicate } = await threads.write('storeSource', { doc, bytes, sha256: sha256Hex(bytes), fileName: SEED[1] });
      expect(duplicate).toBe(false);
      expect(notebook.db.prepare('SELECT file_name FROM sources WHERE id = ?').pluck().get(id)).toBe(SEED[1]);
      expect(await threads.read('listEntities', {})).toEqual([]);
      expect(existsSync(log) ? readFileSync(log, 'utf8') : '', 'no thread fell back to the main process').not.toContain('could not start');
    } finally {
      notebook.close();
    }
  });
});
