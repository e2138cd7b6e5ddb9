import { call } from '../call';
import { command, eachLine, needs, reply, takesNone, UsageError } from '../command';

export const trashCommand = command('trash [--json]', takesNone(''), 'List deleted sources, claims and evidence links that can still be restored.', async (_args, ctx) => {
  const { entries } = await call(ctx, 'trash.list', {});
  return reply(ctx, { entries }, () => eachLine(entries, (e) => `${e.id}  ${e.deletedAt}  ${e.kind.padEnd(8)}  ${e.label}\n`, 'The trash is empty.\n'));
});

export const trashRestoreCommand = command('trash restore TRASH_ID [--json]', needs(1, 'one trash id (see “casebook trash”)'), 'Undo a delete: put back everything it removed, exactly as it was.', async (args, ctx) => {
  const { restored } = await call(ctx, 'trash.restore', { id: args[0] });
  return reply(ctx, { restored }, () => `restored ${restored.kind} ${restored.entityId}  ${restored.label}\n`);
});

export const trashEmptyCommand = command('trash empty --force [--json]', takesNone(), 'Delete everything in the trash for good (needs --force: it cannot be undone).', async (_args, ctx) => {
  if (!ctx.options.force) throw new UsageError('trash empty deletes for good and cannot be undone; add --force to go ahead.');
  const result = await call(ctx, 'trash.empty', {});
  return reply(ctx, result, () => `emptied the trash (${result.entries} entries, ${result.originals} archived originals)\n`);
});
