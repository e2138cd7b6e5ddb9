/** Backups of the open notebook: make one now, list the rolling ones. */
import { z } from 'zod';

export interface BackupFileInfo {
  path: string;
  at: string;
  bytes: number;
}

export const BACKUP_SCHEMAS = {
  /** `out`: a full path to write the backup to (never over a file without `force`); else a rolling backup. */
  'notebook.backup': z
    .object({
      out: z.string().trim().min(1).max(4096).optional(),
      force: z.boolean().optional(),
    })
    .strict(),
  'notebook.backups': z.object({}).strict(),
} as const;

export interface BackupOutputs {
  'notebook.backup': { backup: BackupFileInfo };
  /** `folder`: where the rolling backups are kept; `backups`: oldest first. */
  'notebook.backups': { folder: string; backups: BackupFileInfo[] };
}
