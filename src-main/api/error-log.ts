/**
 * Where the details of an unexpected failure go: a log file, never the screen. The analyst reads
 * one sentence in words; whoever fixes Casebook reads the stack here.
 *
 * The file is `casebook.log` in the app's user-data folder (beside casebook-state.json), or the
 * file named by CASEBOOK_LOG.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';
import { userDataDir } from '../store/default-location';

export function errorLogPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CASEBOOK_LOG || join(userDataDir(env), 'casebook.log');
}

/** Appends `what` and the error's stack to the log file; a log that cannot be written is skipped. */
export function logError(what: string, error: unknown): void {
  const path = errorLogPath();
  try {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, `${new Date().toISOString()} ${what}\n${inspect(error, { depth: 4 })}\n\n`);
  } catch {
    // Nowhere to write it; the analyst still gets the message in words.
  }
}
