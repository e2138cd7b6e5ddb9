/** Keeps the FTS5 index in step with the rows it indexes. Call inside the same transaction as the write. */
import type { Database } from 'better-sqlite3';

export type IndexedKind = 'source' | 'claim' | 'brief';

export function indexRecord(db: Database, kind: IndexedKind, refId: string, sourceId: string | null, title: string, body: string): void {
  const existing = db.prepare('SELECT rowid FROM search_docs WHERE kind = ? AND ref_id = ?').get(kind, refId) as { rowid: number } | undefined;
  if (existing) db.prepare('DELETE FROM search_index WHERE rowid = ?').run(existing.rowid);
  const rowid = existing
    ? existing.rowid
    : Number(db.prepare('INSERT INTO search_docs (kind, ref_id) VALUES (?, ?)').run(kind, refId).lastInsertRowid);
  db.prepare('INSERT INTO search_index (rowid, title, body, kind, ref_id, source_id) VALUES (?, ?, ?, ?, ?, ?)').run(
    rowid,
    title,
    body,
    kind,
    refId,
    sourceId,
  );
}

export function unindexRecord(db: Database, kind: IndexedKind, refId: string): void {
  const existing = db.prepare('SELECT rowid FROM search_docs WHERE kind = ? AND ref_id = ?').get(kind, refId) as { rowid: number } | undefined;
  if (!existing) return;
  db.prepare('DELETE FROM search_index WHERE rowid = ?').run(existing.rowid);
  db.prepare('DELETE FROM search_docs WHERE rowid = ?').run(existing.rowid);
}
