import { CasebookError } from '../contract/errors';

/**
 * A failure of the disk rather than of Casebook, in words: the disk is full, the file cannot be
 * written, or it is damaged. SQLite rolls the transaction back in both cases, so nothing was changed. Null for others.
 */
export function storageFailure(err: unknown): CasebookError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new CasebookError('DISK_FULL', 'The disk is full, so nothing was changed: the notebook is exactly as it was. Free some space (or save somewhere else) and try again.');
  }
  if (code === 'SQLITE_READONLY' || code === 'EROFS') {
    return new CasebookError('READ_ONLY', 'The notebook file cannot be written (it or its disk is read-only), so nothing was changed.');
  }
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
    return new CasebookError('DAMAGED_FILE', 'This part of the notebook is damaged and cannot be read. Restore its newest good backup (see “casebook restore”); nothing was changed.');
  }
  return null;
}
