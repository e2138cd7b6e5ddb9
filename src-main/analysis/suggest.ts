/**
 * Suggested claims for a source's text: every sentence scored by core/checkworthy.ts, with the
 * dates chrono-node finds (importers/workers/date-spans.mjs). Short texts are read in-process;
 * long ones have their dates read in a worker thread (the slow part), with progress.
 */
import { z } from 'zod';
import type { Anchor } from '../contract/domain';
import { anchorFromRange } from '../core/anchoring';
import { scoreSentence, type DatedSpan, type SuggestionKind } from '../core/checkworthy';
import { paragraphs, sentencesOf } from '../core/sentences';
import { runIsolated, type IsolationOptions } from '../importers/isolated-run';
import { dateSpans } from '../importers/workers/date-spans.mjs';

/**
 * Texts longer than this (in UTF-16 units, about 700 words) have their dates read in a worker:
 * chrono takes long enough on a report (more so cold) to hold up every other request otherwise.
 */
export const WORKER_THRESHOLD = 4_000;
/** Sentences scoring below this are not suggested at all. */
export const MIN_SCORE = 0.3;
/** At most this many suggestions are kept per source, best first. */
export const MAX_SUGGESTIONS = 1000;

export interface ComputedSuggestion extends Anchor {
  kinds: SuggestionKind[];
  score: number;
  eventDate: string | null;
  approximate: boolean;
}

const DateSpansSchema = z.array(z.object({ start: z.number(), end: z.number(), date: z.string().nullable(), approximate: z.boolean() }));

async function datesOf(text: string, published: string | null, isolation: IsolationOptions): Promise<DatedSpan[]> {
  if (text.length <= WORKER_THRESHOLD) return dateSpans(text, published, isolation.onProgress);
  const outcome = await runIsolated('suggest-dates.mjs', { text, published }, DateSpansSchema, isolation);
  // A worker that cannot run (or gives up) costs the dates, not the suggestions.
  return outcome.status === 'done' ? outcome.value : [];
}

const isHeadingLike = (sentence: string) => !/[.!?:;…"”’)]$/.test(sentence) && sentence.split(/\s+/).length <= 16;

/** Scores the sentences of `text`, given its date spans (sorted by start). Best first. */
export function rankSentences(text: string, dates: DatedSpan[]): ComputedSuggestion[] {
  const out: ComputedSuggestion[] = [];
  const seen = new Set<string>();
  let d = 0;
  for (const para of paragraphs(text)) {
    const inPara = sentencesOf(text, para);
    for (const s of inPara) {
      while (d < dates.length && dates[d].end <= s.start) d++;
      const inside: DatedSpan[] = [];
      for (let i = d; i < dates.length && dates[i].start < s.end; i++) if (dates[i].start >= s.start && dates[i].end <= s.end) inside.push(dates[i]);
      const exact = text.slice(s.start, s.end);
      // Repeats that matter are short (a caption, a label printed twice): long sentences are not kept.
      const isRepeat = exact.length <= 200 && seen.has(exact);
      if (exact.length <= 200) seen.add(exact);
      const scored = scoreSentence(text, s, inside, { isHeading: inPara.length === 1 && isHeadingLike(exact), isRepeat });
      if (scored.score < MIN_SCORE) continue;
      out.push({ ...anchorFromRange(text, s.start, s.end), ...scored });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_SUGGESTIONS);
}

/** The suggestions for a source's text; `published` resolves relative dates ("last fall"). */
export async function computeSuggestions(text: string, published: string | null, isolation: IsolationOptions = {}): Promise<ComputedSuggestion[]> {
  const dates = await datesOf(text, published, isolation);
  return rankSentences(text, dates);
}

/** Bumped when the suggester changes, so sources read by an older one are read again (keeping decisions). */
export const SUGGESTER_VERSION = 1;
