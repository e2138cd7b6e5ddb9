import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CasebookError } from '../../contract/errors';
import { restoreBackup } from '../../store/backup';
import { checkNotebookFile } from '../../store/health';
import { call } from '../call';
import { command, needs, reply, takesNone, UsageError } from '../command';

export const backupCommand = command('backup [--out FILE] [--force] [--json]', takesNone(), 'Back up the notebook now (SQLite’s online backup): to FILE, or beside the notebook in NAME.backups/.', async (_args, ctx) => {
  const out = ctx.options.out === undefined ? undefined : resolve(ctx.options.out);
  const { backup } = await call(ctx, 'notebook.backup', { out, force: ctx.options.force });
  return reply(ctx, { backup }, () => `backed up to ${backup.path} (${backup.bytes} bytes)\n`);
});

function openBackup(path: string, named: string): Database.Database {
  try {
    return new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new CasebookError('DAMAGED_FILE', `“${named}” cannot be read as a notebook (${(err as Error).message}), so nothing was restored.`);
  }
}

export const restoreCommand = command('restore BACKUP --out FILE [--force] [--json]', needs(1, 'the backup file to restore'), 'Check a backup whole (as verify does) and, if it is sound, write it out as the notebook FILE (never over a file without --force).', async (args, ctx) => {
  if (!ctx.options.out) throw new UsageError('restore needs --out FILE: where to write the restored notebook.');
  const from = resolve(args[0]);
  const to = resolve(ctx.options.out);
  if (!existsSync(from)) throw new CasebookError('NOT_FOUND', `There is no backup “${args[0]}”.`);
  if (from === to) throw new CasebookError('CONFLICT', 'The backup and the restored notebook must be two different files.');
  const restored = await restoreBackup(from, to, {
    force: ctx.options.force ?? false,
    openReadOnly: (path) => openBackup(path, args[0]),
    check: (copy) => checkNotebookFile(copy),
  });
  return reply(ctx, { restored: { from, to: restored.path, bytes: restored.bytes, checks: restored.checks } }, () => `checked ${restored.checks} things in the backup: all good\nrestored to ${restored.path}\n`);
});
