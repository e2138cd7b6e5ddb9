/** Linking a claim by typing: when "[[" opens the menu, and which claims match what follows it. */
import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { Claim } from '../../../src-main/contract/domain';

/** "[[" at the start of a line or after a space or "(", then up to 80 characters without brackets. */
const TRIGGER = /(?:^|[\s(])(\[\[([^[\]\n]{0,80}))$/;

/** The text before the cursor → the "[[query" to replace and the query, or null. */
export function claimLinkTrigger(text: string): MenuTextMatch | null {
  const match = TRIGGER.exec(text);
  if (!match) return null;
  return { leadOffset: match.index + match[0].length - match[1].length, matchingString: match[2], replaceableString: match[1] };
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** Claims whose statement, passage or tags hold every word of `query`; those starting with it first, then the newest. */
export function matchClaims(claims: readonly Claim[], query: string, limit = 8): Claim[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const q = fold(query.trim());
  const scored = claims
    .map((claim) => {
      const statement = fold(claim.statement);
      const haystack = `${statement} ${fold(claim.exact)} ${fold(claim.tags.join(' '))}`;
      if (!words.every((w) => haystack.includes(w))) return null;
      return { claim, rank: q && statement.startsWith(q) ? 0 : q && statement.includes(q) ? 1 : 2 };
    })
    .filter((x): x is { claim: Claim; rank: number } => x !== null);
  scored.sort((a, b) => a.rank - b.rank || b.claim.updatedAt.localeCompare(a.claim.updatedAt));
  return scored.slice(0, limit).map((s) => s.claim);
}
