/**
 * ICD 203's expressions of likelihood (both of its scales, with their ranges), its confidence
 * levels, and the other words the brief checks look for. Matching is case-insensitive, on whole
 * words, longest phrase first ("very unlikely" is not also "unlikely").
 */
import { LIKELIHOODS, type Likelihood } from '../../contract/domain';

/** ICD 203's ranges, in percent, inclusive (neighbouring ranges share their ends). */
export const LIKELIHOOD_RANGES: Record<Likelihood, [number, number]> = {
  almost_no_chance: [1, 5],
  very_unlikely: [5, 20],
  unlikely: [20, 45],
  roughly_even: [45, 55],
  likely: [55, 80],
  very_likely: [80, 95],
  almost_certain: [95, 99],
};

/** Scale 1 runs "almost no chance … almost certain", scale 2 "remote … nearly certain". */
export type LikelihoodScale = 1 | 2;

interface TermSpec {
  pattern: string;
  level: Likelihood;
  scale: LikelihoodScale;
}

// "remote" is a likelihood only as "a remote chance/possibility…", not "a remote village".
const TERMS: TermSpec[] = [
  { pattern: 'almost\\s+no\\s+chance', level: 'almost_no_chance', scale: 1 },
  { pattern: 'remote(?=\\s+(?:chance|possibility|likelihood|prospect)s?\\b)|remotely\\s+possible', level: 'almost_no_chance', scale: 2 },
  { pattern: 'very\\s+unlikely', level: 'very_unlikely', scale: 1 },
  { pattern: 'highly\\s+improbabl[ey]', level: 'very_unlikely', scale: 2 },
  { pattern: 'unlikely', level: 'unlikely', scale: 1 },
  { pattern: 'improbabl[ey]', level: 'unlikely', scale: 2 },
  { pattern: 'roughly\\s+even\\s+chances?', level: 'roughly_even', scale: 1 },
  { pattern: 'roughly\\s+even\\s+odds', level: 'roughly_even', scale: 2 },
  { pattern: 'very\\s+likely', level: 'very_likely', scale: 1 },
  { pattern: 'highly\\s+probabl[ey]', level: 'very_likely', scale: 2 },
  { pattern: 'likely', level: 'likely', scale: 1 },
  { pattern: 'probabl[ey]', level: 'likely', scale: 2 },
  { pattern: 'almost\\s+certain(?:ly)?', level: 'almost_certain', scale: 1 },
  { pattern: 'nearly\\s+certain(?:ly)?', level: 'almost_certain', scale: 2 },
];

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface LikelihoodTerm extends Span {
  level: Likelihood;
  scale: LikelihoodScale;
}

export interface Percentage extends Span {
  low: number;
  high: number;
}

// Longest first, so that the alternation prefers "very unlikely" to "unlikely".
const ORDERED = [...TERMS].sort((a, b) => b.pattern.length - a.pattern.length);
const TERM_RE = new RegExp(ORDERED.map((t) => `\\b(${t.pattern})\\b`).join('|'), 'gi');

export function findLikelihoodTerms(text: string): LikelihoodTerm[] {
  const out: LikelihoodTerm[] = [];
  for (const m of text.matchAll(TERM_RE)) {
    const which = m.slice(1).findIndex((g) => g !== undefined);
    const spec = ORDERED[which];
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], level: spec.level, scale: spec.scale });
  }
  return out;
}

const CONFIDENCE_RE = /\b(?:low|moderate|medium|high)(?:[\s-]+)confidence\b|\b(?:low|moderate|medium|high)ly\s+confident\b/gi;
export const findConfidenceTerms = (text: string): Span[] => spans(text, CONFIDENCE_RE);

/**
 * Hedges that are not on the ICD 203 scale. A capitalised "May" is the month, except at the start
 * of a sentence before anything but a number; "could not" is no hedge.
 */
const HEDGE_RE = /\b(?:may|might|could|possibly|perhaps|maybe)\b/gi;
export function findHedges(sentence: string, offset = 0): Span[] {
  return spans(sentence, HEDGE_RE, offset).filter((s) => {
    // "could not" says what was impossible, not how likely something is.
    if (/^could$/i.test(s.text) && /^could\s+not\b/i.test(sentence.slice(s.start - offset))) return false;
    if (s.text !== 'May') return true;
    const atStart = sentence.slice(0, s.start - offset).trim() === '';
    return atStart && !/^May\s+\d/.test(sentence.slice(s.start - offset));
  });
}

/** Verbs that make a sentence an analytic judgement, whatever its terms. */
const ANALYTIC_RE = /\b(?:assess(?:es|ed|ing|ment|ments)?|judge[sd]?|judging|judge?ments?|estimate[sd]?|estimating|believe[sd]?|believing)\b/gi;
export const findAnalyticVerbs = (text: string): Span[] => spans(text, ANALYTIC_RE);

/** "90%", "90 percent", "60–70%", "60 to 70 per cent". */
const PERCENT_RE = /\b(\d{1,3}(?:\.\d+)?)\s*%?(?:\s*(?:-|–|—|to)\s*(\d{1,3}(?:\.\d+)?))?\s*(?:%|per\s?cent\b)/gi;
export function findPercentages(text: string): Percentage[] {
  const out: Percentage[] = [];
  for (const m of text.matchAll(PERCENT_RE)) {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], low: Math.min(a, b), high: Math.max(a, b) });
  }
  return out;
}

/** Words that tell the reader a claim is contested. */
const CONTESTED_RE =
  /\b(?:refut\w*|disput\w*|contest\w*|den(?:y|ies|ied|ial)|false(?:ly)?|untrue|debunk\w*|unconfirmed|unverified|challeng\w*|question(?:ed|able)|contradict\w*|doubt\w*|incorrect|disprov\w*|discredit\w*|not\s+true|mistaken)\b/i;
export const saysContested = (text: string): boolean => CONTESTED_RE.test(text);

function spans(text: string, re: RegExp, offset = 0): Span[] {
  return [...text.matchAll(re)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }));
}

/** "55–80%". */
export const rangeText = (level: Likelihood): string => LIKELIHOODS[level].range;

/** "Likely (55–80%)". */
export const levelLabel = (level: Likelihood): string => `${LIKELIHOODS[level].label} (${LIKELIHOODS[level].range})`;
