/** Briefs: the analyst's own Lexical documents. */
import type { Database } from 'better-sqlite3';
import type { Brief } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { indexRecord } from './search-index';

interface BriefRow {
  id: string;
  title: string;
  doc: string;
  updated_at: string;
}

const toBrief = (r: BriefRow): Brief => ({ id: r.id, title: r.title, doc: JSON.parse(r.doc), updatedAt: r.updated_at });

export function listBriefs(db: Database): Pick<Brief, 'id' | 'title' | 'updatedAt'>[] {
  return (db.prepare('SELECT id, title, updated_at FROM briefs ORDER BY updated_at DESC').all() as BriefRow[]).map((r) => ({
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

/** The notebook's first brief (most recently edited), or null when there is none yet. */
export function getDefaultBrief(db: Database): Brief | null {
  const row = db.prepare('SELECT * FROM briefs ORDER BY created_at LIMIT 1').get() as BriefRow | undefined;
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

export function saveBrief(db: Database, id: string | undefined, title: string, doc: unknown): Brief {
  const now = nowIso();
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
