/** Rules 1–4: how likelihood, confidence and hedges are written (ICD 203 analytic standards). */
import { LIKELIHOOD_RANGES, rangeText } from './terms';
import type { Draft } from './finding';
import { quote } from './finding';
import { isJudgement, type Sentence } from './sentences';

/** 1. A likelihood term and a confidence term in the same sentence. */
export function likelihoodWithConfidence(sentences: Sentence[]): Draft[] {
  return sentences
    .filter((s) => s.likelihoods.length && s.confidences.length)
    .map((s) => {
      const l = s.likelihoods[0];
      const c = s.confidences[0];
      return {
        rule: 'likelihood-with-confidence',
        sentence: s,
        start: Math.min(l.start, c.start),
        end: Math.max(l.end, c.end),
        claimId: null,
        message: `${quote(l.text)} (how likely) and ${quote(c.text)} (how sure you are of the sources and reasoning) are in the same sentence. ICD 203 keeps them apart: state the likelihood, and the confidence in a sentence of its own.`,
      };
    });
}

/** 2. Terms of both ICD 203 likelihood scales in one brief: every term of the scale used second. */
export function mixedScales(sentences: Sentence[]): Draft[] {
  const terms = sentences.flatMap((s) => s.likelihoods.map((t) => ({ t, s })));
  const first = terms[0];
  const other = first && terms.find(({ t }) => t.scale !== first.t.scale);
  if (!first || !other) return [];
  const scaleName = (scale: 1 | 2) => (scale === 1 ? '“almost no chance … almost certain”' : '“remote … nearly certain”');
  return terms
    .filter(({ t }) => t.scale === other.t.scale)
    .map(({ t, s }) => ({
      rule: 'mixed-scales',
      sentence: s,
      start: t.start,
      end: t.end,
      claimId: null,
      message: `${quote(t.text)} is from ICD 203’s ${scaleName(t.scale)} scale, but this brief first uses the ${scaleName(first.t.scale)} scale (${quote(first.t.text)}). Use one scale throughout.`,
    }));
}

/** 3. Hedges that are not on the scale (may, might, could, possibly, perhaps) in a judgement. */
export function offScaleHedges(sentences: Sentence[]): Draft[] {
  return sentences.filter(isJudgement).flatMap((s) =>
    s.hedges.map((h) => ({
      rule: 'hedge' as const,
      sentence: s,
      start: h.start,
      end: h.end,
      claimId: null,
      message: `${quote(h.text)} is a hedge with no agreed probability. In a judgement, say how likely it is with an ICD 203 term, such as “unlikely” (20–45%) or “likely” (55–80%).`,
    })),
  );
}

/** A percentage is beside a likelihood term when no more than this many characters lie between them. */
export const BESIDE_CHARS = 30;

/** 4. A stated percentage outside the range of the likelihood word beside it. */
export function percentageOutsideRange(sentences: Sentence[]): Draft[] {
  const out: Draft[] = [];
  for (const s of sentences) {
    for (const p of s.percentages) {
      const gap = (t: { start: number; end: number }) => (t.end <= p.start ? p.start - t.end : t.start - p.end);
      const near = s.likelihoods.filter((t) => gap(t) >= 0 && gap(t) <= BESIDE_CHARS).sort((a, b) => gap(a) - gap(b))[0];
      if (!near) continue;
      const [lo, hi] = LIKELIHOOD_RANGES[near.level];
      if (p.low >= lo && p.high <= hi) continue;
      out.push({
        rule: 'percentage-range',
        sentence: s,
        start: Math.min(near.start, p.start),
        end: Math.max(near.end, p.end),
        claimId: null,
        message: `${quote(near.text)} means ${rangeText(near.level)} in ICD 203, but the text gives ${quote(p.text.trim())}. Change the word or the figure so they agree.`,
      });
    }
  }
  return out;
}
