/**
 * The database side of a notebook bundle: a trimmed copy made with SQLite's online backup API, and
 * a scan of the archived originals a bundle holds.
 */
import type { Database } from 'better-sqlite3';
import { notebookCounts, type NotebookCounts } from './counts';

export interface ArchivedBlob {
  sha256: string;
  size: number;
  bytes: Buffer;
}

/**
 * Writes a consistent copy of the notebook to `copyPath`, without the trash and the originals only
 * the trash kept, as one self-contained file (no write-ahead log beside it). The copy is read back
 * through the notebook's own connection: `eachBlob` sees each archived original of the copy in
 * SHA-256 order (and may throw to give up). Returns the copy's counts.
 */
export async function writeTrimmedCopy(db: Database, copyPath: string, eachBlob: (blob: ArchivedBlob) => void): Promise<NotebookCounts> {
  await db.backup(copyPath);
  db.prepare('ATTACH DATABASE ? AS bundle_copy').run(copyPath);
  try {
    db.pragma('bundle_copy.journal_mode = DELETE');
    db.exec(`DELETE FROM bundle_copy.trash;
             DELETE FROM bundle_copy.blobs WHERE sha256 NOT IN (SELECT sha256 FROM bundle_copy.sources);
             VACUUM bundle_copy;`);
    const counts = notebookCounts(db, 'bundle_copy');
    for (const blob of db.prepare('SELECT sha256, size, bytes FROM bundle_copy.blobs ORDER BY sha256').iterate() as Iterable<ArchivedBlob>) eachBlob(blob);
    return counts;
  } finally {
    db.prepare('DETACH DATABASE bundle_copy').run();
  }
}

/** Every archived original (SHA-256 as recorded, and its bytes), one at a time. */
export function archivedBlobs(db: Database): Iterable<{ sha256: string; bytes: Buffer }> {
  return db.prepare('SELECT sha256, bytes FROM blobs').iterate() as Iterable<{ sha256: string; bytes: Buffer }>;
}
