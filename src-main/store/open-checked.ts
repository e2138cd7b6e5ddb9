/**
 * Opening a notebook the app will work in: the quick check runs first, and a damaged notebook is
 * opened read-only (nothing can make it worse), with a message that names the newest good backup.
 */
import { basename } from 'node:path';
import type { NotebookDamage } from '../contract/methods';
import { backupFolderFor } from './backup';
import { openNotebook, type Notebook, type OpenOptions } from './db';
import { newestSoundBackup, quickCheck } from './health';

function isDamageError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function damageMessage(path: string, backup: string | null): string {
  const name = basename(path);
  const where = backup
    ? `The newest good backup is “${basename(backup)}” in the folder “${basename(backupFolderFor(path))}” beside it: restore it with “casebook restore "${backup}" --out NEW_FILE”, then open the new file.`
    : 'No good backup of it was found.';
  return `“${name}” is damaged, so Casebook opened it read-only: you can read, search and export, but not change it. ${where}`;
}

function openDamaged(path: string, options: OpenOptions, problems: string[]): Notebook {
  const notebook = openNotebook(path, { ...options, readonly: true });
  const backup = newestSoundBackup(path, options.nativeBinding)?.path ?? null;
  const damage: NotebookDamage = { problems, newestBackup: backup, message: damageMessage(path, backup) };
  return { ...notebook, damage };
}

export function openNotebookChecked(path: string, options: OpenOptions = {}): Notebook {
  let notebook: Notebook;
  try {
    notebook = openNotebook(path, options);
  } catch (err) {
    if (!isDamageError(err)) throw err;
    return openDamaged(path, options, [(err as Error).message]);
  }
  const problems = quickCheck(notebook.db);
  if (problems.length === 0) return notebook;
  notebook.close();
  return openDamaged(path, options, problems);
}
