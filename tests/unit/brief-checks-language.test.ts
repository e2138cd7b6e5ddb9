/** Brief checks, rules 1–4 (and the term table, sentences, judgements): sentences that must and must not trigger them. */
import { describe, expect, it } from 'vitest';
import { briefText } from '../../src-main/contract/brief-text';
import { LIKELIHOODS } from '../../src-main/contract/domain';
import { isJudgement, splitSentences } from '../../src-main/core/brief-checks/sentences';
import { findLikelihoodTerms, findPercentages, LIKELIHOOD_RANGES } from '../../src-main/core/brief-checks/terms';
import { briefDoc, findings, onSentence } from './brief-checks-helpers';

describe('the ICD 203 term table', () => {
  it('has the ranges ICD 203 gives, for every likelihood the claims can store', () => {
    for (const [level, { range }] of Object.entries(LIKELIHOODS)) {
      const [lo, hi] = LIKELIHOOD_RANGES[level as keyof typeof LIKELIHOODS];
      expect(range).toBe(`${String(lo).padStart(2, '0')}–${String(hi).padStart(2, '0')}%`);
    }
  });

  it('reads both scales, longest phrase first, on whole words', () => {
    const terms = (s: string) => findLikelihoodTerms(s).map((t) => [t.text, t.level, t.scale]);
    expect(terms('It is very unlikely, not unlikely; highly improbable or improbable.')).toEqual([
      ['very unlikely', 'very_unlikely', 1],
      ['unlikely', 'unlikely', 1],
      ['highly improbable', 'very_unlikely', 2],
      ['improbable', 'unlikely', 2],
    ]);
    expect(terms('Almost certainly; nearly certain; a roughly even chance; roughly even odds; probably.')).toEqual([
      ['Almost certainly', 'almost_certain', 1],
      ['nearly certain', 'almost_certain', 2],
      ['roughly even chance', 'roughly_even', 1],
      ['roughly even odds', 'roughly_even', 2],
      ['probably', 'likely', 2],
    ]);
    expect(terms('a remote chance of success')).toEqual([['remote', 'almost_no_chance', 2]]);
    expect(terms('a remote village; likelihoods and unlikeliness')).toEqual([]);
  });

  it('reads percentages and ranges of them', () => {
    expect(findPercentages('90%, 60–70 %, 20 to 30 per cent, 5 percent').map((p) => [p.low, p.high])).toEqual([[90, 90], [60, 70], [20, 30], [5, 5]]);
  });
});

describe('sentences and judgements', () => {
  it('splits at sentence ends, not at abbreviations, decimals or inside a claim reference', () => {
    const doc = briefDoc(['The U.S. team saw 2.5 km of track. Dr. Li agreed! ', { claim: 'clm_a', statement: 'Cuba got it. Belarus sent it.' }, ' We assess this.'], 'Second block');
    const text = briefText(doc);
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. team saw 2.5 km of track.',
      'Dr. Li agreed!',
      'Cuba got it. Belarus sent it. We assess this.',
      'Second block',
    ]);
  });

  it('takes a sentence with a likelihood or confidence term or an analytic verb for a judgement, and no other', () => {
    const judged = (s: string) => isJudgement(splitSentences(briefText(briefDoc(s)))[0]);
    expect(judged('We assess the shipment arrived.')).toBe(true);
    expect(judged('Analysts judged the photos genuine.')).toBe(true);
    expect(judged('We estimate 300 km.')).toBe(true);
    expect(judged('The shipment likely arrived.')).toBe(true);
    expect(judged('We have high confidence in the imagery.')).toBe(true);
    expect(judged('The minister visited Havana in May.')).toBe(false);
  });

  it('reads no term from a claim’s own words', () => {
    const doc = briefDoc(['As reported, ', { claim: 'clm_a', statement: 'It may likely have high confidence' }, '.']);
    expect(findings('likelihood-with-confidence', doc)).toEqual([]);
    expect(findings('hedge', doc)).toEqual([]);
  });
});

