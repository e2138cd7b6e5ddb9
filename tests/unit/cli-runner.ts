/** Runs the real command line in-process and keeps what it printed (for the CLI tests). */
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { main } from '../../src-main/cli/main';
import { tempDir } from '../helpers';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The printed JSON document, as loosely typed as JSON.parse gives it. */
  json(): ReturnType<typeof JSON.parse>;
}

/** `casebook ...argv`, with `--notebook notebook` added when given. */
export async function runCli(argv: string[], notebook?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(notebook ? [...argv, '--notebook', notebook] : argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) }, {});
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

/** For a test file: each test gets a fresh notebook file in a temp folder, and `cli` runs on it. */
export function cliOnFreshNotebook(): { cli(...argv: string[]): Promise<CliRun>; notebookPath(): string } {
  let path = '';
  let cleanup = () => {};
  beforeEach(() => {
    const t = tempDir();
    cleanup = t.cleanup;
    path = join(t.dir, 'case.sqlite');
  });
  afterEach(() => cleanup());
  return { cli: (...argv) => runCli(argv, path), notebookPath: () => path };
}
