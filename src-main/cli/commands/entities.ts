/** `entities`, `entity show|rename|merge|type|delete`: the people, organisations and places found in the sources. */
import type { Entity, EntityType } from '../../contract/entities';
import { ENTITY_TYPES } from '../../contract/entities';
import { call } from '../call';
import { command, type CommandContext, eachLine, needs, needsAtLeast, reply, takesNone, UsageError } from '../command';

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

export const entitiesCommand = command('entities [--source SOURCE_ID] [--type person|organization|place] [--json]', takesNone(), 'List the people, organisations and places found in the sources, most mentioned first.', async (_args, ctx) => {
  const type = entityType(ctx.options.type);
  await extractPending(ctx);
  const { entities } = await call(ctx, 'entities.list', { sourceId: ctx.options.source, type });
  return reply(ctx, { entities: entities.map(asJson) }, () => eachLine(entities, line, 'No entities found.\n'));
});

export const entityShowCommand = command('entity show ENTITY_ID [--json]', needs(1, 'one entity id'), 'Show an entity, every mention of it (source and offsets) and the claims that mention it.', async (args, ctx) => {
  const { entity, mentions, claims } = await call(ctx, 'entities.get', { id: args[0] });
  return reply(
    ctx,
    { entity: asJson(entity), mentions: mentions.map(({ sourceId, start, end, exact }) => ({ sourceId, start, end, exact })), claims: claims.map((c) => ({ id: c.id, statement: c.statement })) },
    () =>
      line(entity) +
      eachLine(mentions, (m) => `  ${m.sourceId} ${m.start}-${m.end}  …${m.before}[${m.exact}]${m.after}…\n`) +
      eachLine(claims, (c) => `  claim ${c.id}  ${c.statement}\n`),
  );
});

export const entityRenameCommand = command('entity rename ENTITY_ID NAME [--json]', needsAtLeast(2, 'an entity id and the new name'), 'Give an entity the name it is listed by (kept when the extraction runs again).', async (args, ctx) => {
  return replyEntity(ctx, (await call(ctx, 'entities.rename', { id: args[0], name: args.slice(1).join(' ') })).entity);
});

export const entityMergeCommand = command('entity merge ENTITY_ID ENTITY_ID… [--json]', needsAtLeast(2, 'two or more entity ids (the others are merged into the first)'), 'Merge the other entities into the first (kept when the extraction runs again).', async (args, ctx) => {
  return replyEntity(ctx, (await call(ctx, 'entities.merge', { ids: args })).entity);
});

export const entityTypeCommand = command('entity type ENTITY_ID person|organization|place [--json]', needs(2, 'an entity id and a type (person, organization or place)'), 'Correct an entity’s type (kept when the extraction runs again).', async (args, ctx) => {
  const type = entityType(args[1]) as EntityType;
  return replyEntity(ctx, (await call(ctx, 'entities.setType', { id: args[0], type })).entity);
});

export const entityDeleteCommand = command('entity delete ENTITY_ID [--json]', needs(1, 'one entity id'), 'Mark a false entity: its mentions are no longer listed, also after the extraction runs again.', async (args, ctx) => {
  const { decisionIds } = await call(ctx, 'entities.delete', { id: args[0] });
  return reply(ctx, { deleted: true, id: args[0], decisionIds }, () => `deleted ${args[0]}\n`);
});
