/**
 * The timeline: every claim with an event date (and, on request, the suggested claims that carry
 * one) in time order, a partial date standing for the whole month or year it names.
 */
import { z } from 'zod';
import type { ClaimStatus } from './domain';
import { CLAIM_STATUSES } from './domain';

export type DatePrecision = 'year' | 'month' | 'day';

export interface TimelineEvent {
  /** As recorded: 2024, 2024-01 or 2024-01-15. */
  date: string;
  /** A suggestion whose date the analysis only estimated; a claim's date never is. */
  approximate: boolean;
  /** The claim's statement, or a suggestion's passage. */
  label: string;
  sourceId: string;
  sourceTitle: string;
  claimId: string | null;
  suggestionId: string | null;
  /** The passage (and its offsets in the source's text) the event points at. */
  exact: string;
  start: number;
  end: number;
  /** The span the date covers: first and last day (YYYY-MM-DD), and how precise it is. */
  from: string;
  to: string;
  precision: DatePrecision;
  /** A claim's status and tags; null and none for a suggestion. */
  status: ClaimStatus | null;
  tags: string[];
}

const id = z.string().trim().min(1, 'an id is required').max(64);
const statuses = Object.keys(CLAIM_STATUSES) as [ClaimStatus, ...ClaimStatus[]];

export const TIMELINE_SCHEMAS = {
  /** Dated claims (and with `suggestions`, dated suggestions) in time order. A tag, status or entity filter leaves suggestions out: they have none of these. */
  'timeline.events': z
    .object({
      sourceId: id.optional(),
      tag: z.string().trim().min(1).max(80).optional(),
      status: z.enum(statuses).optional(),
      /** Only claims whose passage mentions this entity; like a tag, it leaves suggestions out. */
      entityId: id.optional(),
      suggestions: z.boolean().optional(),
    })
    .strict(),
} as const;

export interface TimelineOutputs {
  'timeline.events': { events: TimelineEvent[] };
}
