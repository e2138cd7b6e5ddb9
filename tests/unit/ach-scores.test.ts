/**
 * ACH scores against worked examples computed by hand (the arithmetic is in the comments).
 * Weights: low = 1/√2 ≈ 0.7071, medium = 1, high = √2 ≈ 1.4142; I = −1, II = −2, others 0.
 */
import { describe, expect, it } from 'vitest';
import { analyseMatrix, credibilityWeight, diagnosticity, leaders, scoreHypotheses, sensitivity, sortByDiagnosticity, type Matrix } from '../../src-main/core/ach-scores';

/*
 * Example A: three hypotheses, four rows.
 *            rel     cred    H1   H2   H3    cred×rel
 *   r1       high    high    I    C    II    √2×√2 = 2
 *   r2       medium  low     N    I    I     1×0.7071 = 0.7071
 *   r3       low     medium  C    C    C     0.7071
 *   r4       medium  medium  NA   II   CC    1
 * H1 = 2×(−1)                      = −2        (1 inconsistency)
 * H2 = 0.7071×(−1) + 1×(−2)        = −2.7071   (2)
 * H3 = 2×(−2) + 0.7071×(−1)        = −4.7071   (2)
 * Leader: H1 (least inconsistent).
 */
const A: Matrix = {
  hypotheses: ['H1', 'H2', 'H3'],
  rows: [
    { key: 'r1', relevance: 'high', credibility: 'high', ratings: { H1: 'I', H2: 'C', H3: 'II' } },
    { key: 'r2', relevance: 'medium', credibility: 'low', ratings: { H1: 'N', H2: 'I', H3: 'I' } },
    { key: 'r3', relevance: 'low', credibility: 'medium', ratings: { H1: 'C', H2: 'C', H3: 'C' } },
    { key: 'r4', relevance: 'medium', credibility: 'medium', ratings: { H1: 'NA', H2: 'II', H3: 'CC' } },
  ],
};

describe('ACH weighted inconsistency scores', () => {
  it('sums credibility × relevance × (I −1, II −2) per hypothesis, and counts the inconsistent cells', () => {
    const scores = scoreHypotheses(A);
    expect(scores.map((s) => s.hypothesisId)).toEqual(['H1', 'H2', 'H3']);
    expect(scores[0].weighted).toBeCloseTo(-2, 10);
    expect(scores[1].weighted).toBeCloseTo(-2 - Math.SQRT1_2, 10); // −2.7071
    expect(scores[2].weighted).toBeCloseTo(-4 - Math.SQRT1_2, 10); // −4.7071
    expect(scores.map((s) => s.inconsistencies)).toEqual([1, 2, 2]);
    expect(leaders(scores)).toEqual(['H1']);
  });

  it('scores an empty or unrated matrix 0 for every hypothesis, all tied', () => {
    const scores = scoreHypotheses({ hypotheses: ['a', 'b'], rows: [{ key: 'x', relevance: 'high', credibility: 'high', ratings: {} }] });
    expect(scores).toEqual([
      { hypothesisId: 'a', weighted: 0, inconsistencies: 0 },
      { hypothesisId: 'b', weighted: 0, inconsistencies: 0 },
    ]);
    expect(leaders(scores)).toEqual(['a', 'b']);
  });

  it('a rating change moves the score: r1 H1 I → II makes H1 −4, so H2 (−2.7071) leads', () => {
    const changed = { ...A, rows: A.rows.map((r) => (r.key === 'r1' ? { ...r, ratings: { ...r.ratings, H1: 'II' as const } } : r)) };
    const scores = scoreHypotheses(changed);
    expect(scores[0].weighted).toBeCloseTo(-4, 10);
    expect(leaders(scores)).toEqual(['H2']);
  });
});

describe('credibility weight from the Admiralty grades', () => {
  it('takes the weaker of claim credibility (1–2 high, 3 medium, 4–5 low) and source reliability (A–B high, C medium, D–E low); 6 and F (cannot be judged) count as not graded', () => {
    expect(credibilityWeight(1, 'A')).toBe('high');
    expect(credibilityWeight(2, 'B')).toBe('high');
    expect(credibilityWeight(2, 'C')).toBe('medium');
    expect(credibilityWeight(3, 'A')).toBe('medium');
    expect(credibilityWeight(5, 'A')).toBe('low');
    expect(credibilityWeight(4, 'B')).toBe('low');
    expect(credibilityWeight(1, 'F')).toBe('high');
    expect(credibilityWeight(6, 'C')).toBe('medium');
    expect(credibilityWeight(6, 'F')).toBe('medium');
    expect(credibilityWeight(null, 'E')).toBe('low');
    expect(credibilityWeight(2, null)).toBe('high');
    expect(credibilityWeight(null, null)).toBe('medium');
  });
});

