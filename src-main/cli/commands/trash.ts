import { call } from '../call';
import { eachLine, needs, reply, takesNone, UsageError, type Command } from '../command';

export const trashCommand: Command = {
  name: ['trash'],
  usage: 'trash [--json]',
  summary: 'List deleted sources, claims and evidence links that can still be restored.',
  args: takesNone(''),
  async run(_args, ctx) {
    const { entries } = await call(ctx, 'trash.list', {});
    return reply(ctx, { entries }, () => eachLine(entries, (e) => `${e.id}  ${e.deletedAt}  ${e.kind.padEnd(8)}  ${e.label}\n`, 'The trash is empty.\n'));
  },
};

export const trashRestoreCommand: Command = {
  name: ['trash', 'restore'],
  usage: 'trash restore TRASH_ID [--json]',
  summary: 'Undo a delete: put back everything it removed, exactly as it was.',
  args: needs(1, 'one trash id (see “casebook trash”)'),
  async run(args, ctx) {
    const { restored } = await call(ctx, 'trash.restore', { id: args[0] });
    return reply(ctx, { restored }, () => `restored ${restored.kind} ${restored.entityId}  ${restored.label}\n`);
  },
};

export const trashEmptyCommand: Command = {
  name: ['trash', 'empty'],
  usage: 'trash empty --force [--json]',
  summary: 'Delete everything in the trash for good (needs --force: it cannot be undone).',
  args: takesNone(),
  async run(_args, ctx) {
    if (!ctx.options.force) throw new UsageError('trash empty deletes for good and cannot be undone; add --force to go ahead.');
    const result = await call(ctx, 'trash.empty', {});
    return reply(ctx, result, () => `emptied the trash (${result.entries} entries, ${result.originals} archived originals)\n`);
  },
};
