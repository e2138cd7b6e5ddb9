/**
 * Analyses of competing hypotheses as exports lay them out: a matrix table (one line per row, one
 * column per hypothesis) closed by the scores, for briefs (every format) and the `analyses` CSV.
 */
import type { Database } from 'better-sqlite3';
import { ACH_RATING_LABELS } from '../contract/ach';
import type { AnalysisView } from '../contract/methods-analyses';
import { listAnalyses, viewAnalysis } from '../store/analyses';

export interface ModelAnalysis {
  id: string;
  question: string;
  /** H1 = label …, marking the leaders. */
  hypotheses: { code: string; label: string; leads: boolean }[];
  /** The matrix: header cells, then one line per row, then the two score lines. */
  header: string[];
  rows: string[][];
  scoreRows: string[][];
  /** “Leads: H1 …” and which rows it hangs on, in words. */
  summary: string;
  /** The key to the ratings. */
  legend: string;
}

export const formatScore = (n: number) => (n === 0 ? '0' : n.toFixed(2));

const legend = `Ratings: ${Object.entries(ACH_RATING_LABELS)
  .map(([k, v]) => `${k} ${v.toLowerCase()}`)
  .join(', ')}. Weighted score: Σ credibility × relevance × (I −1, II −2), weights low 0.71, medium 1, high 1.41; the least inconsistent hypothesis leads.`;

/** A row's label: the claim's label in the brief (C3) when it has one, else R1, R2…. */
export function modelAnalysis(view: AnalysisView, claimLabels: Map<string, string> = new Map()): ModelAnalysis {
  const hyps = view.analysis.hypotheses.map((h, i) => ({ id: h.id, code: `H${i + 1}`, label: h.label, leads: view.leaders.includes(h.id) }));
  const labelOf = (r: AnalysisView['rows'][number], i: number) => (r.claimId && claimLabels.get(r.claimId)) || `R${i + 1}`;
  const rows = view.rows.map((r, i) => [
    labelOf(r, i),
    `${r.text}${r.claimId ? '' : ' (assumption)'}${r.diagnostic ? '' : ' [not diagnostic]'}${r.sensitive ? ' [sensitive]' : ''}`,
    r.relevance,
    r.credibilityWeight,
    ...hyps.map((h) => r.ratings[h.id] ?? ''),
  ]);
  const scoreRows = [
    ['', 'Weighted inconsistency score', '', '', ...view.scores.map((s) => formatScore(s.weighted))],
    ['', 'Inconsistent ratings', '', '', ...view.scores.map((s) => String(s.inconsistencies))],
  ];
  const leaders = hyps.filter((h) => h.leads);
  const sensitive = view.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.sensitive).map(({ r, i }) => labelOf(r, i));
  const leads = leaders.length === hyps.length ? 'No hypothesis leads yet (all tied).' : `Leads: ${leaders.map((h) => `${h.code} ${h.label}`).join(' and ')}.`;
  const hangs = sensitive.length ? ` The lead would change without (or with a wrong source for) ${sensitive.join(', ')}.` : ' No single row changes the lead.';
  return {
    id: view.analysis.id,
    question: view.analysis.question,
    hypotheses: hyps.map(({ code, label, leads: l }) => ({ code, label, leads: l })),
    header: ['#', 'Evidence and assumptions', 'Relevance', 'Credibility', ...hyps.map((h) => h.code)],
    rows,
    scoreRows,
    summary: `${leads}${hangs}`,
    legend,
  };
}

/** Every analysis of the notebook, most recently changed first. */
export function analysesForExport(db: Database, claimLabels: Map<string, string> = new Map()): ModelAnalysis[] {
  return listAnalyses(db).map((a) => modelAnalysis(viewAnalysis(db, a.id), claimLabels));
}

export const ANALYSES_CSV_COLUMNS = ['analysis_id', 'question', 'row', 'claim_id', 'text', 'relevance', 'credibility', 'hypothesis_id', 'hypothesis', 'rating', 'note', 'diagnostic', 'sensitive', 'hypothesis_weighted_score', 'hypothesis_inconsistencies', 'leads'] as const;

/** One CSV line per cell of every analysis (unrated cells too), with the hypothesis's scores on each. */
export function analysesCsvRows(db: Database): (string | number)[][] {
  return listAnalyses(db).flatMap((a) => {
    const v = viewAnalysis(db, a.id);
    return v.rows.flatMap((r, i) =>
      v.analysis.hypotheses.map((h) => {
        const score = v.scores.find((s) => s.hypothesisId === h.id)!;
        return [
          v.analysis.id,
          v.analysis.question,
          `R${i + 1}`,
          r.claimId ?? '',
          r.text,
          r.relevance,
          r.credibilityWeight,
          h.id,
          h.label,
          r.ratings[h.id] ?? '',
          r.cellNotes[h.id] ?? '',
          r.diagnostic ? 'yes' : 'no',
          r.sensitive ? 'yes' : 'no',
          Math.round(score.weighted * 1e4) / 1e4,
          score.inconsistencies,
          v.leaders.includes(h.id) ? 'yes' : 'no',
        ];
      }),
    );
  });
}
