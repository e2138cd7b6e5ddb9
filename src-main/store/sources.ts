/** Sources: archived originals (blobs), their metadata, and their normalised documents. */
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { BLOCK_SEPARATOR, type Block, type Reliability, type Source, type SourceSummary } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import type { ImportedDocument } from '../importers/types';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { indexRecord, unindexRecord } from './search-index';
import { summaryFromRow } from './source-list';
import { putInTrash, snapshotSource } from './trash';

interface SourceRow {
  id: string;
  title: string;
  authors: string;
  publisher: string | null;
  published_at: string | null;
  origin: string;
  file_name: string;
  captured_at: string;
  media_type: string;
  sha256: string;
  language: string | null;
  dir: 'ltr' | 'rtl' | null;
  reliability: Reliability;
  notes: string;
  warnings: string;
  size: number;
  text_length: number;
  claim_count: number;
}

const SELECT_SOURCE = `
  SELECT s.*, b.size, length(d.text) AS text_length,
         (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claim_count
  FROM sources s JOIN blobs b ON b.sha256 = s.sha256 JOIN documents d ON d.source_id = s.id`;

function toSource(r: SourceRow): Source {
  return {
    ...summaryFromRow(r),
    authors: JSON.parse(r.authors) as string[],
    publisher: r.publisher,
    language: r.language,
    dir: r.dir,
    notes: r.notes,
    size: r.size,
    textLength: r.text_length,
    warnings: JSON.parse(r.warnings) as string[],
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function findSourceIdBySha(db: Database, sha256: string): string | null {
  const row = db.prepare('SELECT id FROM sources WHERE sha256 = ?').get(sha256) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Ids of the sources captured from any of these web addresses, oldest capture first. */
export function findSourceIdsByOrigin(db: Database, origins: string[]): string[] {
  if (!origins.length) return [];
  const rows = db
    .prepare(`SELECT id FROM sources WHERE origin IN (${origins.map(() => '?').join(', ')}) ORDER BY captured_at`)
    .all(...origins) as { id: string }[];
  return rows.map((r) => r.id);
}

export interface NewSource {
  doc: ImportedDocument;
  bytes: Uint8Array;
  sha256: string;
  fileName: string;
  /** Where the analyst got it; defaults to what the document says, else the file name. */
  origin?: string;
  capturedAt?: string;
}

/** Lays the blocks end to end with the separator, giving each its offsets in the plain text. */
export function layOutBlocks(doc: ImportedDocument): { text: string; blocks: Omit<Block, 'text'>[] } {
  const kept = doc.blocks.filter((b) => b.text.length > 0);
  const blocks: Omit<Block, 'text'>[] = [];
  let offset = 0;
  kept.forEach((b, seq) => {
    if (seq > 0) offset += BLOCK_SEPARATOR.length;
    blocks.push({ seq, kind: b.kind, level: b.level ?? null, section: b.section ?? 'body', start: offset, end: offset + b.text.length });
    offset += b.text.length;
  });
  return { text: kept.map((b) => b.text).join(BLOCK_SEPARATOR), blocks };
}

export function insertSource(db: Database, input: NewSource): string {
  const { doc } = input;
  const id = newId('src');
  const now = nowIso();
  const { text, blocks } = layOutBlocks(doc);
  db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, bytes) VALUES (?, ?, ?)').run(input.sha256, input.bytes.length, Buffer.from(input.bytes));
  db.prepare(
    `INSERT INTO sources (id, title, authors, publisher, published_at, origin, file_name, captured_at, media_type, sha256, language, dir, warnings, updated_at)
     VALUES (@id, @title, @authors, @publisher, @publishedAt, @origin, @fileName, @capturedAt, @mediaType, @sha256, @language, @dir, @warnings, @now)`,
  ).run({
    id,
    title: doc.title,
    authors: JSON.stringify(doc.authors),
    publisher: doc.publisher ?? null,
    publishedAt: doc.publishedAt ?? null,
    origin: input.origin || doc.origin || input.fileName,
    fileName: input.fileName,
    capturedAt: input.capturedAt ?? now,
    mediaType: doc.mediaType,
    sha256: input.sha256,
    language: doc.language ?? null,
    dir: doc.dir ?? null,
    warnings: JSON.stringify(doc.warnings),
    now,
  });
  db.prepare('INSERT INTO documents (source_id, text) VALUES (?, ?)').run(id, text);
  const insertBlock = db.prepare('INSERT INTO blocks (source_id, seq, kind, level, section, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const b of blocks) insertBlock.run(id, b.seq, b.kind, b.level, b.section, b.start, b.end);
  indexRecord(db, 'source', id, id, doc.title, text);
  recordAudit(db, 'import', 'source', id, { title: doc.title, sha256: input.sha256, fileName: input.fileName });
  return id;
}

function getSourceRow(db: Database, id: string): SourceRow {
  const row = db.prepare(`${SELECT_SOURCE} WHERE s.id = ?`).get(id) as SourceRow | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no source with id “${id}” in this notebook.`);
  return row;
}

export function getSource(db: Database, id: string): Source {
  return toSource(getSourceRow(db, id));
}

export function getSourceSummary(db: Database, id: string): SourceSummary {
  return summaryFromRow(getSourceRow(db, id));
}

export { listSources, type ListOptions } from './source-list';

/** The source's text as UTF-8 bytes, for a worker to read: a long text is never decoded on the main process. */
export function getSourceTextBytes(db: Database, id: string): Buffer {
  const row = db.prepare('SELECT CAST(text AS BLOB) AS bytes FROM documents WHERE source_id = ?').get(id) as { bytes: Buffer | null } | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no source with id “${id}” in this notebook.`);
  return row.bytes ?? Buffer.alloc(0);
}

export function getSourceText(db: Database, id: string): string {
  const row = db.prepare('SELECT text FROM documents WHERE source_id = ?').get(id) as { text: string } | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no source with id “${id}” in this notebook.`);
  return row.text;
}

export function getBlocks(db: Database, id: string): Block[] {
  const text = getSourceText(db, id);
  const rows = db.prepare('SELECT seq, kind, level, section, start, end FROM blocks WHERE source_id = ? ORDER BY seq').all(id) as Omit<Block, 'text'>[];
  return rows.map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
}

export function getOriginal(db: Database, id: string): { fileName: string; mediaType: string; bytes: Buffer } {
  const row = db
    .prepare('SELECT s.file_name, s.media_type, b.bytes FROM sources s JOIN blobs b ON b.sha256 = s.sha256 WHERE s.id = ?')
    .get(id) as { file_name: string; media_type: string; bytes: Buffer } | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no source with id “${id}” in this notebook.`);
  return { fileName: row.file_name, mediaType: row.media_type, bytes: row.bytes };
}

export interface SourcePatch {
  title?: string;
  authors?: string[];
  publisher?: string | null;
  publishedAt?: string | null;
  origin?: string;
  language?: string | null;
  reliability?: Reliability;
  notes?: string;
}

const PATCH_COLUMNS: Record<keyof SourcePatch, string> = {
  title: 'title',
  authors: 'authors',
  publisher: 'publisher',
  publishedAt: 'published_at',
  origin: 'origin',
  language: 'language',
  reliability: 'reliability',
  notes: 'notes',
};

export function updateSource(db: Database, id: string, patch: SourcePatch): Source {
  const before = getSource(db, id);
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof SourcePatch, unknown][];
  if (entries.length > 0) {
    const sets = entries.map(([k]) => `${PATCH_COLUMNS[k]} = @${k}`).join(', ');
    const values = Object.fromEntries(entries.map(([k, v]) => [k, k === 'authors' ? JSON.stringify(v) : v]));
    db.prepare(`UPDATE sources SET ${sets}, updated_at = @now WHERE id = @id`).run({ ...values, now: nowIso(), id });
    if (patch.title !== undefined) indexRecord(db, 'source', id, id, patch.title, getSourceText(db, id));
    recordAudit(db, 'update', 'source', id, { changed: Object.fromEntries(entries.map(([k, v]) => [k, { from: before[k], to: v }])) });
  }
  return getSource(db, id);
}

