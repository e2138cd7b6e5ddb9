/** Checks a notebook end to end: SQLite integrity, every archived blob against its SHA-256, every anchor against its text. */
import type { Database } from 'better-sqlite3';
import type { VerifyReport } from '../contract/domain';
import { sha256Hex } from './sources';

export function verifyNotebook(db: Database): VerifyReport {
  const problems: string[] = [];
  let checked = 0;

  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  checked++;
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`SQLite integrity check: ${row.integrity_check}`);
  checked++;
  try {
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  } catch {
    problems.push('The search index is out of step with the notebook (it can be rebuilt).');
  }

  for (const blob of db.prepare('SELECT sha256, size, bytes FROM blobs').iterate() as Iterable<{ sha256: string; size: number; bytes: Buffer }>) {
    checked++;
    const actual = sha256Hex(blob.bytes);
    if (actual !== blob.sha256) problems.push(`Archived original ${blob.sha256.slice(0, 12)}… has been altered: its bytes now hash to ${actual.slice(0, 12)}….`);
    else if (blob.bytes.length !== blob.size) problems.push(`Archived original ${blob.sha256.slice(0, 12)}… has the wrong size.`);
  }

  const anchors = db.prepare(
    `SELECT 'claim' AS kind, c.id, c.start, c.end, c.exact, d.text FROM claims c JOIN documents d ON d.source_id = c.source_id
     UNION ALL
     SELECT 'evidence link', e.id, e.start, e.end, e.exact, d.text FROM evidence_links e JOIN documents d ON d.source_id = e.source_id WHERE e.start IS NOT NULL`,
  );
  for (const a of anchors.iterate() as Iterable<{ kind: string; id: string; start: number; end: number; exact: string; text: string }>) {
    checked++;
    if (a.text.slice(a.start, a.end) !== a.exact) problems.push(`The ${a.kind} ${a.id} no longer points at its quoted passage.`);
  }

  const dangling = db.pragma('foreign_key_check') as unknown[];
  checked++;
  if (dangling.length) problems.push(`${dangling.length} record(s) point at something that no longer exists.`);

  return { ok: problems.length === 0, checked, problems };
}
