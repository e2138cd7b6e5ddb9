/** The headless command line over the same dispatch as the app. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApi, type Api } from '../api/dispatch';
import { storageFailure } from '../api/storage-errors';
import { logError } from '../api/error-log';
import { closeIdleWorkers } from '../importers/isolated-pool';
import { CasebookError } from '../contract/errors';
import { openNotebook, type Notebook } from '../store/db';
import { defaultNotebookPath } from '../store/default-location';
import { OPTION_SPEC, UsageError, type CliIo, type CliOptions, type Command } from './command';
import { COMMANDS } from './commands/index';
import { checkArgs } from './command';

const stdio: CliIo = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };

function helpText(): string {
  const lines = COMMANDS.map((c) => `  casebook ${c.usage}\n      ${c.summary}`);
  return [
    'Casebook: archive sources, anchor claims to exact passages, link evidence, search.',
    '',
    'Usage:',
    ...lines,
    '',
    'Every command takes --notebook FILE (default: $CASEBOOK_NOTEBOOK, else the desktop app’s notebook)',
    'and --json (print exactly one JSON document). Errors go to stderr; exit code 1 for errors, 2 for usage.',
    '',
  ].join('\n');
}

/** Finds the command whose name words start the positionals, longest name first. */
function findCommand(positionals: string[]): { command: Command; args: string[] } | null {
  const sorted = [...COMMANDS].sort((a, b) => b.name.length - a.name.length);
  for (const command of sorted) {
    if (command.name.every((word, i) => positionals[i] === word)) return { command, args: positionals.slice(command.name.length) };
  }
  return null;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

export async function main(argv: string[], io: CliIo = stdio, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: CliOptions;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: argv, options: OPTION_SPEC, allowPositionals: true, strict: true });
    options = parsed.values as CliOptions;
    positionals = parsed.positionals;
  } catch (err) {
    io.err(`casebook: ${oneLine((err as Error).message)}\nRun “casebook --help” for the commands.\n`);
    return 2;
  }
  if (options.help || positionals.length === 0) {
    (options.help ? io.out : io.err)(helpText());
    return options.help ? 0 : 2;
  }
  const found = findCommand(positionals);
  if (!found) {
    io.err(`casebook: unknown command “${positionals.join(' ')}”. Run “casebook --help” for the commands.\n`);
    return 2;
  }
  const path = resolve(options.notebook ?? defaultNotebookPath(env));
  let notebook: Notebook | undefined;
  let api: Api | undefined;
  const openApi = (): Api => {
    if (!api) {
      mkdirSync(dirname(path), { recursive: true });
      notebook = openNotebook(path);
      // One request at a time: nothing to keep answering meanwhile, so no threads to start.
      api = createApi(notebook, { notebookThreads: false });
    }
    return api;
  };
  try {
    checkArgs(found.command, found.args);
    return await found.command.run(found.args, { api: openApi, options, io });
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`casebook: ${oneLine(err.message)}\nUsage: casebook ${found.command.usage}\n`);
      return 2;
    }
    if (err instanceof CasebookError) {
      io.err(`casebook: ${oneLine(err.message)}\n`);
      return 1;
    }
    const storage = storageFailure(err);
    if (storage) {
      io.err(`casebook: ${oneLine(storage.message)}\n`);
      return 1;
    }
    logError(`command “${found.command.name.join(' ')}” failed`, err);
    const opening = !notebook ? ` while opening the notebook ${path}` : '';
    io.err(`casebook: something went wrong inside Casebook${opening}: ${oneLine((err as Error).message)}\n`);
    return 1;
  } finally {
    notebook?.close();
    await closeIdleWorkers();
  }
}
