import type { ChangeEvent } from '../contract/methods';
import type { Notebook } from '../store/db';

export interface ApiOptions {
  /** Largest file `sources.import` accepts, in bytes. */
  maxImportBytes?: number;
}

export interface HandlerContext {
  notebook: Notebook;
  options: Required<ApiOptions>;
  /** Queues a change event; it is delivered only after the write commits. */
  emit(event: ChangeEvent): void;
}
