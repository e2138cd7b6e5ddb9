/** Builds brief documents (Lexical JSON, as the editor saves them) and claims for the brief-check tests. */
import { briefText } from '../../src-main/contract/brief-text';
import type { BriefRule } from '../../src-main/contract/brief-checks';
import { checkBrief, type CheckedClaim } from '../../src-main/core/brief-checks/index';

export type Piece = string | { claim: string; statement: string };

const inline = (p: Piece) =>
  typeof p === 'string'
    ? { type: 'text', text: p, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
    : { type: 'claim-reference', version: 1, claimId: p.claim, statement: p.statement };

/** A brief of paragraphs; a paragraph is a string or a list of text and claim references. */
export function briefDoc(...paragraphs: (Piece | Piece[])[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      children: paragraphs.map((p) => ({ type: 'paragraph', version: 1, children: (Array.isArray(p) ? p : [p]).map(inline) })),
    },
  };
}

export function claim(id: string, patch: Partial<CheckedClaim> = {}): CheckedClaim {
  return {
    id,
    statement: `Statement of ${id}`,
    status: 'supported',
    credibility: 2,
    likelihood: null,
    source: { id: `src_${id}`, title: `Report ${id}`, reliability: 'B' },
    evidence: [{ relation: 'supports', source: { id: `src_other_${id}`, title: `Other ${id}`, reliability: 'B' } }],
    ...patch,
  };
}

export const ref = (c: CheckedClaim): Piece => ({ claim: c.id, statement: c.statement });

/** The findings of one rule on a brief. */
export function findings(rule: BriefRule, doc: unknown, claims: CheckedClaim[] = []) {
  return checkBrief(briefText(doc), new Map(claims.map((c) => [c.id, c]))).filter((f) => f.rule === rule);
}

/** The findings of one rule on one sentence of the analyst's own. */
export const onSentence = (rule: BriefRule, sentence: string) => findings(rule, briefDoc(sentence));
