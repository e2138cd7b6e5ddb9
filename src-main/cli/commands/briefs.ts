import type { Brief } from '../../contract/domain';
import { call } from '../call';
import { command, type CommandContext, eachLine, needs, needsAtLeast, reply, takesNone, UsageError } from '../command';

const replyBrief = (ctx: CommandContext, { id, title }: Pick<Brief, 'id' | 'title'>) => reply(ctx, { brief: { id, title } }, () => `${id}  ${title}\n`);

export const briefsCommand = command('briefs [--json]', takesNone(), 'List the notebook’s briefs, most recently edited first.', async (_args, ctx) => {
  const { briefs } = await call(ctx, 'briefs.list', {});
  return reply(ctx, { briefs: briefs.map(({ id, title, updatedAt }) => ({ id, title, updatedAt })) }, () =>
    eachLine(briefs, (b) => `${b.id}  ${b.updatedAt}  ${b.title}\n`, 'No briefs yet.\n'),
  );
});

export const briefNewCommand = command('brief new --title TITLE [--json]', takesNone('; give the title with --title'), 'Start a new, empty brief.', async (_args, ctx) => {
  if (ctx.options.title === undefined) throw new UsageError('brief new needs --title TITLE.');
  const { brief } = await call(ctx, 'briefs.create', { title: ctx.options.title });
  return replyBrief(ctx, brief);
});

export const briefRenameCommand = command('brief rename BRIEF_ID TITLE [--json]', needsAtLeast(2, 'a brief id and the new title'), 'Give a brief a new title.', async (args, ctx) => {
  const { brief } = await call(ctx, 'briefs.rename', { id: args[0], title: args.slice(1).join(' ') });
  return replyBrief(ctx, brief);
});

export const briefDeleteCommand = command('brief delete BRIEF_ID [--json]', needs(1, 'one brief id'), 'Delete a brief (its last text stays in the notebook’s audit log).', async (args, ctx) => {
  await call(ctx, 'briefs.delete', { id: args[0] });
  return reply(ctx, { deleted: true, id: args[0] }, () => `deleted ${args[0]}\n`);
});
