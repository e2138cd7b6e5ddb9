import { call, printJson } from '../call';
import { UsageError, type Command } from '../command';

export const trashCommand: Command = {
  name: ['trash'],
  usage: 'trash [--json]',
  summary: 'List deleted sources, claims and evidence links that can still be restored.',
  async run(args, ctx) {
    if (args.length) throw new UsageError(`trash takes no arguments (got “${args[0]}”).`);
    const { entries } = await call(ctx, 'trash.list', {});
    if (ctx.options.json) return printJson(ctx, { entries }), 0;
    if (!entries.length) ctx.io.out('The trash is empty.\n');
    for (const e of entries) ctx.io.out(`${e.id}  ${e.deletedAt}  ${e.kind.padEnd(8)}  ${e.label}\n`);
    return 0;
  },
};

export const trashRestoreCommand: Command = {
  name: ['trash', 'restore'],
  usage: 'trash restore TRASH_ID [--json]',
  summary: 'Undo a delete: put back everything it removed, exactly as it was.',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('trash restore needs one trash id (see “casebook trash”).');
    const { restored } = await call(ctx, 'trash.restore', { id: args[0] });
    if (ctx.options.json) return printJson(ctx, { restored }), 0;
    ctx.io.out(`restored ${restored.kind} ${restored.entityId}  ${restored.label}\n`);
    return 0;
  },
};

export const trashEmptyCommand: Command = {
  name: ['trash', 'empty'],
  usage: 'trash empty --force [--json]',
  summary: 'Delete everything in the trash for good (needs --force: it cannot be undone).',
  async run(args, ctx) {
    if (args.length) throw new UsageError('trash empty takes no arguments.');
    if (!ctx.options.force) throw new UsageError('trash empty deletes for good and cannot be undone; add --force to go ahead.');
    const result = await call(ctx, 'trash.empty', {});
    if (ctx.options.json) return printJson(ctx, result), 0;
    ctx.io.out(`emptied the trash (${result.entries} entries, ${result.originals} archived originals)\n`);
    return 0;
  },
};
