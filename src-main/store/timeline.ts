/** The rows the timeline is made of: claims with an event date, filtered in SQLite. */
import type { Database } from 'better-sqlite3';
import type { ClaimStatus } from '../contract/domain';
import type { DatedClaimRow } from '../core/timeline';
import { CLAIMS_MENTIONING_SQL } from './entity-list';

export interface DatedClaimQuery {
  sourceId?: string;
  tag?: string;
  status?: ClaimStatus;
  /** Only claims whose passage mentions this entity (the same test `claims.query` uses). */
  entityId?: string;
}

const UNIT = '\u001f';

export function listDatedClaims(db: Database, q: DatedClaimQuery): DatedClaimRow[] {
  const where = ['c.event_date IS NOT NULL'];
  if (q.sourceId) where.push('c.source_id = @sourceId');
  if (q.status) where.push('c.status = @status');
  if (q.entityId) where.push(`c.id IN (${CLAIMS_MENTIONING_SQL})`);
  if (q.tag) where.push('EXISTS (SELECT 1 FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id AND t.name = @tag)');
  const rows = db
    .prepare(
      `SELECT c.id, c.source_id AS sourceId, s.title AS sourceTitle, c.statement, c.status, c.event_date AS eventDate,
              c.exact, c.start, c.end, ct.tags
       FROM claims c JOIN sources s ON s.id = c.source_id
       LEFT JOIN (SELECT ct.claim_id, group_concat(t.name, char(31)) AS tags FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id GROUP BY ct.claim_id) ct
         ON ct.claim_id = c.id
       WHERE ${where.join(' AND ')}`,
    )
    .all({ sourceId: q.sourceId, status: q.status, tag: q.tag, entityId: q.entityId }) as (Omit<DatedClaimRow, 'tags'> & { tags: string | null })[];
  return rows.map((r) => ({ ...r, tags: r.tags ? r.tags.split(UNIT).sort() : [] }));
}

/** Titles of the given sources, for events that carry only a source id. */
export function sourceTitles(db: Database, ids: string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = db.prepare(`SELECT id, title FROM sources WHERE id IN (${unique.map(() => '?').join(', ')})`).all(...unique) as { id: string; title: string }[];
  return new Map(rows.map((r) => [r.id, r.title]));
}
