/** The contract of suggested claims: passages worth checking that the analyst accepts or dismisses. */
import { z } from 'zod';
import type { Claim } from './domain';
import { CLAIM_STATUSES, EVENT_DATE_PATTERN } from './domain';
import type { Suggestion } from './suggestion';

export { SUGGESTION_KIND_LABELS, type Suggestion, type SuggestionKindName, type SuggestionState } from './suggestion';

const id = z.string().trim().min(1, 'an id is required').max(64);
const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const SUGGESTION_SCHEMAS = {
  /** A source's open suggestions, best first (read on first use and kept in the notebook). */
  'suggestions.list': z
    .object({
      sourceId: id,
      limit: z.number().int().min(1).max(1000).optional(),
      /** Also the dismissed ones (to restore one). */
      includeDismissed: z.boolean().optional(),
    })
    .strict(),
  /** Makes a suggestion a claim (its passage, its event date), with what the analyst adds. */
  'suggestions.accept': z
    .object({
      id,
      statement: z.string().trim().min(1).max(5000).optional(),
      status: z.enum(keys(CLAIM_STATUSES)).optional(),
      eventDate: z.string().regex(EVENT_DATE_PATTERN, 'a date must look like 2024, 2024-01 or 2024-01-15').nullable().optional(),
      tags: z.array(z.string().trim().min(1).max(80)).max(50).optional(),
      comment: z.string().max(50_000).optional(),
    })
    .strict(),
  /** Hides a suggestion for good (a re-run does not bring it back); `suggestions.restore` undoes it. */
  'suggestions.dismiss': z.object({ id }).strict(),
  'suggestions.restore': z.object({ id }).strict(),
  /**
   * Reads up to `limit` sources the suggester has not read yet (sources are otherwise read on first
   * use), so views across sources (the timeline) see their suggestions. Call again while `remaining`.
   */
  'suggestions.readAll': z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(),
  /** While `suggestions.list` reads a source for the first time: how far it is (0..1). */
  'suggestions.progress': z.object({ sourceId: id }).strict(),
} as const;

export interface SuggestionOutputs {
  'suggestions.list': { suggestions: Suggestion[]; total: number };
  'suggestions.accept': { claim: Claim; suggestion: Suggestion };
  'suggestions.dismiss': { dismissed: true; suggestion: Suggestion };
  'suggestions.restore': { suggestion: Suggestion };
  'suggestions.progress': { reading: boolean; fraction: number };
  'suggestions.readAll': { read: number; remaining: number };
}
