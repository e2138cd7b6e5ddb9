/**
 * Analysis of Competing Hypotheses (Heuer; scored as PARC ACH does): a matrix of rows (evidence,
 * assumptions) against hypotheses, each cell rated from very consistent to very inconsistent.
 * Pure: a matrix in, scores, diagnosticity and sensitivity out.
 */
import type { Credibility, Reliability } from '../contract/domain';
import { ACH_RATING_LABELS, ACH_RATINGS, ACH_WEIGHTS, type AchRating, type AchWeight, type HypothesisScore } from '../contract/ach';

export { ACH_RATINGS, ACH_RATING_LABELS, ACH_WEIGHTS };
export type { AchRating, AchWeight, HypothesisScore };

/** PARC ACH's weights for credibility and relevance alike. */
export const WEIGHT_VALUE: Record<AchWeight, number> = { low: Math.SQRT1_2, medium: 1, high: Math.SQRT2 };

/** What a cell adds to a hypothesis's inconsistency score before weighting. */
const INCONSISTENCY: Record<AchRating, number> = { CC: 0, C: 0, N: 0, I: -1, II: -2, NA: 0 };

/** Where a cell sits on the consistency scale, for diagnosticity; NA and unrated cells have none. */
const CONSISTENCY: Record<AchRating, number | null> = { CC: 2, C: 1, N: 0, I: -1, II: -2, NA: null };

const RANK: Record<AchWeight, number> = { low: 0, medium: 1, high: 2 };

/** Admiralty information credibility: 1–2 high, 3 medium, 4–5 low; 6 (cannot be judged) says nothing. */
export function weightOfCredibility(c: Credibility): AchWeight | null {
  return c <= 2 ? 'high' : c === 3 ? 'medium' : c <= 5 ? 'low' : null;
}

/** Admiralty source reliability: A–B high, C medium, D–E low; F (cannot be judged, every new source's grade) says nothing. */
export function weightOfReliability(r: Reliability): AchWeight | null {
  return r === 'A' || r === 'B' ? 'high' : r === 'C' ? 'medium' : r === 'F' ? null : 'low';
}

/**
 * A claim row's credibility weight: the weaker of the claim's credibility and its source's
 * reliability (a strong claim from a weak source is only as strong as the source); either one
 * alone when the other is not graded (or graded "cannot be judged"); medium when neither is.
 */
export function credibilityWeight(credibility: Credibility | null, reliability: Reliability | null): AchWeight {
  const known = [credibility === null ? null : weightOfCredibility(credibility), reliability === null ? null : weightOfReliability(reliability)].filter(
    (w): w is AchWeight => w !== null,
  );
  if (known.length === 0) return 'medium';
  return known.reduce((a, b) => (RANK[a] <= RANK[b] ? a : b));
}

export interface MatrixRow {
  /** The row's claim id (or free-text row id). */
  key: string;
  relevance: AchWeight;
  credibility: AchWeight;
  /** Hypothesis id → rating; a missing entry is a cell not rated yet (scores 0). */
  ratings: Record<string, AchRating | undefined>;
}

export interface Matrix {
  hypotheses: string[];
  rows: MatrixRow[];
}

const EPSILON = 1e-9;

export function scoreHypotheses(m: Matrix): HypothesisScore[] {
  return m.hypotheses.map((h) => {
    let weighted = 0;
    let inconsistencies = 0;
    for (const row of m.rows) {
      const rating = row.ratings[h];
      if (!rating) continue;
      weighted += WEIGHT_VALUE[row.credibility] * WEIGHT_VALUE[row.relevance] * INCONSISTENCY[rating];
      if (INCONSISTENCY[rating] < 0) inconsistencies += 1;
    }
    return { hypothesisId: h, weighted: Math.abs(weighted) < EPSILON ? 0 : weighted, inconsistencies };
  });
}

/** The least inconsistent hypotheses (highest weighted score): one, or several when tied. */
export function leaders(scores: HypothesisScore[]): string[] {
  if (scores.length === 0) return [];
  const best = Math.max(...scores.map((s) => s.weighted));
  return scores.filter((s) => best - s.weighted < EPSILON).map((s) => s.hypothesisId);
}

/**
 * How much a row tells the hypotheses apart: the spread between its most and least consistent
 * rated cells (0–4). 0 means rated the same for every hypothesis (or fewer than two rated): not
 * diagnostic.
 */
export function diagnosticity(row: MatrixRow, hypotheses: string[]): number {
  const values = hypotheses.map((h) => row.ratings[h]).flatMap((r) => (r ? [CONSISTENCY[r]] : [])).filter((v): v is number => v !== null);
  return values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
}

/** The rows, most diagnostic first; equal rows keep their order. */
export function sortByDiagnosticity<R extends MatrixRow>(rows: R[], hypotheses: string[]): R[] {
  return rows
    .map((row, i) => ({ row, i, d: diagnosticity(row, hypotheses) }))
    .sort((a, b) => b.d - a.d || a.i - b.i)
    .map((x) => x.row);
}

export interface RowSensitivity {
  key: string;
  /** Leaving the row out changes who leads. */
  ifRemoved: boolean;
  /** Its credibility at the lowest (its source was wrong) changes who leads. */
  ifDiscredited: boolean;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** For each row: would the leading hypothesis change without it, or with its credibility at its lowest? */
export function sensitivity(m: Matrix): RowSensitivity[] {
  const base = leaders(scoreHypotheses(m));
  return m.rows.map((row, i) => {
    const without = { ...m, rows: m.rows.filter((_, j) => j !== i) };
    const discredited = { ...m, rows: m.rows.map((r, j) => (j === i ? { ...r, credibility: 'low' as const } : r)) };
    return {
      key: row.key,
      ifRemoved: !sameSet(base, leaders(scoreHypotheses(without))),
      ifDiscredited: !sameSet(base, leaders(scoreHypotheses(discredited))),
    };
  });
}

export interface AchResult {
  scores: HypothesisScore[];
  leaders: string[];
  /** Row key → diagnosticity (0–4). */
  diagnosticity: Record<string, number>;
  /** The keys of the rows whose removal or discrediting changes who leads. */
  sensitive: string[];
}

export function analyseMatrix(m: Matrix): AchResult {
  const scores = scoreHypotheses(m);
  return {
    scores,
    leaders: leaders(scores),
    diagnosticity: Object.fromEntries(m.rows.map((r) => [r.key, diagnosticity(r, m.hypotheses)])),
    sensitive: sensitivity(m)
      .filter((s) => s.ifRemoved || s.ifDiscredited)
      .map((s) => s.key),
  };
}
