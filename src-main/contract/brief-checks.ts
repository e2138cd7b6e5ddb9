/** What the brief checks report: the rules (ICD 203 analytic standards) and one finding. Pure data, used on both sides. */

export const BRIEF_RULES = {
  'likelihood-with-confidence': 'Likelihood and confidence in one sentence',
  'mixed-scales': 'Two likelihood scales in one brief',
  hedge: 'Hedge not on the likelihood scale',
  'percentage-range': 'Percentage outside the word’s range',
  'likelihood-mismatch': 'Likelihood differs from the claim’s',
  'claim-without-evidence': 'Claim without supporting evidence',
  'thin-sourcing': 'Judgement on thin sourcing',
  'contested-claim': 'Disputed or refuted claim cited',
} as const;
export type BriefRule = keyof typeof BRIEF_RULES;

export interface BriefFinding {
  rule: BriefRule;
  /** What is wrong and what to do, for the analyst. */
  message: string;
  /** The flagged text: `text.slice(start, end)` of the brief's plain text (see brief-text.ts). */
  excerpt: string;
  start: number;
  end: number;
  /** The referenced claim the finding is about, if any. */
  claimId: string | null;
  /** Stays the same while the rule, the flagged words and their sentence do: dismissals key on it. */
  fingerprint: string;
}

export interface DismissedFinding {
  fingerprint: string;
  rule: BriefRule;
  excerpt: string;
  reason: string;
  at: string;
}
