/**
 * The brief checks (ICD 203 analytic standards): a brief's plain text and the claims it references
 * in, findings out, in text order. Pure: the handler gathers the claims and stores dismissals.
 */
import type { BriefFinding } from '../../contract/brief-checks';
import type { BriefText } from '../../contract/brief-text';
import { finish, type Draft } from './finding';
import { claimWithoutEvidence, contestedClaimCited, likelihoodMismatch, thinSourcing, type ClaimLookup } from './rules-claims';
import { likelihoodWithConfidence, mixedScales, offScaleHedges, percentageOutsideRange } from './rules-language';
import { splitSentences } from './sentences';

export type { CheckedClaim, CheckedSource, ClaimLookup } from './rules-claims';

export function checkBrief(brief: BriefText, claims: ClaimLookup): BriefFinding[] {
  const sentences = splitSentences(brief);
  const drafts: Draft[] = [
    ...likelihoodWithConfidence(sentences),
    ...mixedScales(sentences),
    ...offScaleHedges(sentences),
    ...percentageOutsideRange(sentences),
    ...likelihoodMismatch(sentences, claims),
    ...claimWithoutEvidence(sentences, claims),
    ...thinSourcing(sentences, claims),
    ...contestedClaimCited(sentences, claims),
  ];
  const seen = new Set<string>();
  return drafts
    .map((d) => finish(brief.text, d))
    .filter((f) => !seen.has(`${f.fingerprint}@${f.start}`) && Boolean(seen.add(`${f.fingerprint}@${f.start}`)))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}
