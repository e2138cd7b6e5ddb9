/**
 * Suggested claims for a source's text: every sentence scored by core/checkworthy.ts, with the
 * dates chrono-node finds (importers/workers/date-spans.mjs). Short texts are read in-process;
 * long ones have their dates read in a worker thread (the slow part), with progress, and their
 * sentences ranked in the pooled worker (off-thread.ts).
 */
import { z } from 'zod';
import { runIsolated, type IsolationOptions } from '../importers/isolated-run';
import { dateSpans, packDateSpans, type PackedDateSpans } from '../importers/workers/date-spans.mjs';
import { textOf } from '../importers/workers/text-of.mjs';
import { rankSentencesOffThread } from './off-thread';
import { rankSentences, type ComputedSuggestion } from './rank';

export { rankSentences, type ComputedSuggestion } from './rank';

/**
 * Texts longer than this (in UTF-16 units, about 700 words) are read in workers:
 * chrono takes long enough on a report (more so cold) to hold up every other request otherwise.
 */
export const WORKER_THRESHOLD = 4_000;

const PackedDateSpansSchema = z.object({ spans: z.instanceof(Int32Array), dates: z.string() }) satisfies z.ZodType<PackedDateSpans>;

/** The dates of a long text, read in a worker and kept packed on their way to the ranking's. */
async function datesOfLongText(text: string | Uint8Array, published: string | null, isolation: IsolationOptions): Promise<PackedDateSpans> {
  const outcome = await runIsolated('suggest-dates.mjs', { text, published }, PackedDateSpansSchema, isolation);
  // A worker that cannot run (or gives up) costs the dates, not the suggestions.
  return outcome.status === 'done' ? outcome.value : packDateSpans([]);
}

/**
 * The suggestions for a source's text; `published` resolves relative dates ("last fall"). Given
 * as UTF-8 bytes (a long source's, as the notebook holds it), the text is decoded by the workers.
 */
export async function computeSuggestions(text: string | Uint8Array, published: string | null, isolation: IsolationOptions = {}): Promise<ComputedSuggestion[]> {
  if ((typeof text === 'string' ? text.length : text.byteLength) <= WORKER_THRESHOLD) {
    const short = textOf(text);
    return rankSentences(short, dateSpans(short, published, isolation.onProgress));
  }
  return rankSentencesOffThread(text, await datesOfLongText(text, published, isolation), isolation);
}

/** Bumped when the suggester changes, so sources read by an older one are read again (keeping decisions). */
export const SUGGESTER_VERSION = 1;
