/** The notebook the desktop window is showing, and switching to another one. Plain Node. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ApiOptions } from '../api/context';
import type { Api } from '../api/dispatch';
import { NotebookHost } from '../api/notebook-host';
import type { ChangeEvent } from '../contract/methods';

export class NotebookSession {
  private host: NotebookHost | undefined;

  /**
   * `stateDir`: where the recent list lives (userData). `switched` runs when the page itself
   * opened another notebook (`notebook.open` / `notebook.create`), so the menu can follow.
   * `apiOptions`: what every notebook's API gets (the worker folder, how PDF is printed).
   */
  constructor(
    private readonly nativeBinding: string | undefined,
    private readonly forward: (event: ChangeEvent) => void,
    private readonly stateDir: string,
    private readonly switched: (path: string) => void = () => {},
    private readonly apiOptions: ApiOptions = {},
  ) {}

  get api(): Api {
    if (!this.host) throw new Error('no notebook is open');
    return this.host;
  }

  get path(): string | undefined {
    return this.host?.notebook.path;
  }

  /** Opens `path` (creating a new notebook there if the file does not exist) and closes the previous one. Throws (CasebookError) and keeps the previous one when it cannot. */
  open(path: string): Api {
    const full = resolve(path);
    mkdirSync(dirname(full), { recursive: true });
    if (this.host) {
      this.host.switchTo(full, !existsSync(full), { anyName: true });
      return this.host;
    }
    const host = new NotebookHost(full, {
      stateDir: this.stateDir,
      openOptions: { nativeBinding: this.nativeBinding },
      apiOptions: this.apiOptions,
      onSwitch: this.switched,
    });
    host.onChange(this.forward);
    this.host = host;
    return host;
  }

  close(): void {
    this.host?.close();
    this.host = undefined;
  }
}
