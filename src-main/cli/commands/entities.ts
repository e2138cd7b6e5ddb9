/** `entities`, `entity show|rename|merge|type|delete`: the people, organisations and places found in the sources. */
import type { Entity, EntityType } from '../../contract/entities';
import { ENTITY_TYPES } from '../../contract/entities';
import { call } from '../call';
import { eachLine, needs, needsAtLeast, reply, takesNone, UsageError, type Command, type CommandContext } from '../command';

const asJson = ({ id, name, type, aliases, mentions, sources }: Entity) => ({ id, name, type, aliases, mentions, sources });
const line = (e: Entity) => `${e.id}  ${e.type.padEnd(12)}  ${String(e.mentions).padStart(4)} in ${e.sources}  ${e.name}${e.aliases.length ? `  (${e.aliases.join(', ')})` : ''}\n`;
const replyEntity = (ctx: CommandContext, entity: Entity) => reply(ctx, { entity: asJson(entity) }, () => line(entity));

/** Sources imported before entities were found at import are read first, so the answer is complete. */
async function extractPending(ctx: CommandContext): Promise<void> {
  for (;;) {
    const { remaining, extracted } = await call(ctx, 'entities.extract', { limit: 200 });
    if (!remaining || !extracted) return;
  }
}

function entityType(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  if (!(ENTITY_TYPES as readonly string[]).includes(value)) throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(', ')} (not “${value}”).`);
  return value as EntityType;
}

export const entitiesCommand: Command = {
  name: ['entities'],
  usage: 'entities [--source SOURCE_ID] [--type person|organization|place] [--json]',
  summary: 'List the people, organisations and places found in the sources, most mentioned first.',
  args: takesNone(),
  async run(_args, ctx) {
    const type = entityType(ctx.options.type);
    await extractPending(ctx);
    const { entities } = await call(ctx, 'entities.list', { sourceId: ctx.options.source, type });
    return reply(ctx, { entities: entities.map(asJson) }, () => eachLine(entities, line, 'No entities found.\n'));
  },
};

export const entityShowCommand: Command = {
  name: ['entity', 'show'],
  usage: 'entity show ENTITY_ID [--json]',
  summary: 'Show an entity, every mention of it (source and offsets) and the claims that mention it.',
  args: needs(1, 'one entity id'),
  async run(args, ctx) {
    const { entity, mentions, claims } = await call(ctx, 'entities.get', { id: args[0] });
    return reply(
      ctx,
      { entity: asJson(entity), mentions: mentions.map(({ sourceId, start, end, exact }) => ({ sourceId, start, end, exact })), claims: claims.map((c) => ({ id: c.id, statement: c.statement })) },
      () =>
        line(entity) +
        eachLine(mentions, (m) => `  ${m.sourceId} ${m.start}-${m.end}  …${m.before}[${m.exact}]${m.after}…\n`) +
        eachLine(claims, (c) => `  claim ${c.id}  ${c.statement}\n`),
    );
  },
};

export const entityRenameCommand: Command = {
  name: ['entity', 'rename'],
  usage: 'entity rename ENTITY_ID NAME [--json]',
  summary: 'Give an entity the name it is listed by (kept when the extraction runs again).',
  args: needsAtLeast(2, 'an entity id and the new name'),
  async run(args, ctx) {
    return replyEntity(ctx, (await call(ctx, 'entities.rename', { id: args[0], name: args.slice(1).join(' ') })).entity);
  },
};

export const entityMergeCommand: Command = {
  name: ['entity', 'merge'],
  usage: 'entity merge ENTITY_ID ENTITY_ID… [--json]',
  summary: 'Merge the other entities into the first (kept when the extraction runs again).',
  args: needsAtLeast(2, 'two or more entity ids (the others are merged into the first)'),
  async run(args, ctx) {
    return replyEntity(ctx, (await call(ctx, 'entities.merge', { ids: args })).entity);
  },
};

export const entityTypeCommand: Command = {
  name: ['entity', 'type'],
  usage: 'entity type ENTITY_ID person|organization|place [--json]',
  summary: 'Correct an entity’s type (kept when the extraction runs again).',
  args: needs(2, 'an entity id and a type (person, organization or place)'),
  async run(args, ctx) {
    const type = entityType(args[1]) as EntityType;
    return replyEntity(ctx, (await call(ctx, 'entities.setType', { id: args[0], type })).entity);
  },
};

export const entityDeleteCommand: Command = {
  name: ['entity', 'delete'],
  usage: 'entity delete ENTITY_ID [--json]',
  summary: 'Mark a false entity: its mentions are no longer listed, also after the extraction runs again.',
  args: needs(1, 'one entity id'),
  async run(args, ctx) {
    const { decisionIds } = await call(ctx, 'entities.delete', { id: args[0] });
    return reply(ctx, { deleted: true, id: args[0], decisionIds }, () => `deleted ${args[0]}\n`);
  },
};
