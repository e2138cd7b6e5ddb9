/** The key names are grouped by: case, accents, dots and possessives folded, "the" dropped. No dependency: the renderer uses it too. */

/** Strips accents and case: "Raúl" → "raul". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function nameKey(name: string): string {
  return fold(name)
    .replace(/['’]s$/u, '')
    .replace(/[.'’]/gu, '')
    .replace(/-/gu, ' ')
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const FILLER = new Set(['of', 'the', 'for', 'and']);
const SPELLINGS: Record<string, string> = { defence: 'defense', organisation: 'organization', centre: 'center' };

/** The same name whatever the word order: "Belarusian Ministry of Defence" = "Belarusian Defense Ministry". */
export function orderFreeKey(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter((w) => !FILLER.has(w))
    .map((w) => SPELLINGS[w] ?? w)
    .sort()
    .join(' ');
}

/** "UTC" for "United Transitional Cabinet": the initials of the capitalised words. */
export function initials(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}
