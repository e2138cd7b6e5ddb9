/**
 * The brief's text cut into sentences, each with the terms the rules look at. A sentence ends at
 * . ! or ? followed by a space (not after an initial or a common abbreviation), and never inside a
 * block or a claim reference. Words inside a claim reference are the claim's, not the analyst's:
 * no term is read from them.
 */
import type { BriefText } from '../../contract/brief-text';
import {
  findAnalyticVerbs,
  findConfidenceTerms,
  findHedges,
  findLikelihoodTerms,
  findPercentages,
  type LikelihoodTerm,
  type Percentage,
  type Span,
} from './terms';

export interface ClaimMention {
  claimId: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  likelihoods: LikelihoodTerm[];
  confidences: Span[];
  hedges: Span[];
  analyticVerbs: Span[];
  percentages: Percentage[];
  claims: ClaimMention[];
  /** The sentence with its claim references blanked out: the analyst's own words. */
  ownWords: string;
}

/** A sentence states an analytic judgement when it holds a likelihood or confidence term or an analytic verb. */
export const isJudgement = (s: Sentence): boolean => s.likelihoods.length > 0 || s.confidences.length > 0 || s.analyticVerbs.length > 0;

// Read on the last few characters before a full stop: an initial ("U.S.") or a common abbreviation.
const ABBREVIATION = /(?:^|[^\w.])(?:[A-Z]|e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|cf|vs|approx|Gen|Col|Lt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$|(?:^|\W)[A-Z]\.[A-Z]\.$/;
const BOUNDARY = /[.!?…]+["'”’)\]]*\s+/g;

export function splitSentences(brief: BriefText): Sentence[] {
  const claims: ClaimMention[] = brief.segments
    .filter((s) => s.kind === 'claim')
    .map((s) => ({ claimId: s.claimId ?? '', start: s.start, end: s.end }));
  const inClaim = (pos: number) => claims.some((c) => pos > c.start && pos < c.end);
  // The text with claim references blanked, so terms are only found in the analyst's words.
  let own = brief.text;
  for (const c of claims) own = own.slice(0, c.start) + ' '.repeat(c.end - c.start) + own.slice(c.end);

  const sentences: Sentence[] = [];
  const add = (start: number, end: number) => {
    while (start < end && /\s/.test(brief.text[start])) start++;
    while (end > start && /\s/.test(brief.text[end - 1])) end--;
    if (end > start) sentences.push(describe(brief.text, own, start, end, claims));
  };
  for (const block of brief.blocks) {
    const body = brief.text.slice(block.start, block.end);
    let from = block.start;
    for (const m of body.matchAll(BOUNDARY)) {
      const at = block.start + m.index;
      const stop = at + m[0].trimEnd().length;
      if (inClaim(at) || ABBREVIATION.test(brief.text.slice(Math.max(from, at - 10), at + 1))) continue;
      add(from, stop);
      from = stop;
    }
    add(from, block.end);
  }
  return sentences;
}

function describe(text: string, own: string, start: number, end: number, claims: ClaimMention[]): Sentence {
  const ownWords = own.slice(start, end);
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + start, end: s.end + start });
  return {
    start,
    end,
    text: text.slice(start, end),
    likelihoods: findLikelihoodTerms(ownWords).map(shift),
    confidences: findConfidenceTerms(ownWords).map(shift),
    hedges: findHedges(ownWords).map(shift),
    analyticVerbs: findAnalyticVerbs(ownWords).map(shift),
    percentages: findPercentages(ownWords).map(shift),
    claims: claims.filter((c) => c.start >= start && c.end <= end),
    ownWords,
  };
}
