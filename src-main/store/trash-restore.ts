/**
 * Undoing a delete: puts every row of a trash snapshot back exactly as it was (same ids, same
 * offsets), rebuilds their search entries, records it in the audit log and removes the trash
 * entry. Refuses, changing nothing, when something now stands in the way.
 */
import type { Database } from 'better-sqlite3';
import type { RestoredFromTrash } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { restoreAnalysisRows } from './analysis-trash';
import { recordAudit } from './audit';
import { getClaim, reindexClaim } from './claims';
import { indexRecord } from './search-index';
import { insertSnapshotRows } from './snapshot-rows';
import { restoreSourceExtras } from './source-extras-trash';
import { getTrashRow, type TrashSnapshot } from './trash';


const exists = (db: Database, table: string, id: unknown) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

/** Says in words why the snapshot cannot come back, or returns nothing when it can. */
function obstacle(db: Database, s: TrashSnapshot, label: string): string | null {
  const source = s.sources[0];
  if (source) {
    if (exists(db, 'sources', source.id)) return `“${label}” is already in the notebook.`;
    const twin = db.prepare('SELECT id FROM sources WHERE sha256 = ?').get(source.sha256) as { id: string } | undefined;
    if (twin) return `“${label}” was imported again after it was deleted (as ${twin.id}), so the deleted copy cannot come back beside it. Its claims can be made again on the new copy.`;
    if (!db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(source.sha256)) return `The archived original of “${label}” is no longer in the notebook, so it cannot be restored.`;
  }
  const restoredSources = new Set(s.sources.map((r) => r.id));
  const restoredClaims = new Set(s.claims.map((r) => r.id));
  const sourceHere = (id: unknown) => restoredSources.has(id) || exists(db, 'sources', id);
  for (const claim of s.claims) {
    if (exists(db, 'claims', claim.id)) return `The claim “${String(claim.statement)}” is already in the notebook.`;
    if (!sourceHere(claim.source_id)) return `The source of the claim “${String(claim.statement)}” has been deleted since. Undo that delete first.`;
  }
  for (const link of s.evidence_links) {
    if (exists(db, 'evidence_links', link.id)) return 'This evidence link is already in the notebook.';
    if (!restoredClaims.has(link.claim_id) && !exists(db, 'claims', link.claim_id)) return 'The claim this evidence belonged to has been deleted since. Undo that delete first.';
    if (!sourceHere(link.source_id)) return 'The source this evidence points into has been deleted since. Undo that delete first.';
  }
  return null;
}

function restoreTags(db: Database, tags: TrashSnapshot['claimTags']): void {
  for (const { claim_id, name } of tags) {
    db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)').run(name);
    const tag = db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number };
    db.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)').run(claim_id, tag.id);
  }
}

export function restoreFromTrash(db: Database, trashId: string): RestoredFromTrash {
  const entry = getTrashRow(db, trashId);
  if (!entry) throw new CasebookError('NOT_FOUND', 'There is nothing to undo: this deletion is no longer in the trash (it was already undone, or the trash was emptied).');
  const s = entry.snapshot;
  const problem = obstacle(db, s, entry.label);
  if (problem) throw new CasebookError('CONFLICT', `${problem} Nothing was changed.`);

  insertSnapshotRows(db, 'sources', s.sources);
  insertSnapshotRows(db, 'documents', s.documents);
  insertSnapshotRows(db, 'blocks', s.blocks);
  insertSnapshotRows(db, 'claims', s.claims);
  restoreTags(db, s.claimTags);
  insertSnapshotRows(db, 'evidence_links', s.evidence_links);
  const analysisIds = restoreAnalysisRows(db, s);
  restoreSourceExtras(db, s);

  for (const source of s.sources) {
    const doc = s.documents.find((d) => d.source_id === source.id);
    indexRecord(db, 'source', String(source.id), String(source.id), String(source.title), String(doc?.text ?? ''));
  }
  for (const claim of s.claims) reindexClaim(db, getClaim(db, String(claim.id)));

  const result: RestoredFromTrash = {
    kind: entry.kind,
    entityId: entry.entityId,
    label: entry.label,
    sourceIds: s.sources.map((r) => String(r.id)),
    claimIds: s.claims.map((r) => String(r.id)),
    linkIds: s.evidence_links.map((r) => String(r.id)),
    ...(analysisIds.length ? { analysisIds } : {}),
  };
  recordAudit(db, 'restore', entry.kind, entry.entityId, { trashId, label: entry.label, claims: result.claimIds.length, links: result.linkIds.length });
  db.prepare('DELETE FROM trash WHERE id = ?').run(trashId);
  return result;
}
