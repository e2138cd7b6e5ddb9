/**
 * The claims table: every claim of the notebook, filtered, sorted and paged in SQLite, so a
 * notebook of 50,000 claims sends the page only the rows it shows.
 */
import type { Database } from 'better-sqlite3';
import { type ClaimSortKey, type ClaimTableRow } from '../contract/claim-table';
import type { ClaimStatus, Reliability } from '../contract/domain';
import type { EvidenceSupportFilter } from '../contract/claim-table';
import { CLAIM_STATUSES, LIKELIHOODS } from '../contract/domain';
import { getClaim } from './claims';
import { evidenceSupportSql } from './evidence-support';
import { CLAIMS_MENTIONING_SQL } from './entity-list';
import { SqlFilters } from './sql-filters';

export interface ClaimQuery {
  sort?: ClaimSortKey;
  direction?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
  statuses?: ClaimStatus[];
  /** Admiralty credibility 1–6; 0 means "not graded". */
  credibilities?: number[];
  tag?: string;
  sourceId?: string;
  /** Event dates from/to (2024, 2024-01, 2024-01-15), inclusive; claims without a date are left out. */
  dateFrom?: string;
  dateTo?: string;
  /** Words in the statement, quote or comment (case-insensitive). */
  text?: string;
  /** Also return the ids of every matching claim, in order (for "select all" and range selection). */
  withIds?: boolean;
  /** Claims quoted in sources of these reliability grades. */
  reliabilities?: Reliability[];
  /** Claims with no evidence, or whose evidence rests on one source (store/evidence-support.ts). */
  evidence?: EvidenceSupportFilter;
  /** Only claims whose passage mentions this entity. */
  entityId?: string;
}

const ordinal = (keys: string[], column: string) => `CASE ${column} ${keys.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

/** The SQL expression each column sorts by. Nulls always sort last. */
const SORT_SQL: Record<ClaimSortKey, string> = {
  statement: 'c.statement COLLATE NOCASE',
  source: 's.title COLLATE NOCASE',
  status: ordinal(Object.keys(CLAIM_STATUSES), 'c.status'),
  credibility: 'c.credibility',
  likelihood: ordinal(Object.keys(LIKELIHOODS), 'c.likelihood'),
  eventDate: 'c.event_date',
  tags: '(SELECT min(t.name) FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id) COLLATE NOCASE',
  evidence: '(SELECT count(*) FROM evidence_links e WHERE e.claim_id = c.id)',
  updatedAt: 'c.updated_at',
};

function whereClause(q: ClaimQuery): SqlFilters {
  const filters = new SqlFilters().whenAny('status', q.statuses, 'c.status');
  if (q.credibilities?.length) {
    const graded = q.credibilities.filter((n) => n > 0);
    const parts = graded.length ? [`c.credibility IN (${graded.map((n) => Number(n)).join(', ')})`] : [];
    if (q.credibilities.includes(0)) parts.push('c.credibility IS NULL');
    filters.add(`(${parts.join(' OR ')})`);
  }
  filters
    .when('tag', q.tag, 'EXISTS (SELECT 1 FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id AND t.name = @tag)')
    .when('entityId', q.entityId, `c.id IN (${CLAIMS_MENTIONING_SQL})`)
    .when('sourceId', q.sourceId, 'c.source_id = @sourceId')
    // A partial date compares on its own length: "2024-03" includes 2024-03-15 when it is the upper bound.
    .when('dateFrom', q.dateFrom, 'c.event_date IS NOT NULL AND substr(c.event_date, 1, length(@dateFrom)) >= @dateFrom')
    .when('dateTo', q.dateTo, 'c.event_date IS NOT NULL AND substr(c.event_date, 1, length(@dateTo)) <= @dateTo')
    .whenAny('reliability', q.reliabilities, 's.reliability');
  if (q.evidence) filters.add(`(${evidenceSupportSql(q.evidence)})`);
  const text = 'instr(cb_lower(c.statement), @text) > 0 OR instr(cb_lower(c.exact), @text) > 0 OR instr(cb_lower(c.comment), @text) > 0';
  return filters.when('text', q.text?.trim().toLowerCase(), `(${text})`);
}

const withLower = new WeakSet<Database>();

/** SQLite's lower() folds only A–Z; "Álvaro" must match "álvaro" too. */
function registerLower(db: Database): void {
  if (withLower.has(db)) return;
  db.function('cb_lower', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s));
  withLower.add(db);
}

export function queryClaims(db: Database, q: ClaimQuery): { claims: ClaimTableRow[]; total: number; ids?: string[] } {
  registerLower(db);
  const { sql: where, params } = whereClause(q);
  const from = `FROM claims c JOIN sources s ON s.id = c.source_id ${where}`;
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const key = SORT_SQL[q.sort ?? 'updatedAt'];
  const direction = (q.direction ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? 'DESC' : 'ASC';
  const order = `ORDER BY (${key}) IS NULL, ${key} ${direction}, c.id ${direction}`;
  const limit = q.limit ?? 100;
  const offset = q.offset ?? 0;
  const page = db.prepare(`SELECT c.id, s.title ${from} ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as { id: string; title: string }[];
  const claims = page.map((r) => ({ ...getClaim(db, r.id), sourceTitle: r.title }));
  const ids = q.withIds ? (db.prepare(`SELECT c.id ${from} ${order}`).pluck().all(params) as string[]) : undefined;
  return ids ? { claims, total, ids } : { claims, total };
}
