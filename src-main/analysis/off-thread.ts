/**
 * Finding a text's entities and ranking its sentences, in the pooled worker that parses imports
 * (importers/workers/parse-document.mjs): on a long source each costs a noticeable fraction of a
 * second of CPU, which on the main process would hold up every other request meanwhile.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../contract/entities';
import { SUGGESTION_KINDS } from '../core/checkworthy';
import { unpackDateSpans, type PackedDateSpans } from '../importers/workers/date-spans.mjs';
import { textOf } from '../importers/workers/text-of.mjs';
import { extractEntities } from '../entities/extract';
import { packEntities, type PackedEntity } from '../entities/packed';
import { runPooled } from '../importers/isolated-pool';
import type { IsolationOptions } from '../importers/isolated-run';
import { rankSentences, type ComputedSuggestion } from './rank';

const PackedEntitiesSchema = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    type: z.enum(ENTITY_TYPES),
    aliasKeys: z.array(z.string()),
    spans: z.instanceof(Int32Array),
  }),
) satisfies z.ZodType<PackedEntity[]>;

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
 * one that cannot start or fails costs responsiveness (the task runs here), not results. A task
 * the worker gave up on (its time or memory limit) is not run here, where it would hold up every
 * other request for as long: `gaveUp` stands in for its findings.
 */
async function offThread<T>(job: { task: 'entities' | 'rank'; text: string | Uint8Array; dates?: PackedDateSpans }, schema: z.ZodType<T>, isolation: IsolationOptions, here: () => T, gaveUp: T): Promise<T> {
  const outcome = await runPooled('parse-document.mjs', job, schema, isolation);
  if (outcome.status === 'done') return outcome.value;
  if (outcome.status === 'timeout' || outcome.status === 'out_of_memory') return gaveUp;
  return here();
}

/**
 * The people, organisations and places of `text`, as `extractEntities` finds them, packed
 * (entities/packed.ts: `unpackEntities` with the same text gives them back); undefined when the
 * worker gave up on it (the source is then left to a later `entities.extract`). `text` may be the
 * UTF-8 bytes the notebook holds, decoded by the worker.
 */
export function findEntitiesOffThread(text: string | Uint8Array, isolation: IsolationOptions = {}): Promise<PackedEntity[] | undefined> {
  const here = () => packEntities(extractEntities(textOf(text)));
  return offThread<PackedEntity[] | undefined>({ task: 'entities', text }, PackedEntitiesSchema, isolation, here, undefined);
}

/** The suggested claims of `text` given its date spans (packed), as `rankSentences` ranks them (none when the worker gave up on it). */
export function rankSentencesOffThread(text: string | Uint8Array, dates: PackedDateSpans, isolation: IsolationOptions = {}): Promise<ComputedSuggestion[]> {
  const here = () => rankSentences(textOf(text), unpackDateSpans(dates));
  return offThread({ task: 'rank', text, dates }, SuggestionsSchema, isolation, here, []);
}
