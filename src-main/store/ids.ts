import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case: no i, l, o, u

/** A short random id with a readable prefix: `src_7k2m9q4x1c`. 50 random bits. */
export function newId(prefix: 'src' | 'clm' | 'evd' | 'brf' | 'trs' | 'ach' | 'hyp' | 'row' | 'sug'): string {
  const bytes = randomBytes(10);
  let out = '';
  for (let i = 0; i < 10; i++) out += ALPHABET[bytes[i] & 31];
  return `${prefix}_${out}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
