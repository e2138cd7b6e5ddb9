/**
 * Finding a text's entities and ranking its sentences, in the pooled worker that parses imports
 * (importers/workers/parse-document.mjs): on a long source each costs a noticeable fraction of a
 * second of CPU, which on the main process would hold up every other request meanwhile.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../contract/entities';
import { SUGGESTION_KINDS, type DatedSpan } from '../core/checkworthy';
import { extractEntities, type FoundEntity } from '../entities/extract';
import { runPooled } from '../importers/isolated-pool';
import type { IsolationOptions } from '../importers/isolated-run';
import { rankSentences, type ComputedSuggestion } from './rank';

const FoundEntitiesSchema = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    type: z.enum(ENTITY_TYPES),
    aliasKeys: z.array(z.string()),
    mentions: z.array(z.object({ start: z.number(), end: z.number(), exact: z.string() })),
  }),
) satisfies z.ZodType<FoundEntity[]>;

const SuggestionsSchema = z.array(
  z.object({
    start: z.number(),
    end: z.number(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    kinds: z.array(z.enum(SUGGESTION_KINDS)),
    score: z.number(),
    eventDate: z.string().nullable(),
    approximate: z.boolean(),
  }),
) satisfies z.ZodType<ComputedSuggestion[]>;

/**
 * Runs `task` in the pooled worker. The findings must not depend on whether a worker could run:
 * one that cannot start, fails or gives up costs responsiveness (the task runs here), not results.
 */
async function offThread<T>(job: { task: 'entities' | 'rank'; text: string; dates?: DatedSpan[] }, schema: z.ZodType<T>, isolation: IsolationOptions, here: () => T): Promise<T> {
  const outcome = await runPooled('parse-document.mjs', job, schema, isolation);
  return outcome.status === 'done' ? outcome.value : here();
}

/** The people, organisations and places of `text`, as `extractEntities` finds them. */
export function findEntitiesOffThread(text: string, isolation: IsolationOptions = {}): Promise<FoundEntity[]> {
  return offThread({ task: 'entities', text }, FoundEntitiesSchema, isolation, () => extractEntities(text));
}

/** The suggested claims of `text` given its date spans, as `rankSentences` ranks them. */
export function rankSentencesOffThread(text: string, dates: DatedSpan[], isolation: IsolationOptions = {}): Promise<ComputedSuggestion[]> {
  return offThread({ task: 'rank', text, dates }, SuggestionsSchema, isolation, () => rankSentences(text, dates));
}
