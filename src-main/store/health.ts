/**
 * Is a notebook file sound? A quick check at open (`PRAGMA quick_check`), and the full check a
 * backup must pass before it is restored (integrity, every original's hash, every anchor).
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import type { VerifyReport } from '../contract/domain';
import { listBackups, type BackupFile } from './backup';
import { APPLICATION_ID } from './db';
import { verifyNotebook } from './verify';

/** SQLite's quick check: the problems it lists (none for a sound file), or the error that stopped it. */
export function quickCheck(db: Db): string[] {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (err) {
    return [(err as Error).message];
  }
}

/**
 * Checks a notebook file whole, as `verify` does (a restore checks its copy of the backup with
 * this before using it). Opens it for writing, because the search index's own check needs that;
 * it changes nothing.
 */
export function checkNotebookFile(path: string, nativeBinding?: string): VerifyReport {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true, nativeBinding });
  } catch (err) {
    return { ok: false, checked: 0, problems: [`It could not be opened: ${(err as Error).message}.`] };
  }
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== APPLICATION_ID) return { ok: false, checked: 1, problems: ['It is not a Casebook notebook.'] };
    return verifyNotebook(db);
  } catch (err) {
    return { ok: false, checked: 1, problems: [(err as Error).message] };
  } finally {
    db.close();
  }
}

/** The newest rolling backup that passes the quick check, or null. */
export function newestSoundBackup(notebookPath: string, nativeBinding?: string): BackupFile | null {
  for (const backup of listBackups(notebookPath).reverse()) {
    try {
      const db = new Database(backup.path, { readonly: true, fileMustExist: true, nativeBinding });
      try {
        if (quickCheck(db).length === 0) return backup;
      } finally {
        db.close();
      }
    } catch {
      // an unreadable backup is skipped
    }
  }
  return null;
}
