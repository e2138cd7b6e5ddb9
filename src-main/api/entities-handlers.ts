/**
 * Entities: the list and one entity (reads), the backfill for sources imported before entities
 * were found at import, and the analyst's decisions (each undoable by `entities.undo`).
 */
import { findEntitiesOffThread } from '../analysis/off-thread';
import type { PackedEntity } from '../entities/packed';
import { claimsMentioning, entityMentions, getEntity } from '../store/entity-list';
import type { Decided, EntityDecision } from '../store/entity-decisions';
import { entityId } from '../store/entity-resolve';
import { countSourcesToExtract, sourcesToExtract } from '../store/entities';
import { getSourceTextBytes } from '../store/sources';
import type { Entity } from '../contract/entities';
import { define } from './define';
import type { HandlerContext } from './context';

/** Every entity event a decision causes: the whole list changes (counts, merges), so one event per entity touched. */
function emitEntities(ctx: HandlerContext, ids: string[], action: 'created' | 'updated' | 'deleted' = 'updated'): void {
  for (const id of new Set(ids)) ctx.emit({ entity: 'entity', action, id });
}

const decide = (ctx: HandlerContext, d: EntityDecision) => ctx.threads.write('decideOnEntities', d);

/** Emits the change to the entity `id` and answers with it and the decision that changed it. */
function decided(ctx: HandlerContext, id: string, { decisionIds }: Decided) {
  emitEntities(ctx, [id]);
  return { entity: getEntity(ctx.notebook.db, id), decisionIds };
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
        const found = await findEntitiesOffThread(getSourceTextBytes(notebook.db, sourceId), options.isolation);
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
  // Each decision resolves the notebook's entities again, on the writer thread.
  'entities.rename': define<'entities.rename'>({
    write: true,
    ownTransaction: true,
    run: async ({ id, name }, ctx) => decided(ctx, id, await decide(ctx, { kind: 'rename', id, name })),
  }),
  'entities.setType': define<'entities.setType'>({
    write: true,
    ownTransaction: true,
    run: async ({ id, type }, ctx) => decided(ctx, id, await decide(ctx, { kind: 'type', id, type })),
  }),
  'entities.merge': define<'entities.merge'>({
    write: true,
    ownTransaction: true,
    run: async ({ ids }, ctx) => {
      const { decisionIds } = await decide(ctx, { kind: 'merge', ids });
      emitEntities(ctx, [ids[0]]);
      emitEntities(ctx, ids.slice(1), 'deleted');
      return { entity: getEntity(ctx.notebook.db, ids[0]), decisionIds };
    },
  }),
  'entities.delete': define<'entities.delete'>({
    write: true,
    ownTransaction: true,
    run: async ({ id }, ctx) => {
      const { decisionIds } = await decide(ctx, { kind: 'delete', id });
      emitEntities(ctx, [id], 'deleted');
      return { deleted: true, decisionIds };
    },
  }),
  'entities.splitMention': define<'entities.splitMention'>({
    write: true,
    ownTransaction: true,
    run: async ({ mentionId }, ctx) => {
      const { decisionIds, created, left } = await decide(ctx, { kind: 'split', mentionId });
      if (left) emitEntities(ctx, [left]);
      emitEntities(ctx, [created as string], 'created');
      return { entity: getEntity(ctx.notebook.db, created as string), decisionIds };
    },
  }),
  'entities.undo': define<'entities.undo'>({
    write: true,
    ownTransaction: true,
    run: async ({ decisionIds }, ctx) => {
      await decide(ctx, { kind: 'undo', decisionIds });
      ctx.emit({ entity: 'entity', action: 'updated', id: '*' });
      return { undone: decisionIds.length };
    },
  }),
};
