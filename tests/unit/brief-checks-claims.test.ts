/** Brief checks, rules 5–8 (the referenced claims, their evidence and sources), and the fingerprints of findings. */
import { describe, expect, it } from 'vitest';
import { briefText } from '../../src-main/contract/brief-text';
import { checkBrief } from '../../src-main/core/brief-checks/index';
import { briefDoc, claim, findings, ref } from './brief-checks-helpers';

describe('rule 5: a likelihood word that differs from the claim’s stored likelihood', () => {
  const c = claim('clm_a', { likelihood: 'very_likely', statement: 'Polonez-M is in Cuba' });
  it('flags the word nearest the reference when it differs, naming the claim', () => {
    const [f] = findings('likelihood-mismatch', briefDoc(['It is likely that ', ref(c), '.']), [c]);
    expect(f).toMatchObject({ excerpt: 'likely', claimId: 'clm_a' });
    expect(f.message).toContain('Very likely (80–95%)');
    const far = findings('likelihood-mismatch', briefDoc(['Unlikely as it seemed, it is very likely that ', ref(c), '.']), [c]);
    expect(far).toEqual([]);
  });
  it('does not flag the same level in either scale, a claim without a likelihood, or a sentence without a term', () => {
    expect(findings('likelihood-mismatch', briefDoc(['It is very likely that ', ref(c), '.']), [c])).toEqual([]);
    expect(findings('likelihood-mismatch', briefDoc(['It is highly probable that ', ref(c), '.']), [c])).toEqual([]);
    const plain = claim('clm_b');
    expect(findings('likelihood-mismatch', briefDoc(['It is unlikely that ', ref(plain), '.']), [plain])).toEqual([]);
    expect(findings('likelihood-mismatch', briefDoc(['Reports say ', ref(c), '.']), [c])).toEqual([]);
  });
});

describe('rule 6: a referenced claim with no evidence, or only contradicting evidence', () => {
  it('flags the reference of a claim with no evidence linked', () => {
    const bare = claim('clm_bare', { evidence: [], statement: 'Belarus shipped launchers' });
    const [f] = findings('claim-without-evidence', briefDoc(['Sources say ', ref(bare), '.']), [bare]);
    expect(f).toMatchObject({ excerpt: 'Belarus shipped launchers', claimId: 'clm_bare' });
    expect(f.message).toMatch(/no evidence linked/);
  });
  it('flags a claim whose only evidence contradicts it', () => {
    const against = claim('clm_x', { evidence: [{ relation: 'contradicts', source: { id: 's2', title: 'Denial', reliability: 'B' } }] });
    expect(findings('claim-without-evidence', briefDoc([ref(against)]), [against])[0].message).toMatch(/contradicts it/);
  });
  it('does not flag a claim with supporting or context evidence', () => {
    const ctx = claim('clm_c', { evidence: [{ relation: 'context', source: { id: 's2', title: 'Map', reliability: 'B' } }, { relation: 'contradicts', source: { id: 's3', title: 'Denial', reliability: 'B' } }] });
    const sup = claim('clm_s');
    expect(findings('claim-without-evidence', briefDoc([ref(ctx), ' and ', ref(sup)]), [ctx, sup])).toEqual([]);
  });
});

