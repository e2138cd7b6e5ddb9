/**
 * Reads the reader needs to open a source fast. `claims.marks` gives what the marks in its text
 * are drawn from (id, passage, status), a small part of `claims.list` for a source with thousands
 * of claims, so the text can be shown before the full claims have arrived.
 */
import { z } from 'zod';
import type { ClaimStatus } from './domain';

export const READER_SCHEMAS = {
  /** The marks of one source's claims, in the order of the text; none for a source with no claims (or none at all). */
  'claims.marks': z.object({ sourceId: z.string().trim().min(1, 'an id is required').max(64) }).strict(),
} as const;

/** One claim as the reader marks it: its passage (plain-text offsets) and its status. */
export interface ClaimMark {
  id: string;
  start: number;
  end: number;
  status: ClaimStatus;
}

export interface ReaderOutputs {
  'claims.marks': { marks: ClaimMark[] };
}
