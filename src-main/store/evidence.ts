/** Evidence links: a claim → a passage (or the whole) of another source, with a relation and a note. */
import type { Database } from 'better-sqlite3';
import type { Anchor, ClaimStatus, EvidenceCitation, EvidenceLink, EvidenceRelation } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { passageOf } from './passage-row';
import { putInTrash, snapshotLink } from './trash';

interface LinkRow extends Pick<EvidenceLink, 'id' | 'relation' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'note'> {
  claim_id: string;
  source_id: string;
  source_title: string;
  created_at: string;
  updated_at: string;
}

const SELECT_LINK = 'SELECT e.*, s.title AS source_title FROM evidence_links e JOIN sources s ON s.id = e.source_id';

function toLink(r: LinkRow): EvidenceLink {
  return {
    id: r.id,
    claimId: r.claim_id,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    relation: r.relation,
    ...passageOf(r),
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getLink(db: Database, id: string): EvidenceLink {
  const row = db.prepare(`${SELECT_LINK} WHERE e.id = ?`).get(id) as LinkRow | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no evidence link with id “${id}” in this notebook.`);
  return toLink(row);
}

/** `anchor` null links the whole source. */
export function createLink(db: Database, claimId: string, sourceId: string, anchor: Anchor | null, relation: EvidenceRelation, note = ''): EvidenceLink {
  const id = newId('evd');
  const now = nowIso();
  db.prepare(
    `INSERT INTO evidence_links (id, claim_id, source_id, relation, start, end, exact, prefix, suffix, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, claimId, sourceId, relation, anchor?.start ?? null, anchor?.end ?? null, anchor?.exact ?? '', anchor?.prefix ?? '', anchor?.suffix ?? '', note, now, now);
  recordAudit(db, 'create', 'evidence', id, { claimId, sourceId, relation, start: anchor?.start ?? null, end: anchor?.end ?? null });
  return getLink(db, id);
}

export function updateLink(db: Database, id: string, patch: { relation?: EvidenceRelation; note?: string }): EvidenceLink {
  const before = getLink(db, id);
  const relation = patch.relation ?? before.relation;
  const note = patch.note ?? before.note;
  db.prepare('UPDATE evidence_links SET relation = ?, note = ?, updated_at = ? WHERE id = ?').run(relation, note, nowIso(), id);
  recordAudit(db, 'update', 'evidence', id, { relation: { from: before.relation, to: relation }, noteChanged: note !== before.note });
  return getLink(db, id);
}

/** Deletes a link, keeping it in the trash; returns the trash entry's id. */
export function deleteLink(db: Database, id: string): string {
  const link = getLink(db, id);
  const trashId = putInTrash(db, 'evidence', id, `${link.relation} evidence from “${link.sourceTitle}”`, snapshotLink(db, id));
  db.prepare('DELETE FROM evidence_links WHERE id = ?').run(id);
  recordAudit(db, 'delete', 'evidence', id, { claimId: link.claimId, sourceId: link.sourceId, relation: link.relation, trashId });
  return trashId;
}

/** Whether the claim already has a link of this relation to this passage (null offsets: the whole source). */
export function linkExists(db: Database, claimId: string, sourceId: string, start: number | null, end: number | null, relation: string): boolean {
  return Boolean(
    db.prepare('SELECT 1 FROM evidence_links WHERE claim_id = ? AND source_id = ? AND start IS ? AND end IS ? AND relation = ?').get(claimId, sourceId, start, end, relation),
  );
}

export function listLinks(db: Database, claimId: string): EvidenceLink[] {
  return (db.prepare(`${SELECT_LINK} WHERE e.claim_id = ? ORDER BY e.created_at`).all(claimId) as LinkRow[]).map(toLink);
}

export function listAllLinks(db: Database): EvidenceLink[] {
  return (db.prepare(`${SELECT_LINK} ORDER BY e.claim_id, e.created_at`).all() as LinkRow[]).map(toLink);
}

interface CitationRow extends LinkRow {
  claim_statement: string;
  claim_status: ClaimStatus;
  claim_source_id: string;
  claim_source_title: string;
  claim_start: number;
  claim_end: number;
}

/** The links that cite `sourceId` (a passage of it or all of it), with their claims, in text order (whole-source links first). */
export function listCitationsOfSource(db: Database, sourceId: string): EvidenceCitation[] {
  const rows = db
    .prepare(
      `SELECT e.*, s.title AS source_title, c.statement AS claim_statement, c.status AS claim_status, c.source_id AS claim_source_id,
              cs.title AS claim_source_title, c.start AS claim_start, c.end AS claim_end
       FROM evidence_links e
       JOIN sources s ON s.id = e.source_id
       JOIN claims c ON c.id = e.claim_id
       JOIN sources cs ON cs.id = c.source_id
       WHERE e.source_id = ?
       ORDER BY e.start IS NOT NULL, e.start, e.end, e.created_at, e.id`,
    )
    .all(sourceId) as CitationRow[];
  return rows.map((r) => ({
    ...toLink(r),
    claimStatement: r.claim_statement,
    claimStatus: r.claim_status,
    claimSourceId: r.claim_source_id,
    claimSourceTitle: r.claim_source_title,
    claimStart: r.claim_start,
    claimEnd: r.claim_end,
  }));
}
