/** The reader's marks of one source's claims (see `claims.marks`). */
import type { Database } from 'better-sqlite3';
import type { ClaimMark } from '../contract/methods-reader';

/** Ordered as `listClaims` orders a source's claims: by start, then by creation. */
export function listClaimMarks(db: Database, sourceId: string): ClaimMark[] {
  return db.prepare('SELECT id, start, end, status FROM claims WHERE source_id = ? ORDER BY start, created_at').all(sourceId) as ClaimMark[];
}
