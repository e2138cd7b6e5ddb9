/** Backups of the open notebook on demand (the host makes the automatic ones: backup-schedule.ts). */
import { isAbsolute, resolve } from 'node:path';
import { CasebookError } from '../contract/errors';
import { backupFolderFor, backupToFile, listBackups, makeRollingBackup, type BackupFile } from '../store/backup';
import { define } from './define';

export const backupHandlers = {
  'notebook.backup': define<'notebook.backup', BackupFile>({
    write: false,
    prepare: async (input, { notebook }) => {
      if (input.out === undefined) return makeRollingBackup(notebook.db, notebook.path);
      if (!isAbsolute(input.out)) throw new CasebookError('VALIDATION', `Give the backup’s full path, not “${input.out}”.`);
      if (resolve(input.out) === resolve(notebook.path)) throw new CasebookError('CONFLICT', 'A backup cannot be written over the notebook itself.');
      return backupToFile(notebook.db, resolve(input.out), input.force ?? false);
    },
    run: (_input, _ctx, backup) => ({ backup }),
  }),
  'notebook.backups': define<'notebook.backups'>({
    write: false,
    run: (_input, { notebook }) => ({ folder: backupFolderFor(notebook.path), backups: listBackups(notebook.path) }),
  }),
};
