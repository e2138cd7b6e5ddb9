import { call, printJson } from '../call';
import { UsageError, type Command } from '../command';

export const briefsCommand: Command = {
  name: ['briefs'],
  usage: 'briefs [--json]',
  summary: 'List the notebook’s briefs, most recently edited first.',
  async run(args, ctx) {
    if (args.length) throw new UsageError('briefs takes no arguments.');
    const { briefs } = await call(ctx, 'briefs.list', {});
    if (ctx.options.json) return printJson(ctx, { briefs: briefs.map(({ id, title, updatedAt }) => ({ id, title, updatedAt })) }), 0;
    if (!briefs.length) ctx.io.out('No briefs yet.\n');
    for (const b of briefs) ctx.io.out(`${b.id}  ${b.updatedAt}  ${b.title}\n`);
    return 0;
  },
};

export const briefNewCommand: Command = {
  name: ['brief', 'new'],
  usage: 'brief new --title TITLE [--json]',
  summary: 'Start a new, empty brief.',
  async run(args, ctx) {
    if (args.length) throw new UsageError(`brief new takes no arguments (got “${args[0]}”); give the title with --title.`);
    if (ctx.options.title === undefined) throw new UsageError('brief new needs --title TITLE.');
    const { brief } = await call(ctx, 'briefs.create', { title: ctx.options.title });
    if (ctx.options.json) printJson(ctx, { brief: { id: brief.id, title: brief.title } });
    else ctx.io.out(`${brief.id}  ${brief.title}\n`);
    return 0;
  },
};

export const briefRenameCommand: Command = {
  name: ['brief', 'rename'],
  usage: 'brief rename BRIEF_ID TITLE [--json]',
  summary: 'Give a brief a new title.',
  async run(args, ctx) {
    if (args.length < 2) throw new UsageError('brief rename needs a brief id and the new title.');
    const { brief } = await call(ctx, 'briefs.rename', { id: args[0], title: args.slice(1).join(' ') });
    if (ctx.options.json) printJson(ctx, { brief: { id: brief.id, title: brief.title } });
    else ctx.io.out(`${brief.id}  ${brief.title}\n`);
    return 0;
  },
};

export const briefDeleteCommand: Command = {
  name: ['brief', 'delete'],
  usage: 'brief delete BRIEF_ID [--json]',
  summary: 'Delete a brief (its last text stays in the notebook’s audit log).',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('brief delete needs one brief id.');
    await call(ctx, 'briefs.delete', { id: args[0] });
    if (ctx.options.json) printJson(ctx, { deleted: true, id: args[0] });
    else ctx.io.out(`deleted ${args[0]}\n`);
    return 0;
  },
};
