/**
 * Opening a notebook: one SQLite file in WAL mode, schema brought up to date by numbered
 * migrations. A file that is not a Casebook notebook, or one from a newer Casebook, is refused
 * without being touched.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CasebookError } from '../contract/errors';
import type { NotebookDamage } from '../contract/methods';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';

/** Marks a SQLite file as a Casebook notebook (`PRAGMA application_id`): "CBK1". */
export const APPLICATION_ID = 0x43424b31;

export interface OpenOptions {
  /** Path of an Electron-ABI build of better-sqlite3 (the desktop app); tests use the default. */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface Notebook {
  db: Db;
  path: string;
  schemaVersion: number;
  /** Set when the notebook is damaged: it is then open read-only and every write is refused. */
  damage?: NotebookDamage;
  /** The better-sqlite3 build it was opened with, for the notebook's other connections (api/notebook-threads.ts). */
  nativeBinding?: string;
  /** Runs `fn` when the notebook is closed, before its connection is. */
  whenClosed(fn: () => void): void;
  close(): void;
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const n = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Refuses, before SQLite ever writes to it, a file that is not a notebook. */
function checkExistingFile(path: string): void {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) throw new CasebookError('NOT_A_NOTEBOOK', `“${path}” is a folder, not a notebook file.`);
  if (stat.size === 0) return; // an empty file is a new notebook
  const header = readHeader(path);
  if (header.subarray(0, 16).toString('latin1') !== 'SQLite format 3\0') {
    throw new CasebookError('NOT_A_NOTEBOOK', `“${basename(path)}” is not a Casebook notebook (it is not an SQLite database). It was left untouched.`);
  }
  const applicationId = header.length >= 72 ? header.readUInt32BE(68) : 0;
  const userVersion = header.length >= 64 ? header.readUInt32BE(60) : 0;
  const isEmptyDb = header.length >= 32 && header.readUInt32BE(28) <= 1 && userVersion === 0;
  if (applicationId !== APPLICATION_ID && !isEmptyDb) {
    throw new CasebookError('NOT_A_NOTEBOOK', `“${basename(path)}” is an SQLite database but not a Casebook notebook. It was left untouched.`);
  }
}

export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new CasebookError(
      'NEWER_NOTEBOOK',
      `This notebook was saved by a newer version of Casebook (notebook format ${current}; this version reads up to ${LATEST_VERSION}). Update Casebook to open it. The file was left untouched.`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return LATEST_VERSION;
}

export function openNotebook(path: string, options: OpenOptions = {}): Notebook {
  checkExistingFile(path);
  let db: Db;
  try {
    db = new Database(path, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  } catch (err) {
    throw new CasebookError('NOT_A_NOTEBOOK', `Casebook could not open “${basename(path)}”: ${(err as Error).message}.`);
  }
  try {
    // Checked again now that it is open: a newer notebook must not be touched, not even by the WAL pragma.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) migrate(db);
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    const schemaVersion = options.readonly ? version : migrate(db);
    // Written only when missing: a write needs the lock, which another process may be holding.
    if (!options.readonly && db.pragma('application_id', { simple: true }) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
    const closing: (() => void)[] = [];
    return {
      db,
      path,
      schemaVersion,
      nativeBinding: options.nativeBinding,
      whenClosed: (fn) => closing.push(fn),
      close: () => {
        for (const fn of closing.splice(0)) fn();
        db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Runs `fn` as one write transaction that takes the notebook's write lock at BEGIN (IMMEDIATE).
 * A deferred transaction that reads and then writes fails at once with SQLITE_BUSY_SNAPSHOT when
 * another process (the app and the command line on one notebook) wrote in between, which no busy
 * timeout can help; an immediate one waits for the lock (busy_timeout) and then reads fresh data.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/**
 * Copies the write-ahead log's committed pages into the notebook file (PASSIVE: never waits,
 * never blocks readers), so that a large write's commit does not have to: SQLite otherwise does it
 * inside the commit that takes the log past 1,000 pages.
 */
export function foldWriteAheadLog(db: Db): void {
  if (db.pragma('journal_mode', { simple: true }) === 'wal') db.pragma('wal_checkpoint(PASSIVE)');
}

/** `foldWriteAheadLog` in a turn of its own, between a long write's two transactions: requests waiting run before it and after it. */
export async function foldWriteAheadLogInTurn(db: Db): Promise<void> {
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  await nextTurn();
  foldWriteAheadLog(db);
  await nextTurn();
}

/** SQLite's "another connection holds the lock" (BUSY, BUSY_SNAPSHOT, LOCKED…). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** Folds the last writes into the file and closes it, so the file alone is the whole notebook. */
export function closeNotebookCleanly(notebook: Notebook): void {
  try {
    notebook.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    notebook.close();
  }
}
