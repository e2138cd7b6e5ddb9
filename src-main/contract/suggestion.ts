/**
 * A suggested claim and the words that explain it. No zod here: the renderer imports these
 * values, and zod probes for eval, which the renderer's content security policy refuses.
 */
import type { Anchor } from './domain';

/** Why a passage is suggested: each kind is one feature the suggester found in it. */
export const SUGGESTION_KIND_LABELS = {
  date: 'names a date',
  quantity: 'gives a quantity',
  attribution: 'attributes a statement',
  quote: 'quotes someone',
  entity: 'names organisations or people',
  sanction: 'about sanctions or legal action',
  superlative: 'a first, most or record',
  event: 'reports an action or event',
} as const;
export type SuggestionKindName = keyof typeof SUGGESTION_KIND_LABELS;

export type SuggestionState = 'open' | 'accepted' | 'dismissed';

export interface Suggestion extends Anchor {
  id: string;
  sourceId: string;
  kinds: SuggestionKindName[];
  /** 0..1, higher: more worth checking. */
  score: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD when the passage names a date. */
  eventDate: string | null;
  /** The date was resolved from a relative one ("last fall") against the published date. */
  approximate: boolean;
  state: SuggestionState;
  claimId: string | null;
}
