/**
 * The trash: every delete of a source, a claim or an evidence link first copies the rows it is
 * about to remove into one JSON snapshot here, in the same transaction, so it can be undone
 * exactly (see trash-restore.ts). Entries stay in the notebook until the trash is emptied.
 */
import type { Database } from 'better-sqlite3';
import type { TrashEntry } from '../contract/domain';
import { newId, nowIso } from './ids';
import { snapshotAnalysisRows, type AnalysisRowsSnapshot } from './analysis-trash';
import { snapshotSourceExtras, type SourceExtrasSnapshot } from './source-extras-trash';

export type Row = Record<string, unknown>;
export type TrashKind = TrashEntry['kind'];

/** The rows a delete removed, table by table; tags travel by name. */
export interface TrashSnapshot extends AnalysisRowsSnapshot, SourceExtrasSnapshot {
  sources: Row[];
  documents: Row[];
  blocks: Row[];
  claims: Row[];
  claimTags: { claim_id: string; name: string }[];
  evidence_links: Row[];
}

const empty = (): TrashSnapshot => ({ sources: [], documents: [], blocks: [], claims: [], claimTags: [], evidence_links: [] });

function tagsOf(db: Database, claimIds: string[]): TrashSnapshot['claimTags'] {
  const stmt = db.prepare('SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = ? ORDER BY t.name');
  return claimIds.flatMap((id) => stmt.all(id) as TrashSnapshot['claimTags']);
}

export function snapshotLink(db: Database, linkId: string): TrashSnapshot {
  return { ...empty(), evidence_links: db.prepare('SELECT * FROM evidence_links WHERE id = ?').all(linkId) as Row[] };
}

export function snapshotClaim(db: Database, claimId: string): TrashSnapshot {
  return {
    ...empty(),
    claims: db.prepare('SELECT * FROM claims WHERE id = ?').all(claimId) as Row[],
    claimTags: tagsOf(db, [claimId]),
    evidence_links: db.prepare('SELECT * FROM evidence_links WHERE claim_id = ? ORDER BY created_at, id').all(claimId) as Row[],
    ...snapshotAnalysisRows(db, [claimId]),
  };
}

/** A source with its document, blocks, claims (and their tags), every link to or from it, its entities and suggestions. */
export function snapshotSource(db: Database, sourceId: string): TrashSnapshot {
  const claims = db.prepare('SELECT * FROM claims WHERE source_id = ? ORDER BY start, id').all(sourceId) as Row[];
  return {
    sources: db.prepare('SELECT * FROM sources WHERE id = ?').all(sourceId) as Row[],
    documents: db.prepare('SELECT * FROM documents WHERE source_id = ?').all(sourceId) as Row[],
    blocks: db.prepare('SELECT * FROM blocks WHERE source_id = ? ORDER BY seq').all(sourceId) as Row[],
    claims,
    claimTags: tagsOf(db, claims.map((c) => String(c.id))),
    evidence_links: db
      .prepare('SELECT * FROM evidence_links WHERE source_id = ? OR claim_id IN (SELECT id FROM claims WHERE source_id = ?) ORDER BY created_at, id')
      .all(sourceId, sourceId) as Row[],
    ...snapshotAnalysisRows(db, claims.map((c) => String(c.id))),
    ...snapshotSourceExtras(db, sourceId),
  };
}

export function putInTrash(db: Database, kind: TrashKind, entityId: string, label: string, snapshot: TrashSnapshot, blobSha256: string | null = null): string {
  const id = newId('trs');
  db.prepare('INSERT INTO trash (id, kind, entity_id, label, snapshot, blob_sha256, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    kind,
    entityId,
    label,
    JSON.stringify(snapshot),
    blobSha256,
    nowIso(),
  );
  return id;
}

interface TrashRow {
  id: string;
  kind: TrashKind;
  entity_id: string;
  label: string;
  snapshot: string;
  blob_sha256: string | null;
  deleted_at: string;
}

const toEntry = (r: TrashRow): TrashEntry => ({ id: r.id, kind: r.kind, entityId: r.entity_id, label: r.label, deletedAt: r.deleted_at });

export function getTrashRow(db: Database, id: string): (TrashEntry & { snapshot: TrashSnapshot; blobSha256: string | null }) | null {
  const row = db.prepare('SELECT * FROM trash WHERE id = ?').get(id) as TrashRow | undefined;
  if (!row) return null;
  return { ...toEntry(row), snapshot: { ...empty(), ...(JSON.parse(row.snapshot) as Partial<TrashSnapshot>) }, blobSha256: row.blob_sha256 };
}

/** Most recent first. */
export function listTrash(db: Database, limit = 100): TrashEntry[] {
  return (db.prepare('SELECT * FROM trash ORDER BY deleted_at DESC, rowid DESC LIMIT ?').all(limit) as TrashRow[]).map(toEntry);
}

/** Archived originals that no source and no trash entry needs any more. */
export function dropUnusedBlobs(db: Database): number {
  return db
    .prepare('DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM sources) AND sha256 NOT IN (SELECT blob_sha256 FROM trash WHERE blob_sha256 IS NOT NULL)')
    .run().changes;
}

/** Deletes every trash entry for good, and the archived originals only they kept. */
export function emptyTrash(db: Database): { entries: number; originals: number } {
  const entries = db.prepare('DELETE FROM trash').run().changes;
  return { entries, originals: dropUnusedBlobs(db) };
}
