/**
 * The API of whichever notebook is open, with switching: `notebook.open`, `notebook.create` and
 * `notebook.recent` are answered here, everything else goes to the open notebook's dispatch.
 * Used by the browser bridge (and usable by the desktop shell). Plain Node.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import { forgetNotebook, readAppState, rememberNotebook } from './app-state-file';
import { CasebookError, type Result } from '../contract/errors';
import { schemas, type ChangeEvent, type NotebookInfo } from '../contract/methods';
import { lastModified } from '../store/backup';
import { APPLICATION_ID, closeNotebookCleanly, type Notebook, type OpenOptions } from '../store/db';
import { openNotebookChecked } from '../store/open-checked';
import { BackupSchedule, DEFAULT_BACKUP_POLICY, type BackupPolicy } from './backup-schedule';
import { describeNotebook } from './notebook-info';
import type { ApiOptions } from './context';
import { createApi, type Api, type DispatchOptions } from './dispatch';
import { describeZodError } from './validation';
import { logError } from './error-log';

/** What a notebook file may be called. */
export const NOTEBOOK_EXTENSIONS = ['.sqlite', '.sqlite3', '.db'];

export interface NotebookHostOptions {
  /** Where the recent-notebooks list (casebook-state.json) is kept. */
  stateDir: string;
  openOptions?: OpenOptions;
  apiOptions?: ApiOptions;
  /** Called after the host switched to another notebook. */
  onSwitch?: (path: string) => void;
  /** Rolling backups of the open notebook (default: at open, then at most hourly); false for none. */
  backups?: BackupPolicy | false;
}

function checkPath(path: string): string {
  if (!isAbsolute(path)) throw new CasebookError('VALIDATION', `Give the notebook’s full path, starting from the top folder (for example /home/you/cases/belarus.sqlite), not “${path}”.`);
  const full = resolve(path);
  if (!NOTEBOOK_EXTENSIONS.includes(extname(full).toLowerCase())) {
    throw new CasebookError('VALIDATION', `A notebook file’s name ends in ${NOTEBOOK_EXTENSIONS.join(', ')}; “${basename(full)}” does not.`);
  }
  return full;
}

/** True only for a file Casebook wrote: an SQLite database marked with Casebook's application id. Reads, never writes. */
function isNotebookFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(72);
    const n = readSync(fd, header, 0, 72, 0);
    return n === 72 && header.subarray(0, 16).toString('latin1') === 'SQLite format 3\0' && header.readUInt32BE(68) === APPLICATION_ID;
  } finally {
    closeSync(fd);
  }
}

function checkExistingNotebook(path: string): void {
  if (!existsSync(path)) throw new CasebookError('NOT_FOUND', `There is no file “${path}”. To start a new notebook there, use New notebook.`);
  if (statSync(path).isDirectory()) throw new CasebookError('NOT_A_NOTEBOOK', `“${path}” is a folder, not a notebook file.`);
  if (!isNotebookFile(path)) throw new CasebookError('NOT_A_NOTEBOOK', `“${basename(path)}” is not a Casebook notebook. It was left untouched.`);
}

