import { describe, expect, it } from 'vitest';
import { typeRating, typeWeight } from '../../src-renderer/panels/analysis/rating-keys';

/** Types the keys in one cell and returns each rating it leaves. */
function typeAll(keys: string): (string | null)[] {
  let typed = '';
  return [...keys].map((k) => {
    const next = typeRating(typed, k);
    if (!next) return null;
    typed = next.typed;
    return next.rating;
  });
}

describe('typing a rating in the ACH matrix', () => {
  it('spells the ratings: C, CC (C twice), I, II, N, NA (N then A)', () => {
    expect(typeAll('CC')).toEqual(['C', 'CC']);
    expect(typeAll('ii')).toEqual(['I', 'II']);
    expect(typeAll('NA')).toEqual(['N', 'NA']);
    // A third C starts again at C; I after C is I.
    expect(typeAll('CCCI')).toEqual(['C', 'CC', 'C', 'I']);
  });

  it('takes digits 1–6 for CC, C, N, I, II, NA and ignores other keys', () => {
    expect(typeAll('123456')).toEqual(['CC', 'C', 'N', 'I', 'II', 'NA']);
    expect(typeAll('xA7')).toEqual([null, null, null]);
  });

  it('reads L, M, H as weights', () => {
    expect(['l', 'M', 'h', 'x'].map(typeWeight)).toEqual(['low', 'medium', 'high', null]);
  });
});
