/**
 * Analyses of competing hypotheses: the question, hypotheses, rows and ratings, and the analysis
 * read back with its scores (core/ach-scores.ts). Every write records itself in the audit log.
 */
import type { Database } from 'better-sqlite3';
import type { AchRating, AchWeight } from '../contract/ach';
import type { Credibility, Reliability } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import type { Analysis, AnalysisRow, AnalysisSummary, AnalysisView } from '../contract/methods-analyses';
import { analyseMatrix, credibilityWeight } from '../core/ach-scores';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';

interface AnalysisRecord {
  id: string;
  question: string;
  created_at: string;
  updated_at: string;
}

interface RowRecord {
  id: string;
  claim_id: string | null;
  text: string | null;
  statement: string | null;
  source_id: string | null;
  source_title: string | null;
  credibility: Credibility | null;
  reliability: Reliability | null;
  relevance: AchWeight;
  credibility_override: AchWeight | null;
  note: string;
}

function analysisRecord(db: Database, id: string): AnalysisRecord {
  const row = db.prepare('SELECT * FROM analyses WHERE id = ?').get(id) as AnalysisRecord | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no analysis ${id} in this notebook.`);
  return row;
}

export function getAnalysis(db: Database, id: string): Analysis {
  const a = analysisRecord(db, id);
  const hypotheses = db.prepare('SELECT id, label FROM analysis_hypotheses WHERE analysis_id = ? ORDER BY seq, id').all(id) as Analysis['hypotheses'];
  return { id: a.id, question: a.question, hypotheses, createdAt: a.created_at, updatedAt: a.updated_at };
}

export function listAnalyses(db: Database): AnalysisSummary[] {
  return db
    .prepare(
      `SELECT a.id, a.question, a.updated_at AS updatedAt,
        (SELECT count(*) FROM analysis_hypotheses h WHERE h.analysis_id = a.id) AS hypotheses,
        (SELECT count(*) FROM analysis_rows r WHERE r.analysis_id = a.id) AS rows
       FROM analyses a ORDER BY a.updated_at DESC, a.id`,
    )
    .all() as AnalysisSummary[];
}

/** The analysis with its rows (in order), ratings and scores. */
export function viewAnalysis(db: Database, id: string): AnalysisView {
  const analysis = getAnalysis(db, id);
  const records = db
    .prepare(
      `SELECT r.id, r.claim_id, r.text, c.statement, c.source_id, s.title AS source_title, c.credibility, s.reliability,
        r.relevance, r.credibility_override, r.note
       FROM analysis_rows r LEFT JOIN claims c ON c.id = r.claim_id LEFT JOIN sources s ON s.id = c.source_id
       WHERE r.analysis_id = ? ORDER BY r.seq, r.id`,
    )
    .all(id) as RowRecord[];
  const cells = db
    .prepare('SELECT g.row_id, g.hypothesis_id, g.rating, g.note FROM analysis_ratings g JOIN analysis_rows r ON r.id = g.row_id WHERE r.analysis_id = ?')
    .all(id) as { row_id: string; hypothesis_id: string; rating: AchRating; note: string }[];

  const rows: AnalysisRow[] = records.map((r) => {
    const graded = r.claim_id ? credibilityWeight(r.credibility, r.reliability) : 'medium';
    const mine = cells.filter((c) => c.row_id === r.id);
    return {
      id: r.id,
      claimId: r.claim_id,
      text: r.claim_id ? (r.statement ?? '') : (r.text ?? ''),
      sourceId: r.source_id,
      sourceTitle: r.source_title,
      relevance: r.relevance,
      claimCredibility: r.credibility,
      sourceReliability: r.claim_id ? r.reliability : null,
      gradedWeight: graded,
      credibilityOverride: r.credibility_override,
      credibilityWeight: r.credibility_override ?? graded,
      note: r.note,
      ratings: Object.fromEntries(mine.map((c) => [c.hypothesis_id, c.rating])),
      cellNotes: Object.fromEntries(mine.filter((c) => c.note).map((c) => [c.hypothesis_id, c.note])),
      diagnosticity: 0,
      diagnostic: false,
      sensitive: false,
    };
  });
  const keyOf = (r: AnalysisRow) => r.claimId ?? r.id;
  const result = analyseMatrix({
    hypotheses: analysis.hypotheses.map((h) => h.id),
    rows: rows.map((r) => ({ key: keyOf(r), relevance: r.relevance, credibility: r.credibilityWeight, ratings: r.ratings })),
  });
  for (const r of rows) {
    r.diagnosticity = result.diagnosticity[keyOf(r)];
    r.diagnostic = r.diagnosticity > 0;
    r.sensitive = result.sensitive.includes(keyOf(r));
  }
  return { analysis, rows, scores: result.scores, leaders: result.leaders, sensitive: result.sensitive };
}

const touch = (db: Database, id: string) => db.prepare('UPDATE analyses SET updated_at = ? WHERE id = ?').run(nowIso(), id);

function insertHypothesis(db: Database, analysisId: string, label: string): string {
  const hid = newId('hyp');
  const { seq } = db.prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM analysis_hypotheses WHERE analysis_id = ?').get(analysisId) as { seq: number };
  db.prepare('INSERT INTO analysis_hypotheses (id, analysis_id, seq, label) VALUES (?, ?, ?, ?)').run(hid, analysisId, seq, label);
  return hid;
}

export function createAnalysis(db: Database, question: string, hypotheses: string[]): Analysis {
  const id = newId('ach');
  const now = nowIso();
  db.prepare('INSERT INTO analyses (id, question, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, question, now, now);
  for (const label of hypotheses) insertHypothesis(db, id, label);
  recordAudit(db, 'create', 'analysis', id, { question, hypotheses });
  return getAnalysis(db, id);
}

export function updateAnalysisQuestion(db: Database, id: string, question: string): void {
  const before = analysisRecord(db, id);
  db.prepare('UPDATE analyses SET question = ?, updated_at = ? WHERE id = ?').run(question, nowIso(), id);
  recordAudit(db, 'update', 'analysis', id, { question: { from: before.question, to: question } });
}

/** Deletes the analysis, its hypotheses, rows and ratings; the audit log keeps what it held. */
export function deleteAnalysis(db: Database, id: string): void {
  const view = viewAnalysis(db, id);
  db.prepare('DELETE FROM analyses WHERE id = ?').run(id);
  recordAudit(db, 'delete', 'analysis', id, {
    question: view.analysis.question,
    hypotheses: view.analysis.hypotheses,
    rows: view.rows.map((r) => ({ claimId: r.claimId, text: r.claimId ? undefined : r.text, relevance: r.relevance, ratings: r.ratings })),
  });
}

function hypothesisOf(db: Database, analysisId: string, hypothesisId: string): { id: string; label: string } {
  const h = db.prepare('SELECT id, label FROM analysis_hypotheses WHERE id = ? AND analysis_id = ?').get(hypothesisId, analysisId) as { id: string; label: string } | undefined;
  if (!h) throw new CasebookError('NOT_FOUND', `The analysis ${analysisId} has no hypothesis ${hypothesisId}.`);
  return h;
}

export function addHypothesis(db: Database, id: string, label: string): void {
  analysisRecord(db, id);
  const hid = insertHypothesis(db, id, label);
  touch(db, id);
  recordAudit(db, 'add-hypothesis', 'analysis', id, { hypothesisId: hid, label });
}

export function renameHypothesis(db: Database, id: string, hypothesisId: string, label: string): void {
  const before = hypothesisOf(db, id, hypothesisId);
  db.prepare('UPDATE analysis_hypotheses SET label = ? WHERE id = ?').run(label, hypothesisId);
  touch(db, id);
  recordAudit(db, 'rename-hypothesis', 'analysis', id, { hypothesisId, label: { from: before.label, to: label } });
}

export function removeHypothesis(db: Database, id: string, hypothesisId: string): void {
  const h = hypothesisOf(db, id, hypothesisId);
  const { n } = db.prepare('SELECT count(*) AS n FROM analysis_hypotheses WHERE analysis_id = ?').get(id) as { n: number };
  if (n <= 2) throw new CasebookError('CONFLICT', `“${h.label}” cannot be removed: an analysis weighs at least two hypotheses. Add another first.`);
  const ratings = db.prepare('SELECT row_id, rating, note FROM analysis_ratings WHERE hypothesis_id = ?').all(hypothesisId);
  db.prepare('DELETE FROM analysis_hypotheses WHERE id = ?').run(hypothesisId);
  touch(db, id);
  recordAudit(db, 'remove-hypothesis', 'analysis', id, { hypothesisId, label: h.label, ratings });
}

/** A row of the analysis, named by its own id or by its claim's id. */
function rowOf(db: Database, analysisId: string, row: string): { id: string; claim_id: string | null } {
  const found = db.prepare('SELECT id, claim_id FROM analysis_rows WHERE analysis_id = ? AND (id = ? OR claim_id = ?)').get(analysisId, row, row) as
    | { id: string; claim_id: string | null }
    | undefined;
  if (!found) throw new CasebookError('NOT_FOUND', `The analysis ${analysisId} has no row ${row}. Add the claim to the analysis first.`);
  return found;
}

export function addRow(db: Database, id: string, row: { claimId?: string; text?: string; relevance?: AchWeight }): string {
  analysisRecord(db, id);
  if (row.claimId) {
    if (!db.prepare('SELECT 1 FROM claims WHERE id = ?').get(row.claimId)) throw new CasebookError('NOT_FOUND', `There is no claim ${row.claimId} in this notebook.`);
    if (db.prepare('SELECT 1 FROM analysis_rows WHERE analysis_id = ? AND claim_id = ?').get(id, row.claimId)) {
      throw new CasebookError('CONFLICT', 'This claim is already a row of the analysis.');
    }
  }
  const rid = newId('row');
  const { seq } = db.prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM analysis_rows WHERE analysis_id = ?').get(id) as { seq: number };
  db.prepare('INSERT INTO analysis_rows (id, analysis_id, seq, claim_id, text, relevance) VALUES (?, ?, ?, ?, ?, ?)').run(
    rid,
    id,
    seq,
    row.claimId ?? null,
    row.claimId ? null : (row.text ?? null),
    row.relevance ?? 'medium',
  );
  touch(db, id);
  recordAudit(db, 'add-row', 'analysis', id, { rowId: rid, claimId: row.claimId, text: row.text });
  return rid;
}

export function removeRow(db: Database, id: string, row: string): void {
  const r = rowOf(db, id, row);
  const ratings = db.prepare('SELECT hypothesis_id, rating, note FROM analysis_ratings WHERE row_id = ?').all(r.id);
  db.prepare('DELETE FROM analysis_rows WHERE id = ?').run(r.id);
  touch(db, id);
  recordAudit(db, 'remove-row', 'analysis', id, { rowId: r.id, claimId: r.claim_id, ratings });
}

export interface RowPatch {
  relevance?: AchWeight;
  credibilityOverride?: AchWeight | null;
  note?: string;
}

export function setRow(db: Database, id: string, row: string, patch: RowPatch): void {
  const r = rowOf(db, id, row);
  if (patch.relevance !== undefined) db.prepare('UPDATE analysis_rows SET relevance = ? WHERE id = ?').run(patch.relevance, r.id);
  if (patch.credibilityOverride !== undefined) db.prepare('UPDATE analysis_rows SET credibility_override = ? WHERE id = ?').run(patch.credibilityOverride, r.id);
  if (patch.note !== undefined) db.prepare('UPDATE analysis_rows SET note = ? WHERE id = ?').run(patch.note, r.id);
  touch(db, id);
  recordAudit(db, 'set-row', 'analysis', id, { rowId: r.id, ...patch });
}

/** Rates a cell (null clears it). A note given with no rating is kept only while the cell is rated. */
export function rateCell(db: Database, id: string, row: string, hypothesisId: string, rating: AchRating | null, note?: string): void {
  const r = rowOf(db, id, row);
  hypothesisOf(db, id, hypothesisId);
  if (rating === null) {
    db.prepare('DELETE FROM analysis_ratings WHERE row_id = ? AND hypothesis_id = ?').run(r.id, hypothesisId);
  } else {
    db.prepare(
      `INSERT INTO analysis_ratings (row_id, hypothesis_id, rating, note) VALUES (?, ?, ?, coalesce(?, ''))
       ON CONFLICT (row_id, hypothesis_id) DO UPDATE SET rating = excluded.rating, note = coalesce(?, note)`,
    ).run(r.id, hypothesisId, rating, note ?? null, note ?? null);
  }
  touch(db, id);
  recordAudit(db, 'rate', 'analysis', id, { rowId: r.id, claimId: r.claim_id, hypothesisId, rating, note });
}
