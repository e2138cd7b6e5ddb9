/**
 * Rolling backups of the notebook the app has open: one when it opens (unless the newest backup
 * is younger than the notebook's last change), then at most one an hour while it changes.
 */
import { listBackups, makeRollingBackup, BACKUPS_KEPT } from '../store/backup';
import type { Notebook } from '../store/db';

export interface BackupPolicy {
  /** Least time between two backups while the notebook changes (ms). */
  intervalMs: number;
  keep: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { intervalMs: 60 * 60 * 1000, keep: BACKUPS_KEPT };

export class BackupSchedule {
  private lastAt = 0;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly notebook: Notebook,
    private readonly policy: BackupPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** At open: `modifiedAt` is when the notebook file last changed before it was opened. */
  atOpen(modifiedAt: number): Promise<unknown> {
    const newest = listBackups(this.notebook.path).at(-1);
    if (newest && Date.parse(newest.at) >= modifiedAt) {
      this.lastAt = Date.parse(newest.at);
      return Promise.resolve();
    }
    return this.backUp();
  }

  /** After a committed write. */
  changed(): void {
    if (!this.running && this.now() - this.lastAt >= this.policy.intervalMs) void this.backUp();
  }

  /** Resolves when no backup is being written. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
  }

  private backUp(): Promise<unknown> {
    if (this.stopped || this.notebook.damage || this.running) return this.running ?? Promise.resolve();
    this.lastAt = this.now();
    this.running = makeRollingBackup(this.notebook.db, this.notebook.path, this.policy.keep, new Date(this.lastAt))
      .catch((err: unknown) => {
        if (!this.stopped) console.error('[casebook] the automatic backup failed:', err);
      })
      .finally(() => (this.running = null));
    return this.running;
  }
}
