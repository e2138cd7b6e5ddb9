import type { Brief } from '../../contract/domain';
import { call } from '../call';
import { eachLine, needs, needsAtLeast, reply, takesNone, UsageError, type Command, type CommandContext } from '../command';

const replyBrief = (ctx: CommandContext, { id, title }: Pick<Brief, 'id' | 'title'>) => reply(ctx, { brief: { id, title } }, () => `${id}  ${title}\n`);

export const briefsCommand: Command = {
  name: ['briefs'],
  usage: 'briefs [--json]',
  summary: 'List the notebook’s briefs, most recently edited first.',
  args: takesNone(),
  async run(_args, ctx) {
    const { briefs } = await call(ctx, 'briefs.list', {});
    return reply(ctx, { briefs: briefs.map(({ id, title, updatedAt }) => ({ id, title, updatedAt })) }, () =>
      eachLine(briefs, (b) => `${b.id}  ${b.updatedAt}  ${b.title}\n`, 'No briefs yet.\n'),
    );
  },
};

export const briefNewCommand: Command = {
  name: ['brief', 'new'],
  usage: 'brief new --title TITLE [--json]',
  summary: 'Start a new, empty brief.',
  args: takesNone('; give the title with --title'),
  async run(_args, ctx) {
    if (ctx.options.title === undefined) throw new UsageError('brief new needs --title TITLE.');
    const { brief } = await call(ctx, 'briefs.create', { title: ctx.options.title });
    return replyBrief(ctx, brief);
  },
};

export const briefRenameCommand: Command = {
  name: ['brief', 'rename'],
  usage: 'brief rename BRIEF_ID TITLE [--json]',
  summary: 'Give a brief a new title.',
  args: needsAtLeast(2, 'a brief id and the new title'),
  async run(args, ctx) {
    const { brief } = await call(ctx, 'briefs.rename', { id: args[0], title: args.slice(1).join(' ') });
    return replyBrief(ctx, brief);
  },
};

export const briefDeleteCommand: Command = {
  name: ['brief', 'delete'],
  usage: 'brief delete BRIEF_ID [--json]',
  summary: 'Delete a brief (its last text stays in the notebook’s audit log).',
  args: needs(1, 'one brief id'),
  async run(args, ctx) {
    await call(ctx, 'briefs.delete', { id: args[0] });
    return reply(ctx, { deleted: true, id: args[0] }, () => `deleted ${args[0]}\n`);
  },
};
