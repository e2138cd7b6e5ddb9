/** Briefs: the analyst's own Lexical documents, several per notebook. */
import type { Database } from 'better-sqlite3';
import type { Brief, BriefExportDetails } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { indexRecord, unindexRecord } from './search-index';

interface BriefRow {
  id: string;
  title: string;
  doc: string;
  updated_at: string;
  export_details: string;
}

function readExportDetails(json: string): BriefExportDetails {
  try {
    const v = JSON.parse(json) as Partial<Record<keyof BriefExportDetails, unknown>>;
    return { title: typeof v.title === 'string' ? v.title : '', author: typeof v.author === 'string' ? v.author : '' };
  } catch {
    return { title: '', author: '' };
  }
}

const toBrief = (r: BriefRow): Brief => ({
  id: r.id,
  title: r.title,
  doc: JSON.parse(r.doc),
  updatedAt: r.updated_at,
  exportDetails: readExportDetails(r.export_details),
});

export function listBriefs(db: Database): Pick<Brief, 'id' | 'title' | 'updatedAt'>[] {
  return (db.prepare('SELECT id, title, updated_at FROM briefs ORDER BY updated_at DESC, id').all() as BriefRow[]).map((r) => ({
    id: r.id,
    title: r.title,
    updatedAt: r.updated_at,
  }));
}

export function getBrief(db: Database, id: string): Brief {
  const row = db.prepare('SELECT * FROM briefs WHERE id = ?').get(id) as BriefRow | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no brief with id “${id}” in this notebook.`);
  return toBrief(row);
}

/** The most recently edited brief, or null when there is none yet. */
export function getDefaultBrief(db: Database): Brief | null {
  const row = db.prepare('SELECT * FROM briefs ORDER BY updated_at DESC, id LIMIT 1').get() as BriefRow | undefined;
  return row ? toBrief(row) : null;
}

/** Plain text of a Lexical document: every `text` field, paragraphs on their own lines. */
export function lexicalPlainText(doc: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { text?: unknown; children?: unknown[]; root?: unknown; statement?: unknown };
    if (typeof n.text === 'string') out.push(n.text);
    if (typeof n.statement === 'string') out.push(n.statement);
    if (n.root) walk(n.root);
    if (Array.isArray(n.children)) {
      n.children.forEach(walk);
      out.push('\n');
    }
  };
  walk(doc);
  return out.join('').replace(/\n{2,}/g, '\n').trim();
}

/**
 * Now, or just after the latest brief edit when that is not yet in the past (two saves in the same
 * millisecond), so that "most recently edited" is always one brief.
 */
function editTime(db: Database): string {
  const now = nowIso();
  const latest = (db.prepare('SELECT max(updated_at) AS at FROM briefs').get() as { at: string | null }).at;
  return latest && latest >= now ? new Date(Date.parse(latest) + 1).toISOString() : now;
}

export function saveBrief(db: Database, id: string | undefined, title: string, doc: unknown): Brief {
  const now = editTime(db);
  const json = JSON.stringify(doc ?? null);
  if (id) {
    getBrief(db, id);
    db.prepare('UPDATE briefs SET title = ?, doc = ?, updated_at = ? WHERE id = ?').run(title, json, now, id);
  } else {
    id = newId('brf');
    db.prepare('INSERT INTO briefs (id, title, doc, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, title, json, now, now);
  }
  indexRecord(db, 'brief', id, null, title, lexicalPlainText(doc));
  recordAudit(db, 'save', 'brief', id, { title, bytes: json.length });
  return getBrief(db, id);
}

/** A new, empty brief. */
export function createBrief(db: Database, title: string): Brief {
  return saveBrief(db, undefined, title, null);
}

export function renameBrief(db: Database, id: string, title: string): Brief {
  const before = getBrief(db, id);
  db.prepare('UPDATE briefs SET title = ?, updated_at = ? WHERE id = ?').run(title, editTime(db), id);
  indexRecord(db, 'brief', id, null, title, lexicalPlainText(before.doc));
  recordAudit(db, 'rename', 'brief', id, { from: before.title, to: title });
  return getBrief(db, id);
}

/** Deletes a brief; the audit log keeps its document, so nothing the analyst wrote is beyond recovery. */
export function deleteBrief(db: Database, id: string): void {
  const brief = getBrief(db, id);
  db.prepare('DELETE FROM briefs WHERE id = ?').run(id);
  unindexRecord(db, 'brief', id);
  recordAudit(db, 'delete', 'brief', id, { title: brief.title, doc: brief.doc });
}

/** Remembers what the brief was exported with (not an edit of the brief: its updated time stays). */
export function setBriefExportDetails(db: Database, id: string, details: BriefExportDetails): Brief {
  getBrief(db, id);
  db.prepare('UPDATE briefs SET export_details = ? WHERE id = ?').run(JSON.stringify({ title: details.title, author: details.author }), id);
  recordAudit(db, 'export-details', 'brief', id, details);
  return getBrief(db, id);
}