describe('diagnosticity', () => {
  // Consistency scale CC 2, C 1, N 0, I −1, II −2; NA ignored. Spread = max − min.
  it('is the spread of a row’s ratings: r1 C(1)−II(−2) = 3, r2 N(0)−I(−1) = 1, r3 all C = 0, r4 CC(2)−II(−2) = 4 (NA ignored)', () => {
    expect(A.rows.map((r) => diagnosticity(r, A.hypotheses))).toEqual([3, 1, 0, 4]);
  });

  it('a row with one rated cell (or none) is not diagnostic', () => {
    expect(diagnosticity({ key: 'x', relevance: 'medium', credibility: 'medium', ratings: { H1: 'II', H2: 'NA' } }, ['H1', 'H2'])).toBe(0);
  });

  it('sorts the most diagnostic rows first, keeping the order of equals', () => {
    expect(sortByDiagnosticity(A.rows, A.hypotheses).map((r) => r.key)).toEqual(['r4', 'r1', 'r2', 'r3']);
  });
});

describe('sensitivity', () => {
  /*
   * Example A, leader H1 (−2):
   *   without r1: H1 0, H2 −2.7071, H3 −0.7071 → H1 (same)
   *   r1 discredited (cred low: 0.7071×√2 = 1): H1 −1, H2 −2.7071, H3 −2.7071 → H1 (same)
   *   without r2: H1 −2, H2 −2, H3 −4 → H1 and H2 tie (changed)
   *   r2 discredited: already low (same)
   *   without r3 / r3 discredited: no I or II (same)
   *   without r4: H1 −2, H2 −0.7071, H3 −4.7071 → H2 (changed)
   *   r4 discredited: H2 = −0.7071 − 2×0.7071 = −2.1213 < −2 → H1 (same)
   */
  it('finds the rows whose removal changes the leader (example A: r2 and r4)', () => {
    expect(sensitivity(A)).toEqual([
      { key: 'r1', ifRemoved: false, ifDiscredited: false },
      { key: 'r2', ifRemoved: true, ifDiscredited: false },
      { key: 'r3', ifRemoved: false, ifDiscredited: false },
      { key: 'r4', ifRemoved: true, ifDiscredited: false },
    ]);
    expect(analyseMatrix(A).sensitive).toEqual(['r2', 'r4']);
  });

  /*
   * Example B:  a: rel medium, cred high, H1 I → H1 = −1.4142
   *             b: rel medium, cred medium, H2 I → H2 = −1        → leader H2
   *   a discredited: H1 = −0.7071 > −1 → H1 leads (changed); without a: H1 0 → H1 (changed)
   *   b discredited: H2 −0.7071 → H2 (same); without b: H2 0 → H2 (same)
   */
  it('finds a row that changes the leader only when its source is wrong (example B: a)', () => {
    const B: Matrix = {
      hypotheses: ['H1', 'H2'],
      rows: [
        { key: 'a', relevance: 'medium', credibility: 'high', ratings: { H1: 'I', H2: 'N' } },
        { key: 'b', relevance: 'medium', credibility: 'medium', ratings: { H1: 'C', H2: 'I' } },
      ],
    };
    const result = analyseMatrix(B);
    expect(result.scores[0].weighted).toBeCloseTo(-Math.SQRT2, 10);
    expect(result.scores[1].weighted).toBeCloseTo(-1, 10);
    expect(result.leaders).toEqual(['H2']);
    expect(sensitivity(B)).toEqual([
      { key: 'a', ifRemoved: true, ifDiscredited: true },
      { key: 'b', ifRemoved: false, ifDiscredited: false },
    ]);
    expect(result.sensitive).toEqual(['a']);
    expect(result.diagnosticity).toEqual({ a: 1, b: 2 });
  });
});