/**
 * Deletes a source. Claims on it and evidence links to it are deleted only with `force`.
 * Everything removed goes to the trash, and the archived original stays with it there.
 */
export function deleteSource(db: Database, id: string, force = false): { claimsDeleted: number; linksDeleted: number; trashId: string } {
  const source = getSource(db, id);
  const claimIds = (db.prepare('SELECT id FROM claims WHERE source_id = ?').all(id) as { id: string }[]).map((r) => r.id);
  const linksTo = (db.prepare('SELECT count(*) AS n FROM evidence_links WHERE source_id = ?').get(id) as { n: number }).n;
  if (!force && (claimIds.length > 0 || linksTo > 0)) {
    const parts = [];
    if (claimIds.length) parts.push(`${claimIds.length} claim${claimIds.length === 1 ? '' : 's'}`);
    if (linksTo) parts.push(`${linksTo} evidence link${linksTo === 1 ? '' : 's'}`);
    throw new CasebookError(
      'CONFLICT',
      `“${source.title}” has ${parts.join(' and ')} pointing at it. Deleting it deletes them too; confirm to go ahead.`,
    );
  }
  const trashId = putInTrash(db, 'source', id, source.title, snapshotSource(db, id), source.sha256);
  const linksDeleted = db.prepare('DELETE FROM evidence_links WHERE source_id = ? OR claim_id IN (SELECT id FROM claims WHERE source_id = ?)').run(id, id).changes;
  for (const claimId of claimIds) unindexRecord(db, 'claim', claimId);
  db.prepare('DELETE FROM claims WHERE source_id = ?').run(id);
  db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM claim_tags)').run();
  db.prepare('DELETE FROM sources WHERE id = ?').run(id);
  // The archived original (blob) stays: the trash entry needs it to undo this. Emptying the trash drops it.
  unindexRecord(db, 'source', id);
  recordAudit(db, 'delete', 'source', id, { title: source.title, sha256: source.sha256, claimsDeleted: claimIds.length, linksDeleted, trashId });
  return { claimsDeleted: claimIds.length, linksDeleted, trashId };
}