function checkNewNotebook(path: string): void {
  if (existsSync(path)) throw new CasebookError('CONFLICT', `“${basename(path)}” already exists. Casebook never replaces a file with a new notebook: choose another name, or open it.`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CasebookError('NOT_FOUND', `The folder “${folder}” does not exist. Create it first, or choose another.`);
}

export class NotebookHost implements Api {
  private current: Api;
  private unsubscribe: () => void;
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  /** Calls still running on the open notebook (an import parsing its file): no switching under them. */
  private running = 0;
  private backups: BackupSchedule | null = null;

  constructor(
    initialPath: string,
    private readonly options: NotebookHostOptions,
  ) {
    this.current = this.openApi(initialPath);
    this.unsubscribe = this.current.onChange((e) => this.deliver(e));
    this.remember(this.current.notebook.path);
  }

  get notebook(): Notebook {
    return this.current.notebook;
  }

  async dispatch(method: string, raw: unknown, options?: DispatchOptions): Promise<Result<unknown>> {
    if (method !== 'notebook.open' && method !== 'notebook.create' && method !== 'notebook.recent') {
      this.running++;
      try {
        return await this.current.dispatch(method, raw, options);
      } finally {
        this.running--;
      }
    }
    const parsed = schemas[method].safeParse(raw ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: describeZodError(parsed.error) } };
    try {
      if (method === 'notebook.recent') return { ok: true, value: { current: this.notebook.path, recent: readAppState(this.options.stateDir).recentNotebooks } };
      const { path } = parsed.data as { path: string };
      const before = this.notebook.path;
      const value = this.switchTo(path, method === 'notebook.create');
      const events: ChangeEvent[] = value.path === before ? [] : [{ entity: 'notebook', action: 'updated', id: value.path }];
      return { ok: true, value, events };
    } catch (err) {
      if (err instanceof CasebookError) return { ok: false, error: { code: err.code, message: err.message } };
      logError(`${method} failed`, err);
      return { ok: false, error: { code: 'INTERNAL', message: 'Casebook could not switch notebooks; the one that was open still is.' } };
    }
  }

  call: Api['call'] = (method, input) => this.dispatch(method, input) as never;

  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Opens (or creates) the notebook at `path` and closes the previous one. On failure the previous
   * one stays open. `anyName`: the desktop's own file dialog may open a notebook of any name.
   */
  switchTo(path: string, create: boolean, { anyName = false } = {}): NotebookInfo {
    const full = anyName ? resolve(path) : checkPath(path);
    if (create) checkNewNotebook(full);
    else if (full !== this.notebook.path) {
      try {
        checkExistingNotebook(full);
      } catch (err) {
        forgetNotebook(this.options.stateDir, full);
        throw err;
      }
    }
    if (full !== this.notebook.path) {
      if (this.running > 0) throw new CasebookError('CONFLICT', 'Casebook is still working in this notebook (an import, an export…). Wait for it to finish, then open the other notebook.');
      const previous = this.backups;
      const next = this.openApi(full);
      previous?.stop();
      this.unsubscribe();
      closeNotebookCleanly(this.current.notebook);
      this.current = next;
      this.unsubscribe = next.onChange((e) => this.deliver(e));
      this.deliver({ entity: 'notebook', action: 'updated', id: full });
    }
    this.remember(full);
    this.options.onSwitch?.(full);
    return this.info();
  }

  close(): void {
    this.backups?.stop();
    this.unsubscribe();
    closeNotebookCleanly(this.current.notebook);
  }

  /** Resolves once no automatic backup is being written. */
  backupsIdle(): Promise<void> {
    return this.backups?.idle() ?? Promise.resolve();
  }

  /** Opens a notebook (read-only when the quick check finds it damaged) and starts its backups. */
  private openApi(path: string): Api {
    const modifiedAt = existsSync(path) ? lastModified(path) : Date.now();
    const notebook = openNotebookChecked(path, this.options.openOptions);
    const policy = this.options.backups ?? DEFAULT_BACKUP_POLICY;
    this.backups = policy ? new BackupSchedule(notebook, policy) : null;
    void this.backups?.atOpen(modifiedAt);
    return createApi(notebook, this.options.apiOptions);
  }

  private info(): NotebookInfo {
    return describeNotebook(this.notebook);
  }

  private remember(path: string): void {
    try {
      rememberNotebook(this.options.stateDir, path);
    } catch (err) {
      // Only a convenience: a read-only state folder must not stop the notebook from opening.
      logError('could not update the recent notebooks list', err);
    }
  }

  private deliver(event: ChangeEvent): void {
    this.backups?.changed();
    for (const listener of [...this.listeners]) listener(event);
  }
}
