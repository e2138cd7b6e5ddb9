/**
 * A claim that is a row of an analysis takes the row (and its ratings) with it when it is deleted
 * (ON DELETE CASCADE); its trash snapshot keeps them, and undoing the delete puts them back into
 * the analyses that are still there, with the ratings of the hypotheses that are still there.
 */
import type { Database } from 'better-sqlite3';
import type { Row } from './trash';

export interface AnalysisRowsSnapshot {
  analysis_rows?: Row[];
  analysis_ratings?: Row[];
}

export function snapshotAnalysisRows(db: Database, claimIds: string[]): Required<AnalysisRowsSnapshot> {
  const rows = claimIds.flatMap((id) => db.prepare('SELECT * FROM analysis_rows WHERE claim_id = ? ORDER BY analysis_id, seq').all(id) as Row[]);
  const ratingsOf = db.prepare('SELECT * FROM analysis_ratings WHERE row_id = ? ORDER BY hypothesis_id');
  return { analysis_rows: rows, analysis_ratings: rows.flatMap((r) => ratingsOf.all(r.id) as Row[]) };
}

/** Puts the rows back (at their old place) into analyses that still exist; returns the analyses changed. */
export function restoreAnalysisRows(db: Database, s: AnalysisRowsSnapshot): string[] {
  const restored = new Set<string>();
  const analyses = new Set<string>();
  const insertRow = db.prepare(
    `INSERT OR IGNORE INTO analysis_rows (id, analysis_id, seq, claim_id, text, relevance, credibility_override, note)
     SELECT @id, @analysis_id, @seq, @claim_id, @text, @relevance, @credibility_override, @note
     WHERE EXISTS (SELECT 1 FROM analyses WHERE id = @analysis_id) AND EXISTS (SELECT 1 FROM claims WHERE id = @claim_id)`,
  );
  for (const row of s.analysis_rows ?? []) {
    if (insertRow.run(row).changes) {
      restored.add(String(row.id));
      analyses.add(String(row.analysis_id));
    }
  }
  const insertRating = db.prepare(
    `INSERT OR IGNORE INTO analysis_ratings (row_id, hypothesis_id, rating, note)
     SELECT @row_id, @hypothesis_id, @rating, @note WHERE EXISTS (SELECT 1 FROM analysis_hypotheses WHERE id = @hypothesis_id)`,
  );
  for (const rating of s.analysis_ratings ?? []) if (restored.has(String(rating.row_id))) insertRating.run(rating);
  return [...analyses];
}
