/**
 * Suggested claims for a source's text: every sentence scored by core/checkworthy.ts, with the
 * dates chrono-node finds (importers/workers/date-spans.mjs). Short texts are read in-process;
 * long ones have their dates read in a worker thread (the slow part), with progress, and their
 * sentences ranked in the pooled worker (off-thread.ts).
 */
import { z } from 'zod';
import type { DatedSpan } from '../core/checkworthy';
import { runIsolated, type IsolationOptions } from '../importers/isolated-run';
import { dateSpans } from '../importers/workers/date-spans.mjs';
import { rankSentencesOffThread } from './off-thread';
import { rankSentences, type ComputedSuggestion } from './rank';

export { rankSentences, type ComputedSuggestion } from './rank';

/**
 * Texts longer than this (in UTF-16 units, about 700 words) are read in workers:
 * chrono takes long enough on a report (more so cold) to hold up every other request otherwise.
 */
export const WORKER_THRESHOLD = 4_000;

const DateSpansSchema = z.array(z.object({ start: z.number(), end: z.number(), date: z.string().nullable(), approximate: z.boolean() }));

async function datesOf(text: string, published: string | null, isolation: IsolationOptions): Promise<DatedSpan[]> {
  if (text.length <= WORKER_THRESHOLD) return dateSpans(text, published, isolation.onProgress);
  const outcome = await runIsolated('suggest-dates.mjs', { text, published }, DateSpansSchema, isolation);
  // A worker that cannot run (or gives up) costs the dates, not the suggestions.
  return outcome.status === 'done' ? outcome.value : [];
}

/** The suggestions for a source's text; `published` resolves relative dates ("last fall"). */
export async function computeSuggestions(text: string, published: string | null, isolation: IsolationOptions = {}): Promise<ComputedSuggestion[]> {
  const dates = await datesOf(text, published, isolation);
  return text.length <= WORKER_THRESHOLD ? rankSentences(text, dates) : rankSentencesOffThread(text, dates, isolation);
}

/** Bumped when the suggester changes, so sources read by an older one are read again (keeping decisions). */
export const SUGGESTER_VERSION = 1;
