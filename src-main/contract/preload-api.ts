/**
 * The shape of `window.casebook`, the one object the Electron preload exposes to the page.
 * Pure types (plus the list of menu commands), so the renderer can import it.
 */
import type { ApiError, Result } from './errors';
import type { ChangeEvent, MethodInput, MethodName, MethodOutput } from './methods';

/**
 * One async function per contract method, keyed by the method's name (`casebook['sources.import'](input)`).
 * A value may come as JSON text (json-text.ts: a very long source), which the page's client parses.
 */
export type CasebookMethods = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/**
 * Commands from the native menu that the page carries out itself. (Import, new/open notebook
 * are done by the main process: imports report through onImportProgress, and switching notebook
 * reloads the page.)
 */
export const MENU_COMMANDS = ['export', 'shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Progress of an import the main process runs (File ▸ Import…): one event per file and step. */
export interface ImportProgress {
  /** Same for every file chosen in one dialog. */
  batchId: string;
  /** 0-based position of this file in the batch. */
  index: number;
  total: number;
  fileName: string;
  state: 'importing' | 'done' | 'failed';
  /** When done: the source created (or the existing one, when `duplicate`). */
  sourceId?: string;
  duplicate?: boolean;
  warnings?: string[];
  /** When failed: what went wrong, in the analyst's words. */
  error?: ApiError;
}

/** A file the page wants the analyst to save somewhere (an export). */
export interface SaveFileRequest {
  suggestedName: string;
  mediaType: string;
  data: string;
  encoding: 'utf8' | 'base64';
}

/**
 * `saved: false` when the analyst cancelled the dialog. `path` (desktop app only): where the file
 * was written, for `showInFolder`.
 */
export type SaveFileResult = Result<{ saved: boolean; fileName?: string; path?: string }>;

export interface CasebookPreloadApi extends CasebookMethods {
  /** Subscribes to committed changes; returns the unsubscribe. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  onMenu(listener: (command: MenuCommand) => void): () => void;
  onImportProgress(listener: (progress: ImportProgress) => void): () => void;
  /**
   * Runs `handler` before the window closes or switches notebook (flush unsaved work there).
   * The window waits for every handler, at most a few seconds.
   */
  onBeforeClose(handler: () => Promise<void> | void): () => void;
  /** Opens an http(s) link in the system browser; call it only from a user's click. */
  openExternal(url: string): Promise<boolean>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Shows a file saved by `saveFile` in this session in the system's file manager. Any other
   * path is refused (false).
   */
  showInFolder(path: string): Promise<boolean>;
}
