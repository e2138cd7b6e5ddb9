/**
 * Ranks the sentences of a source's text by core/checkworthy.ts, given its date spans: pure and
 * free of libraries, so the pooled worker (importers/parse-in-worker.ts) runs it for long texts.
 */
import type { Anchor } from '../contract/domain';
import { anchorFromRange } from '../core/anchoring';
import { scoreSentence, type DatedSpan, type SuggestionKind } from '../core/checkworthy';
import { paragraphs, sentencesOf } from '../core/sentences';

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
