/**
 * What must hold of a notebook after any crash: SQLite's integrity, the search index's own check,
 * every source complete (its original with the right hash, its text, blocks, search row and audit
 * entry), and every write the client saw acknowledged still there.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';

export interface Acknowledged {
  sources?: string[];
  claims?: string[];
  briefs?: { id: string; title: string }[];
}

export function checkNotebookAfterCrash(path: string, acknowledged: Acknowledged = {}): string[] {
  const problems: string[] = [];
  if (!existsSync(path)) return (acknowledged.sources?.length ?? 0) > 0 ? ['acknowledged sources are gone: there is no notebook file'] : [];
  const db = new Database(path);
  try {
    for (const row of db.pragma('integrity_check') as { integrity_check: string }[]) {
      if (row.integrity_check !== 'ok') problems.push(`integrity_check: ${row.integrity_check}`);
    }
    try {
      db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
    } catch (err) {
      problems.push(`search index integrity: ${(err as Error).message}`);
    }
    const hasSchema = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sources'").get();
    if (!hasSchema) {
      // Killed before the first migration committed: an empty notebook, which is fine if nothing was acknowledged.
      const any = (acknowledged.sources?.length ?? 0) + (acknowledged.claims?.length ?? 0) + (acknowledged.briefs?.length ?? 0);
      if (any) problems.push(`acknowledged writes are gone: the notebook has no tables`);
      return problems;
    }
    const sources = db.prepare('SELECT id, sha256 FROM sources').all() as { id: string; sha256: string }[];
    const blob = db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?');
    const text = db.prepare('SELECT length(text) AS n FROM documents WHERE source_id = ?');
    const blocks = db.prepare('SELECT count(*) AS n FROM blocks WHERE source_id = ?');
    const searchRow = db.prepare("SELECT count(*) AS n FROM search_docs WHERE kind = 'source' AND ref_id = ?");
    const audit = db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'source' AND entity_id = ?");
    for (const source of sources) {
      const original = blob.get(source.sha256) as { bytes: Buffer } | undefined;
      if (!original) problems.push(`${source.id}: its original is missing`);
      else if (createHash('sha256').update(original.bytes).digest('hex') !== source.sha256) problems.push(`${source.id}: its original does not match its hash`);
      const doc = text.get(source.id) as { n: number } | undefined;
      if (!doc) problems.push(`${source.id}: its text is missing`);
      if (doc && doc.n > 0 && (blocks.get(source.id) as { n: number }).n === 0) problems.push(`${source.id}: it has text but no blocks`);
      if ((searchRow.get(source.id) as { n: number }).n === 0) problems.push(`${source.id}: it is missing from the search index`);
      if ((audit.get(source.id) as { n: number }).n === 0) problems.push(`${source.id}: its import is missing from the audit log`);
    }
    const known = new Set(sources.map((s) => s.id));
    for (const id of acknowledged.sources ?? []) if (!known.has(id)) problems.push(`acknowledged source ${id} is gone`);
    const claim = db.prepare('SELECT 1 FROM claims WHERE id = ?');
    for (const id of acknowledged.claims ?? []) if (!claim.get(id)) problems.push(`acknowledged claim ${id} is gone`);
    const brief = db.prepare('SELECT title FROM briefs WHERE id = ?');
    for (const b of acknowledged.briefs ?? []) {
      const row = brief.get(b.id) as { title: string } | undefined;
      if (!row) problems.push(`acknowledged brief ${b.id} is gone`);
    }
  } finally {
    db.close();
  }
  return problems;
}
