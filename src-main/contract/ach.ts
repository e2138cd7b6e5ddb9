/** The scales of an analysis of competing hypotheses (ACH), shared by main and renderer. */

export const ACH_RATINGS = ['CC', 'C', 'N', 'I', 'II', 'NA'] as const;
export type AchRating = (typeof ACH_RATINGS)[number];

export const ACH_RATING_LABELS: Record<AchRating, string> = {
  CC: 'Very consistent',
  C: 'Consistent',
  N: 'Neutral',
  I: 'Inconsistent',
  II: 'Very inconsistent',
  NA: 'Not applicable',
};

/** Relevance and credibility weights of a row. */
export const ACH_WEIGHTS = ['low', 'medium', 'high'] as const;
export type AchWeight = (typeof ACH_WEIGHTS)[number];

export interface HypothesisScore {
  hypothesisId: string;
  /** Σ credibility weight × relevance weight × (I −1, II −2): 0 at best, more negative is worse. */
  weighted: number;
  /** How many cells are rated I or II. */
  inconsistencies: number;
}
