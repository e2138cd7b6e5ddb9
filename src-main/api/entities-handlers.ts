/**
 * Entities: the list and one entity (reads), the backfill for sources imported before entities
 * were found at import, and the analyst's decisions (each undoable by `entities.undo`).
 */
import { findEntitiesOffThread } from '../analysis/off-thread';
import type { PackedEntity } from '../entities/packed';
import { claimsMentioning, entityMentions, getEntity } from '../store/entity-list';
import { deleteEntity, mergeEntities, renameEntity, setEntityType, splitMention, undoEntityDecisions } from '../store/entity-decisions';
import { entityId } from '../store/entity-resolve';
import { countSourcesToExtract, sourcesToExtract } from '../store/entities';
import { getSourceText } from '../store/sources';
import type { Entity } from '../contract/entities';
import { define } from './define';
import type { HandlerContext } from './context';

/** Every entity event a decision causes: the whole list changes (counts, merges), so one event per entity touched. */
function emitEntities(ctx: HandlerContext, ids: string[], action: 'created' | 'updated' | 'deleted' = 'updated'): void {
  for (const id of new Set(ids)) ctx.emit({ entity: 'entity', action, id });
}

/** Emits the change to the entity `id` and answers with it and the decision that changed it. */
function decided(ctx: HandlerContext, id: string, decision: number) {
  emitEntities(ctx, [id]);
  return { entity: getEntity(ctx.notebook.db, id), decisionIds: [decision] };
}

export const entitiesHandlers = {
  'entities.list': define<'entities.list', Entity[]>({
    write: false,
    // Read on the reader thread: the whole notebook's (thousands of entities), or a very long
    // source's, takes a tenth of a second or more.
    prepare: async (input, { threads }) => threads.read('listEntities', input),
    run: (_input, { notebook }, entities) => ({ entities, pending: countSourcesToExtract(notebook.db) }),
  }),
  'entities.get': define<'entities.get'>({
    write: false,
    run: ({ id }, { notebook }) => ({ entity: getEntity(notebook.db, id), mentions: entityMentions(notebook.db, id), claims: claimsMentioning(notebook.db, id) }),
  }),
  'entities.extract': define<'entities.extract', { sourceId: string; found: PackedEntity[] }[]>({
    write: true,
    // Reading the texts and finding the names happens before; the write is one transaction, on the writer thread.
    ownTransaction: true,
    prepare: async ({ limit }, { notebook, options }) => {
      const out: { sourceId: string; found: PackedEntity[] }[] = [];
      for (const sourceId of sourcesToExtract(notebook.db, limit ?? 50)) {
        const found = await findEntitiesOffThread(getSourceText(notebook.db, sourceId), options.isolation);
        if (found) out.push({ sourceId, found }); // else the worker gave up on it: it stays to be read
      }
      return out;
    },
    run: async (_input, ctx, batch) => {
      const saved = new Set(await ctx.threads.write('storeExtractedEntities', batch));
      for (const { sourceId, found } of batch) if (saved.has(sourceId)) emitEntities(ctx, found.map((f) => entityId(f.key)));
      ctx.emit({ entity: 'entity', action: 'updated', id: '*' });
      return { extracted: saved.size, remaining: countSourcesToExtract(ctx.notebook.db) };
    },
  }),
  'entities.rename': define<'entities.rename'>({ write: true, run: ({ id, name }, ctx) => decided(ctx, id, renameEntity(ctx.notebook.db, id, name)) }),
  'entities.setType': define<'entities.setType'>({ write: true, run: ({ id, type }, ctx) => decided(ctx, id, setEntityType(ctx.notebook.db, id, type)) }),
  'entities.merge': define<'entities.merge'>({
    write: true,
    run: ({ ids }, ctx) => {
      const decisionIds = mergeEntities(ctx.notebook.db, ids);
      emitEntities(ctx, [ids[0]]);
      emitEntities(ctx, ids.slice(1), 'deleted');
      return { entity: getEntity(ctx.notebook.db, ids[0]), decisionIds };
    },
  }),
  'entities.delete': define<'entities.delete'>({
    write: true,
    run: ({ id }, ctx) => {
      const decision = deleteEntity(ctx.notebook.db, id);
      emitEntities(ctx, [id], 'deleted');
      return { deleted: true, decisionIds: [decision] };
    },
  }),
  'entities.splitMention': define<'entities.splitMention'>({
    write: true,
    run: ({ mentionId }, ctx) => {
      const before = ctx.notebook.db.prepare('SELECT entity_id FROM entity_mentions WHERE id = ?').pluck().get(mentionId) as string | null;
      const { decisionId, entityId: created } = splitMention(ctx.notebook.db, mentionId);
      if (before) emitEntities(ctx, [before]);
      emitEntities(ctx, [created], 'created');
      return { entity: getEntity(ctx.notebook.db, created), decisionIds: [decisionId] };
    },
  }),
  'entities.undo': define<'entities.undo'>({
    write: true,
    run: ({ decisionIds }, ctx) => {
      undoEntityDecisions(ctx.notebook.db, decisionIds);
      ctx.emit({ entity: 'entity', action: 'updated', id: '*' });
      return { undone: decisionIds.length };
    },
  }),
};
