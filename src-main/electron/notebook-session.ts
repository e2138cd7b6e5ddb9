/** The notebook the desktop window is showing, and switching to another one. Plain Node. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createApi, type Api } from '../api/dispatch';
import type { ChangeEvent } from '../contract/methods';
import { openNotebook } from '../store/db';

export class NotebookSession {
  private current: Api | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly nativeBinding: string | undefined,
    private readonly forward: (event: ChangeEvent) => void,
  ) {}

  get api(): Api {
    if (!this.current) throw new Error('no notebook is open');
    return this.current;
  }

  get path(): string | undefined {
    return this.current?.notebook.path;
  }

  /** Opens `path` (creating a new notebook there if the file does not exist) and closes the previous one. Throws (CasebookError) and keeps the previous one when it cannot. */
  open(path: string): Api {
    const full = resolve(path);
    mkdirSync(dirname(full), { recursive: true });
    const api = createApi(openNotebook(full, { nativeBinding: this.nativeBinding }));
    this.close();
    this.current = api;
    this.unsubscribe = api.onChange(this.forward);
    return api;
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current?.notebook.close();
    this.current = undefined;
  }
}
