/**
 * Backups of a notebook, made with SQLite's online backup API (a consistent copy even while the
 * notebook is being written, unlike a file copy). Rolling backups live in a folder beside the
 * notebook, `NAME.backups/` for `NAME.sqlite`, newest last by name; the newest `BACKUPS_KEPT`
 * are kept.
 */
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { VerifyReport } from '../contract/domain';
import { CasebookError } from '../contract/errors';

export const BACKUPS_KEPT = 10;

export interface BackupFile {
  path: string;
  /** When it was made (from its name). */
  at: string;
  bytes: number;
}

/** `/cases/belarus.sqlite` → `/cases/belarus.backups`. */
export function backupFolderFor(notebookPath: string): string {
  return join(dirname(notebookPath), `${basename(notebookPath, extname(notebookPath))}.backups`);
}

const stamp = (at: Date) => at.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
const BACKUP_NAME = /^(.+) (\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ)(?:-(\d+))?(\.[a-z0-9]+)$/i;

/** Copies the open notebook into `destination` (a new file: written beside it, then renamed into place). */
export async function backupTo(db: Database, destination: string): Promise<BackupFile> {
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    renameSync(partial, destination);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return { path: destination, at: new Date().toISOString(), bytes: statSync(destination).size };
}

/** The rolling backups of a notebook, oldest first. */
export function listBackups(notebookPath: string): BackupFile[] {
  const folder = backupFolderFor(notebookPath);
  if (!existsSync(folder)) return [];
  const files: BackupFile[] = [];
  for (const name of readdirSync(folder).sort()) {
    const match = BACKUP_NAME.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    files.push({ path, at: match[2].replace(/T(\d\d)-(\d\d)-(\d\d)Z/, 'T$1:$2:$3Z'), bytes: statSync(path).size });
  }
  return files;
}

/** Makes a rolling backup now and keeps only the newest `keep`. */
export async function makeRollingBackup(db: Database, notebookPath: string, keep = BACKUPS_KEPT, now = new Date()): Promise<BackupFile> {
  const folder = backupFolderFor(notebookPath);
  mkdirSync(folder, { recursive: true });
  const base = `${basename(notebookPath, extname(notebookPath))} ${stamp(now)}`;
  let name = `${base}${extname(notebookPath) || '.sqlite'}`;
  for (let n = 2; existsSync(join(folder, name)); n++) name = `${base}-${n}${extname(notebookPath) || '.sqlite'}`;
  const made = await backupTo(db, join(folder, name));
  const all = listBackups(notebookPath);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) rmSync(old.path, { force: true });
  return made;
}

/** A backup written where the analyst asked: never over an existing file unless `force`. */
export async function backupToFile(db: Database, destination: string, force: boolean): Promise<BackupFile> {
  if (existsSync(destination) && !force) {
    throw new CasebookError('CONFLICT', `“${basename(destination)}” already exists. Choose another name, or add --force to replace it.`);
  }
  if (!existsSync(dirname(destination))) throw new CasebookError('NOT_FOUND', `The folder “${dirname(destination)}” does not exist.`);
  return backupTo(db, destination);
}

/** When the notebook file (or its write-ahead log) last changed. */
export function lastModified(notebookPath: string): number {
  const times = [notebookPath, `${notebookPath}-wal`].filter(existsSync).map((p) => statSync(p).mtimeMs);
  return Math.max(0, ...times);
}

/**
 * Writes the backup at `backupPath` to `destination` as a notebook of its own. The copy is checked
 * whole (`check`, e.g. verify) before it takes the destination's name; a copy that fails is
 * deleted and nothing else changes. Never over an existing file unless `force`; when it replaces
 * one, that file's write-ahead log goes too (it belongs to the replaced notebook).
 */
export async function restoreBackup(
  backupPath: string,
  destination: string,
  { force, openReadOnly, check }: { force: boolean; openReadOnly: (path: string) => Database; check: (copy: string) => VerifyReport },
): Promise<BackupFile & { checks: number }> {
  if (existsSync(destination) && !force) {
    throw new CasebookError('CONFLICT', `“${basename(destination)}” already exists and a restore never replaces a file unless you add --force.`);
  }
  if (!existsSync(dirname(destination))) throw new CasebookError('NOT_FOUND', `The folder “${dirname(destination)}” does not exist.`);
  const partial = `${destination}.partial`;
  const removePartial = () => {
    for (const file of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(file, { force: true });
  };
  removePartial();
  let report: VerifyReport;
  try {
    const source = openReadOnly(backupPath);
    try {
      await source.backup(partial);
    } finally {
      source.close();
    }
    report = check(partial);
  } catch (err) {
    removePartial();
    throw err;
  }
  if (!report.ok) {
    removePartial();
    throw new CasebookError('DAMAGED_FILE', `“${basename(backupPath)}” did not pass the check, so nothing was restored: ${report.problems.join(' ')}`);
  }
  for (const leftover of [`${destination}-wal`, `${destination}-shm`]) rmSync(leftover, { force: true });
  renameSync(partial, destination);
  return { path: destination, at: new Date().toISOString(), bytes: statSync(destination).size, checks: report.checked };
}
