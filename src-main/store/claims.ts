/** Claims: statements anchored to a passage of a source, with grades, tags and comments. */
import type { Database } from 'better-sqlite3';
import type { Anchor, Claim, ClaimStatus, Credibility, Likelihood } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { type AnchoredRow, passageOf } from './passage-row';
import { indexRecord, unindexRecord } from './search-index';
import { putInTrash, snapshotClaim } from './trash';

/** What the analyst writes on a claim (the rest of `Claim` is its anchor and bookkeeping). */
export type ClaimFields = Pick<Claim, 'statement' | 'status' | 'credibility' | 'likelihood' | 'eventDate' | 'tags' | 'comment'>;

interface ClaimRow extends AnchoredRow {
  statement: string;
  status: ClaimStatus;
  credibility: Credibility | null;
  likelihood: Likelihood | null;
  event_date: string | null;
  comment: string;
  created_at: string;
  updated_at: string;
  tags: string;
  supports: number;
  contradicts: number;
  context: number;
}

const SELECT_CLAIM = `
  SELECT c.*,
    (SELECT json_group_array(t.name) FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id) AS tags,
    (SELECT count(*) FROM evidence_links e WHERE e.claim_id = c.id AND e.relation = 'supports') AS supports,
    (SELECT count(*) FROM evidence_links e WHERE e.claim_id = c.id AND e.relation = 'contradicts') AS contradicts,
    (SELECT count(*) FROM evidence_links e WHERE e.claim_id = c.id AND e.relation = 'context') AS context
  FROM claims c`;

function toClaim(r: ClaimRow): Claim {
  return {
    id: r.id,
    sourceId: r.source_id,
    ...passageOf(r),
    statement: r.statement,
    status: r.status,
    credibility: r.credibility,
    likelihood: r.likelihood,
    eventDate: r.event_date,
    tags: (JSON.parse(r.tags) as string[]).sort((a, b) => a.localeCompare(b)),
    comment: r.comment,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    evidenceCounts: { supports: r.supports, contradicts: r.contradicts, context: r.context },
  };
}

/** Tags are case-insensitive: "Cuba" and "cuba" are one tag, spelled as first used. */
function setTags(db: Database, claimId: string, tags: string[]): void {
  db.prepare('DELETE FROM claim_tags WHERE claim_id = ?').run(claimId);
  const unique = [...new Map(tags.map((t) => [t.trim().toLowerCase(), t.trim()])).values()].filter(Boolean);
  for (const name of unique) {
    db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)').run(name);
    const tag = db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number };
    db.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)').run(claimId, tag.id);
  }
  db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM claim_tags)').run();
}

export function reindexClaim(db: Database, claim: Claim): void {
  indexRecord(db, 'claim', claim.id, claim.sourceId, claim.statement, [claim.comment, claim.exact, claim.tags.join(' ')].join('\n'));
}

export function getClaim(db: Database, id: string): Claim {
  const row = db.prepare(`${SELECT_CLAIM} WHERE c.id = ?`).get(id) as ClaimRow | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no claim with id “${id}” in this notebook.`);
  return toClaim(row);
}

export function createClaim(db: Database, sourceId: string, anchor: Anchor, fields: Partial<ClaimFields>): Claim {
  const id = newId('clm');
  const now = nowIso();
  db.prepare(
    `INSERT INTO claims (id, source_id, start, end, exact, prefix, suffix, statement, status, credibility, likelihood, event_date, comment, created_at, updated_at)
     VALUES (@id, @sourceId, @start, @end, @exact, @prefix, @suffix, @statement, @status, @credibility, @likelihood, @eventDate, @comment, @now, @now)`,
  ).run({
    id,
    sourceId,
    ...anchor,
    statement: fields.statement ?? anchor.exact,
    status: fields.status ?? 'unassessed',
    credibility: fields.credibility ?? null,
    likelihood: fields.likelihood ?? null,
    eventDate: fields.eventDate ?? null,
    comment: fields.comment ?? '',
    now,
  });
  if (fields.tags?.length) setTags(db, id, fields.tags);
  const claim = getClaim(db, id);
  reindexClaim(db, claim);
  recordAudit(db, 'create', 'claim', id, { sourceId, start: anchor.start, end: anchor.end, statement: claim.statement });
  return claim;
}

const COLUMNS: Record<Exclude<keyof ClaimFields, 'tags'>, string> = {
  statement: 'statement',
  status: 'status',
  credibility: 'credibility',
  likelihood: 'likelihood',
  eventDate: 'event_date',
  comment: 'comment',
};

export function updateClaim(db: Database, id: string, patch: Partial<ClaimFields>): Claim {
  const before = getClaim(db, id);
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof ClaimFields, unknown][];
  if (entries.length === 0) return before;
  const columns = entries.filter(([k]) => k !== 'tags') as [Exclude<keyof ClaimFields, 'tags'>, unknown][];
  const sets = columns.map(([k]) => `${COLUMNS[k]} = @${k}, `).join('');
  db.prepare(`UPDATE claims SET ${sets}updated_at = @now WHERE id = @id`).run({ ...Object.fromEntries(columns), now: nowIso(), id });
  if (patch.tags) setTags(db, id, patch.tags);
  const after = getClaim(db, id);
  reindexClaim(db, after);
  recordAudit(db, 'update', 'claim', id, { changed: Object.fromEntries(entries.map(([k, v]) => [k, { from: before[k], to: v }])) });
  return after;
}

/** Deletes a claim with its tags and evidence links, keeping them in the trash; returns the trash entry's id. */
export function deleteClaim(db: Database, id: string): string {
  const claim = getClaim(db, id);
  const trashId = putInTrash(db, 'claim', id, claim.statement, snapshotClaim(db, id));
  const links = db.prepare('DELETE FROM evidence_links WHERE claim_id = ?').run(id).changes;
  db.prepare('DELETE FROM claims WHERE id = ?').run(id);
  db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM claim_tags)').run();
  unindexRecord(db, 'claim', id);
  recordAudit(db, 'delete', 'claim', id, { statement: claim.statement, sourceId: claim.sourceId, linksDeleted: links, trashId });
  return trashId;
}

/** Whether a claim with this id is in the notebook. */
export function claimExists(db: Database, id: string): boolean {
  return Boolean(db.prepare('SELECT 1 FROM claims WHERE id = ?').get(id));
}

/** The id of a claim with this statement on exactly this passage, if there is one. */
export function findClaimIdOnPassage(db: Database, sourceId: string, start: number, end: number, statement: string): string | null {
  const row = db.prepare('SELECT id FROM claims WHERE source_id = ? AND start = ? AND end = ? AND statement = ?').get(sourceId, start, end, statement) as { id: string } | undefined;
  return row?.id ?? null;
}

export interface ClaimFilter {
  sourceId?: string;
  status?: ClaimStatus;
  tag?: string;
}

export function listClaims(db: Database, filter: ClaimFilter = {}): Claim[] {
  const where: string[] = [];
  if (filter.sourceId) where.push('c.source_id = @sourceId');
  if (filter.status) where.push('c.status = @status');
  if (filter.tag) where.push('EXISTS (SELECT 1 FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id AND t.name = @tag)');
  const sql = `${SELECT_CLAIM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.source_id, c.start, c.created_at`;
  return (db.prepare(sql).all(filter) as ClaimRow[]).map(toClaim);
}

export function listTags(db: Database): { name: string; count: number }[] {
  return db
    .prepare('SELECT t.name, count(ct.claim_id) AS count FROM tags t JOIN claim_tags ct ON ct.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE')
    .all() as { name: string; count: number }[];
}
