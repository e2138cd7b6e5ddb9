import type { ChangeEvent } from '../contract/methods';
import type { HtmlToPdf } from '../exporters/types';
import type { IsolationOptions } from '../importers/isolated-run';
import type { Notebook } from '../store/db';
import type { NotebookThreads } from './notebook-threads';

export interface ApiOptions {
  /** Largest file `sources.import` accepts, in bytes. */
  maxImportBytes?: number;
  /** Where the importers' worker modules are (the Electron build copies them beside its bundle), and their limits. */
  isolation?: IsolationOptions;
  /** How PDF briefs are printed; headless Chromium when not given (the desktop app uses Electron's own). */
  htmlToPdf?: HtmlToPdf;
  /** false: an import's writes and the whole-notebook reads run on the main connection, not the notebook's threads (the command line). */
  notebookThreads?: boolean;
}

export interface HandlerContext {
  notebook: Notebook;
  /** The notebook's writer and reader threads (notebook-threads.ts). */
  threads: NotebookThreads;
  options: ApiOptions & { maxImportBytes: number };
  /** Queues a change event; it is delivered only after the write commits. */
  emit(event: ChangeEvent): void;
}
