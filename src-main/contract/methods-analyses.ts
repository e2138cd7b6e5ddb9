/**
 * The contract of analyses of competing hypotheses (ACH): schemas and outputs. Every write returns
 * the whole analysis with its scores, so the matrix updates from one answer.
 */
import { z } from 'zod';
import { ACH_RATINGS, ACH_WEIGHTS, type AchRating, type AchWeight, type HypothesisScore } from './ach';
import type { Credibility, Reliability } from './domain';

const id = z.string().trim().min(1, 'an id is required').max(64);
const question = z.string().trim().min(1, 'write the question the analysis answers').max(2000);
const label = z.string().trim().min(1, 'a hypothesis needs a few words').max(500);
const weight = z.enum(ACH_WEIGHTS);
/** A row of the analysis: the row's own id, or the id of the claim it holds. */
const row = z.string().trim().min(1, 'say which row (its id or its claim’s id)').max(64);

export const ANALYSES_SCHEMAS = {
  'analyses.list': z.object({}).strict(),
  'analyses.get': z.object({ id }).strict(),
  'analyses.create': z
    .object({ question, hypotheses: z.array(label).min(2, 'an analysis weighs at least two hypotheses').max(20) })
    .strict(),
  'analyses.update': z.object({ id, question }).strict(),
  /** Deletes the analysis with its hypotheses, rows and ratings (the claims stay). The app asks first. */
  'analyses.delete': z.object({ id }).strict(),
  'analyses.addHypothesis': z.object({ id, label }).strict(),
  'analyses.renameHypothesis': z.object({ id, hypothesisId: id, label }).strict(),
  /** Refused when it would leave fewer than two hypotheses. */
  'analyses.removeHypothesis': z.object({ id, hypothesisId: id }).strict(),
  /** A claim of the notebook, or free text (an assumption, evidence that is absent). */
  'analyses.addRow': z
    .object({ id, claimId: id.optional(), text: z.string().trim().min(1).max(5000).optional(), relevance: weight.optional() })
    .strict()
    .refine((v) => (v.claimId === undefined) !== (v.text === undefined), 'give either a claim id or the text of the row, not both'),
  'analyses.removeRow': z.object({ id, row }).strict(),
  /** Relevance, credibility override (null: back to the grades) and note of a row. */
  'analyses.setRow': z
    .object({ id, row, patch: z.object({ relevance: weight, credibilityOverride: weight.nullable(), note: z.string().max(20_000) }).partial().strict() })
    .strict(),
  /** Rates one cell; `rating: null` clears it. `note` (optional) is the cell's note. */
  'analyses.rate': z
    .object({ id, row, hypothesisId: id, rating: z.enum(ACH_RATINGS).nullable(), note: z.string().max(20_000).optional() })
    .strict(),
} as const;

export interface AnalysisHypothesis {
  id: string;
  label: string;
}

export interface Analysis {
  id: string;
  question: string;
  hypotheses: AnalysisHypothesis[];
  createdAt: string;
  updatedAt: string;
}

export interface AnalysisSummary {
  id: string;
  question: string;
  hypotheses: number;
  rows: number;
  updatedAt: string;
}

export interface AnalysisRow {
  id: string;
  /** null for a free-text row. */
  claimId: string | null;
  /** The claim's statement, or the row's own text. */
  text: string;
  sourceId: string | null;
  sourceTitle: string | null;
  relevance: AchWeight;
  /** The claim's Admiralty credibility and its source's reliability, which the weight comes from. */
  claimCredibility: Credibility | null;
  sourceReliability: Reliability | null;
  /** What the grades give (see core/ach-scores.ts credibilityWeight). */
  gradedWeight: AchWeight;
  credibilityOverride: AchWeight | null;
  /** The weight used: the override, or what the grades give. */
  credibilityWeight: AchWeight;
  note: string;
  /** Hypothesis id → rating (unrated cells absent). */
  ratings: Record<string, AchRating>;
  /** Hypothesis id → the cell's note (cells without one absent). */
  cellNotes: Record<string, string>;
  /** 0–4: the spread of its ratings. */
  diagnosticity: number;
  diagnostic: boolean;
  /** Removing it, or its source being wrong, would change the leading hypothesis. */
  sensitive: boolean;
}

export interface AnalysisView {
  analysis: Analysis;
  rows: AnalysisRow[];
  scores: HypothesisScore[];
  /** The least inconsistent hypotheses (several when tied). */
  leaders: string[];
  /** The sensitive rows: their claim ids (a free-text row: its row id). */
  sensitive: string[];
}

export interface AnalysesOutputs {
  'analyses.list': { analyses: AnalysisSummary[] };
  'analyses.get': AnalysisView;
  'analyses.create': AnalysisView;
  'analyses.update': AnalysisView;
  'analyses.delete': { deleted: true };
  'analyses.addHypothesis': AnalysisView;
  'analyses.renameHypothesis': AnalysisView;
  'analyses.removeHypothesis': AnalysisView;
  'analyses.addRow': AnalysisView & { rowId: string };
  'analyses.removeRow': AnalysisView;
  'analyses.setRow': AnalysisView;
  'analyses.rate': AnalysisView;
}