describe('rule 7: a judgement resting on a single source, or only on weak sources or claims', () => {
  const src = (id: string, reliability: 'A' | 'B' | 'E' | 'F') => ({ id, title: `Source ${id}`, reliability });
  it('flags a judgement whose claims all come from one source with no other support', () => {
    const a = claim('clm_a', { source: src('s1', 'B'), evidence: [] });
    const b = claim('clm_b', { source: src('s1', 'B'), evidence: [{ relation: 'context', source: src('s2', 'A') }] });
    const [f] = findings('thin-sourcing', briefDoc(['We assess that ', ref(a), ' and ', ref(b), '.']), [a, b]);
    expect(f.excerpt).toBe(`We assess that ${a.statement} and ${b.statement}.`);
    expect(f.message).toMatch(/single source, “Source s1”/);
  });
  it('flags a judgement resting only on sources graded E or F, or only on claims graded 5–6', () => {
    const weak = claim('clm_w', { source: src('s1', 'E'), evidence: [{ relation: 'supports', source: src('s2', 'F') }] });
    expect(findings('thin-sourcing', briefDoc(['It is likely that ', ref(weak), '.']), [weak])[0].message).toMatch(/graded E .* or F/);
    const doubtful = claim('clm_d', { credibility: 5 });
    const unjudged = claim('clm_u', { credibility: 6 });
    expect(findings('thin-sourcing', briefDoc(['We judge that ', ref(doubtful), ' and ', ref(unjudged), '.']), [doubtful, unjudged])[0].message).toMatch(/claims graded 5/);
  });
  it('does not flag a corroborated judgement, or a sentence that is not a judgement', () => {
    const good = claim('clm_g');
    const mixed = claim('clm_m', { source: src('s1', 'E'), credibility: 5, evidence: [{ relation: 'supports', source: src('s2', 'B') }] });
    expect(findings('thin-sourcing', briefDoc(['We assess that ', ref(good), '.']), [good])).toEqual([]);
    expect(findings('thin-sourcing', briefDoc(['It is likely that ', ref(mixed), ' and ', ref(good), '.']), [mixed, good])).toEqual([]);
    const single = claim('clm_1', { evidence: [] });
    expect(findings('thin-sourcing', briefDoc(['The report says ', ref(single), '.']), [single])).toEqual([]);
  });
});

describe('rule 8: a refuted or disputed claim cited without saying so', () => {
  const refuted = claim('clm_r', { status: 'refuted', statement: 'The range is 500 km' });
  const disputed = claim('clm_d', { status: 'disputed' });
  it('flags the reference when the sentence does not say the claim is contested', () => {
    const [f] = findings('contested-claim', briefDoc(['The brochure says ', ref(refuted), '.']), [refuted]);
    expect(f).toMatchObject({ excerpt: 'The range is 500 km', claimId: 'clm_r' });
    expect(f.message).toMatch(/marked refuted/);
    expect(findings('contested-claim', briefDoc([ref(disputed), ' is the basis of our view.']), [disputed])).toHaveLength(1);
  });
  it('does not flag it when the sentence says so, or a claim that is not contested', () => {
    expect(findings('contested-claim', briefDoc(['The brochure’s claim that ', ref(refuted), ' has been refuted.']), [refuted])).toEqual([]);
    expect(findings('contested-claim', briefDoc(['Officials deny that ', ref(disputed), '.']), [disputed])).toEqual([]);
    expect(findings('contested-claim', briefDoc(['The brochure says ', ref(claim('clm_ok'))]), [claim('clm_ok')])).toEqual([]);
  });
  it('reads “saying so” from the analyst’s words, not the claim’s', () => {
    const sneaky = claim('clm_s', { status: 'refuted', statement: 'Minsk denied nothing' });
    expect(findings('contested-claim', briefDoc(['We note ', ref(sneaky), '.']), [sneaky])).toHaveLength(1);
  });
});

describe('findings', () => {
  const c = claim('clm_a', { evidence: [] });
  const doc = (before: string) => briefDoc(before, ['We assess it may be so: ', ref(c), '.']);
  it('give offsets into the brief’s plain text, with the excerpt they cover', () => {
    const d = doc('An opening paragraph.');
    const text = briefText(d).text;
    for (const f of checkBrief(briefText(d), new Map([[c.id, c]]))) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
  it('keep their fingerprint through edits elsewhere, and change it when their sentence changes', () => {
    const prints = (d: unknown) => checkBrief(briefText(d), new Map([[c.id, c]])).map((f) => f.fingerprint);
    const before = prints(doc('An opening paragraph.'));
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(prints(doc('A much longer opening paragraph, rewritten.'))).toEqual(before);
    const reworded = prints(briefDoc('An opening paragraph.', ['We assess it may well be so: ', ref(c), '.']));
    expect(reworded.filter((p) => before.includes(p))).toEqual([]);
  });
});