describe('rule 1: likelihood and confidence in the same sentence', () => {
  it('flags both terms in one sentence, from the first to the last', () => {
    const [f] = onSentence('likelihood-with-confidence', 'We assess with high confidence that the launchers are likely in Cuba.');
    expect(f.excerpt).toBe('high confidence that the launchers are likely');
    expect(f.message).toMatch(/ICD 203 keeps them apart/);
  });
  it('does not flag them in separate sentences, or either alone', () => {
    expect(onSentence('likelihood-with-confidence', 'The launchers are likely in Cuba. We have high confidence in the imagery.')).toEqual([]);
    expect(onSentence('likelihood-with-confidence', 'The launchers are likely in Cuba.')).toEqual([]);
    expect(onSentence('likelihood-with-confidence', 'We have moderate confidence in this.')).toEqual([]);
  });
});

describe('rule 2: both likelihood scales in one brief', () => {
  it('flags every term of the scale used second, across blocks', () => {
    const doc = briefDoc('The deal is likely.', 'Delivery is probable. It is very unlikely to be delayed, and highly improbable to be cancelled.');
    const found = findings('mixed-scales', doc);
    expect(found.map((f) => f.excerpt)).toEqual(['probable', 'highly improbable']);
    expect(found[0].message).toMatch(/first uses .*“likely”/);
  });
  it('does not flag a brief that keeps to one scale', () => {
    expect(findings('mixed-scales', briefDoc('The deal is likely.', 'Delivery is very unlikely. It is almost certain to be announced.'))).toEqual([]);
    expect(findings('mixed-scales', briefDoc('The deal is probable.', 'Delivery is highly improbable; a remote chance.'))).toEqual([]);
  });
});

describe('rule 3: hedges off the scale in a judgement', () => {
  it('flags may, might, could, possibly and perhaps in a judgement', () => {
    expect(onSentence('hedge', 'We assess the missiles may reach Havana, and perhaps Santiago.').map((f) => f.excerpt)).toEqual(['may', 'perhaps']);
    expect(onSentence('hedge', 'The deal is likely, though it could possibly slip.').map((f) => f.excerpt)).toEqual(['could', 'possibly']);
    expect(onSentence('hedge', 'May we judge it sound? We believe it might be.').map((f) => f.excerpt)).toEqual(['May', 'might']);
  });
  it('does not flag hedges outside judgements, or the month of May', () => {
    expect(onSentence('hedge', 'The report says the ship may have docked.')).toEqual([]);
    expect(onSentence('hedge', 'We assess the visit took place in May 2024.')).toEqual([]);
    expect(onSentence('hedge', 'We assess it happened. May 12 was the date.')).toEqual([]);
    expect(onSentence('hedge', 'We assess the envoy could not reach Havana.')).toEqual([]);
  });
});

describe('rule 4: a percentage outside the range of the likelihood word beside it', () => {
  it('flags a figure outside the word’s range, before or after it', () => {
    const [f] = onSentence('percentage-range', 'Delivery is likely (90%) before June.');
    expect(f.excerpt).toBe('likely (90%');
    expect(f.message).toContain('55–80%');
    expect(onSentence('percentage-range', 'A 30 percent, very likely outcome.')).toHaveLength(1);
    expect(onSentence('percentage-range', 'It is unlikely (40–50%).')).toHaveLength(1);
  });
  it('does not flag a figure inside the range (ends included), or one far from any likelihood word', () => {
    expect(onSentence('percentage-range', 'Delivery is likely (70%).')).toEqual([]);
    expect(onSentence('percentage-range', 'Delivery is very likely (80%), almost certain (95–99%).')).toEqual([]);
    expect(onSentence('percentage-range', 'It is likely that the tariff on Belarusian tractors will reach 90%.')).toEqual([]);
    expect(onSentence('percentage-range', 'Exports grew 90% last year.')).toEqual([]);
  });
});
