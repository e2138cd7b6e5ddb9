/** Rules 5–8: what the referenced claims, their evidence and their sources allow the text to say. */
import type { ClaimStatus, Credibility, EvidenceRelation, Likelihood, Reliability } from '../../contract/domain';
import { CLAIM_STATUSES } from '../../contract/domain';
import type { Draft } from './finding';
import { quote } from './finding';
import { isJudgement, type Sentence } from './sentences';
import { levelLabel, saysContested } from './terms';

export interface CheckedSource {
  id: string;
  title: string;
  reliability: Reliability;
}

/** A referenced claim as the checks need it: its grades, its source and its evidence links. */
export interface CheckedClaim {
  id: string;
  statement: string;
  status: ClaimStatus;
  credibility: Credibility | null;
  likelihood: Likelihood | null;
  source: CheckedSource;
  evidence: { relation: EvidenceRelation; source: CheckedSource }[];
}

export type ClaimLookup = ReadonlyMap<string, CheckedClaim>;

/** 5. A likelihood word that differs from the referenced claim's stored likelihood. */
export function likelihoodMismatch(sentences: Sentence[], claims: ClaimLookup): Draft[] {
  const out: Draft[] = [];
  for (const s of sentences) {
    if (!s.likelihoods.length) continue;
    for (const mention of s.claims) {
      const claim = claims.get(mention.claimId);
      if (!claim?.likelihood) continue;
      // The term nearest the reference speaks of it.
      const distance = (t: { start: number; end: number }) => (t.end <= mention.start ? mention.start - t.end : t.start - mention.end);
      const term = [...s.likelihoods].sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0];
      if (term.level === claim.likelihood) continue;
      out.push({
        rule: 'likelihood-mismatch',
        sentence: s,
        start: term.start,
        end: term.end,
        claimId: claim.id,
        message: `The text says ${quote(term.text)} (${levelLabel(term.level)}), but the claim ${quote(claim.statement, 60)} is recorded as ${levelLabel(claim.likelihood)}. Change one so they agree.`,
      });
    }
  }
  return out;
}

/** 6. A referenced claim with no evidence linked, or only evidence that contradicts it. */
export function claimWithoutEvidence(sentences: Sentence[], claims: ClaimLookup): Draft[] {
  const out: Draft[] = [];
  for (const s of sentences) {
    for (const mention of s.claims) {
      const claim = claims.get(mention.claimId);
      if (!claim) continue;
      const none = claim.evidence.length === 0;
      const onlyAgainst = !none && claim.evidence.every((e) => e.relation === 'contradicts');
      if (!none && !onlyAgainst) continue;
      out.push({
        rule: 'claim-without-evidence',
        sentence: s,
        start: mention.start,
        end: mention.end,
        claimId: claim.id,
        message: none
          ? `The claim ${quote(claim.statement, 60)} has no evidence linked: only its own source says it. Link a passage that supports it, or say that it rests on one report.`
          : `The only evidence linked to the claim ${quote(claim.statement, 60)} contradicts it. Say so, or link what supports it.`,
      });
    }
  }
  return out;
}

const WEAK_SOURCE: ReadonlySet<Reliability> = new Set(['E', 'F']);

/** 7. A judgement resting on a single source, or only on sources graded E/F or claims graded 5–6. */
export function thinSourcing(sentences: Sentence[], claims: ClaimLookup): Draft[] {
  const out: Draft[] = [];
  for (const s of sentences.filter(isJudgement)) {
    const cited = s.claims.map((m) => claims.get(m.claimId)).filter((c): c is CheckedClaim => c !== undefined);
    if (!cited.length) continue;
    // What the judgement rests on: the claims' own sources and the sources that support them.
    const sources = new Map<string, CheckedSource>();
    for (const c of cited) {
      sources.set(c.source.id, c.source);
      for (const e of c.evidence) if (e.relation === 'supports') sources.set(e.source.id, e.source);
    }
    const list = [...sources.values()];
    let why: string | null = null;
    if (list.length === 1) why = `rests on a single source, ${quote(list[0].title, 60)}`;
    else if (list.every((src) => WEAK_SOURCE.has(src.reliability))) why = 'rests only on sources graded E (unreliable) or F (reliability cannot be judged)';
    else if (cited.every((c) => c.credibility !== null && c.credibility >= 5)) why = 'rests only on claims graded 5 (improbable) or 6 (truth cannot be judged)';
    if (!why) continue;
    out.push({
      rule: 'thin-sourcing',
      sentence: s,
      start: s.start,
      end: s.end,
      claimId: cited.length === 1 ? cited[0].id : null,
      message: `This judgement ${why}. Corroborate it, or lower the likelihood and say what it rests on.`,
    });
  }
  return out;
}

const CONTESTED: ReadonlySet<ClaimStatus> = new Set(['refuted', 'disputed']);

/** 8. A claim whose status is refuted or disputed, cited without saying so. */
export function contestedClaimCited(sentences: Sentence[], claims: ClaimLookup): Draft[] {
  const out: Draft[] = [];
  for (const s of sentences) {
    if (saysContested(s.ownWords)) continue;
    for (const mention of s.claims) {
      const claim = claims.get(mention.claimId);
      if (!claim || !CONTESTED.has(claim.status)) continue;
      out.push({
        rule: 'contested-claim',
        sentence: s,
        start: mention.start,
        end: mention.end,
        claimId: claim.id,
        message: `The claim ${quote(claim.statement, 60)} is marked ${CLAIM_STATUSES[claim.status].toLowerCase()}, but this sentence cites it without saying so. Tell the reader it is ${claim.status === 'refuted' ? 'refuted' : 'disputed'}.`,
      });
    }
  }
  return out;
}
