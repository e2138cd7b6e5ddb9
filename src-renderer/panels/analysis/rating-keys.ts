/**
 * What a key typed in a cell of the ACH matrix means: letters spell a rating (C, then C again for
 * CC; I, II; N; N then A for NA), digits 1–6 pick one (1 CC, 2 C, 3 N, 4 I, 5 II, 6 NA), and
 * L / M / H choose a weight. Pure, so the keyboard rules are tested without a browser.
 */
import { ACH_RATINGS, type AchRating, type AchWeight } from '../../../src-main/contract/ach';

export const DIGIT_RATINGS: Record<string, AchRating> = { '1': 'CC', '2': 'C', '3': 'N', '4': 'I', '5': 'II', '6': 'NA' };

const isRating = (s: string): s is AchRating => (ACH_RATINGS as readonly string[]).includes(s);

/**
 * The rating after typing `key` in a cell where `typed` was typed since the cell got the focus:
 * the longer rating when the letters spell one, else the key's own; null when the key is no rating.
 */
export function typeRating(typed: string, key: string): { typed: string; rating: AchRating } | null {
  if (DIGIT_RATINGS[key]) return { typed: '', rating: DIGIT_RATINGS[key] };
  const k = key.toUpperCase();
  if (k.length !== 1 || !'CNIA'.includes(k)) return null;
  const joined = typed + k;
  if (isRating(joined)) return { typed: joined, rating: joined };
  if (isRating(k)) return { typed: k, rating: k };
  return null;
}

export function typeWeight(key: string): AchWeight | null {
  return ({ l: 'low', m: 'medium', h: 'high' } as const)[key.toLowerCase() as 'l' | 'm' | 'h'] ?? null;
}
