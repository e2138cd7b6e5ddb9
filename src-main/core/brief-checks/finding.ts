/** One finding, built the same way by every rule, with its fingerprint. */
import type { BriefFinding, BriefRule } from '../../contract/brief-checks';
import type { Sentence } from './sentences';

export type Draft = Omit<BriefFinding, 'excerpt' | 'fingerprint'> & { sentence: Sentence };

/** FNV-1a over the UTF-16 units, twice with different seeds: 16 hex digits, no I/O. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * The rule, the flagged words, their sentence (spaces folded) and the claim: an edit elsewhere in
 * the brief, or one that moves the sentence, keeps it; rewording the sentence makes a new finding.
 */
export function fingerprint(rule: BriefRule, excerpt: string, sentence: string, claimId: string | null): string {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  return `${rule}:${hash([rule, fold(excerpt), fold(sentence), claimId ?? ''].join('\u0000'))}`;
}

export function finish(text: string, d: Draft): BriefFinding {
  const excerpt = text.slice(d.start, d.end);
  return {
    rule: d.rule,
    message: d.message,
    excerpt,
    start: d.start,
    end: d.end,
    claimId: d.claimId,
    fingerprint: fingerprint(d.rule, excerpt, d.sentence.text, d.claimId),
  };
}

/** “…” around a quote, shortened to `max` characters. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}”`;
}
