/** Runs the real command line in-process and keeps what it printed (for the CLI tests). */
import { main } from '../../src-main/cli/main';

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
