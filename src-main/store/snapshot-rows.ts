/** Puts a trash snapshot's rows back into their table: the one insert every restore uses. */
import type { Database } from 'better-sqlite3';
import { CasebookError } from '../contract/errors';
import type { Row } from './trash';

const COLUMN = /^[a-z_][a-z0-9_]*$/;

/** `orIgnore`: a row whose key is taken since is left out instead of failing the restore. */
export function insertSnapshotRows(db: Database, table: string, rows: readonly Row[] | undefined, { orIgnore = false } = {}): void {
  for (const row of rows ?? []) {
    const cols = Object.keys(row);
    // Column names come from the snapshot's JSON: anything but a plain name means it was damaged.
    if (!cols.every((c) => COLUMN.test(c))) throw new CasebookError('DAMAGED_FILE', 'This trash entry is damaged and cannot be restored.');
    db.prepare(`INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  }
}
