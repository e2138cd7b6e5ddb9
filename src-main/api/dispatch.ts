/**
 * The one entry to the core: validate → (prepare) → transaction → result.
 * The CLI, the Electron IPC and the browser bridge all call `dispatch`.
 */
import type { ApiError, Result } from '../contract/errors';
import { CasebookError } from '../contract/errors';
import type { ChangeEvent, MethodInput, MethodName, MethodOutput } from '../contract/methods';
import { schemas } from '../contract/methods';
import { DEFAULT_MAX_IMPORT_BYTES } from '../importers/index';
import { foldWriteAheadLogInTurn, isBusyError, writeTransaction, type Notebook } from '../store/db';
import type { ApiOptions, HandlerContext } from './context';
import type { Handler } from './define';
import { handlers } from './handlers';
import { storageFailure } from './storage-errors';
import { describeZodError } from './validation';
import { logError } from './error-log';
import { notebookThreads } from './notebook-threads';
import { inWriteTurn } from './write-turn';
import { fromJsonText } from '../contract/json-text';

export interface DispatchOptions {
  /** The caller passes a value written as JSON text on to the page as it is (contract/json-text.ts). */
  jsonText?: boolean;
}

export interface Api {
  dispatch(method: string, input: unknown, options?: DispatchOptions): Promise<Result<unknown>>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  notebook: Notebook;
}

const fail = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(schemas, name);
}

/** Pauses between tries of a write the notebook was too busy for (each try already waits busy_timeout). */
const BUSY_RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1000, 1000, 1000, 1000];

/**
 * How long a write on the main connection waits for another process's lock inside SQLite, whose
 * busy handler sleeps on the main thread and holds up every request meanwhile; the retries above
 * wait without blocking. The command line (no threads) keeps the notebook's 5 s.
 */
const MAIN_THREAD_BUSY_TIMEOUT_MS = 50;

export const BUSY_MESSAGE =
  'The notebook is busy: another Casebook (the app or the command line) kept writing to it, so nothing was changed. Try again in a moment.';

/** Runs a write; when another process holds the notebook's lock past the busy timeout, tries again a few times, then says so in words. */
async function retryWhileBusy<T>(write: () => T | Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      if (attempt >= BUSY_RETRY_DELAYS_MS.length) throw new CasebookError('CONFLICT', BUSY_MESSAGE);
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_DELAYS_MS[attempt]));
    }
  }
}

/**
 * A write's second transaction (`Handler.finish`), after requests that came during the first had
 * their turn. Its failure does not undo the first, which is saved: it is logged and left for later.
 * The log of the first is folded into the file first, so the second's commit need not.
 */
async function finishWrite(method: string, handler: Handler<MethodName, unknown>, input: unknown, ctx: HandlerContext, prepared: unknown, value: unknown, events: ChangeEvent[]): Promise<void> {
  if (!handler.ownTransaction) await foldWriteAheadLogInTurn(ctx.notebook.db);
  const firstEvents = events.length;
  const finish = () => handler.finish?.(input as never, ctx, prepared, value as never);
  try {
    await retryWhileBusy(() => {
      events.length = firstEvents;
      return handler.ownTransaction ? finish() : writeTransaction(ctx.notebook.db, finish);
    });
  } catch (err) {
    events.length = firstEvents;
    logError(`${method}: its second part was left for later`, err);
  }
}

export function createApi(notebook: Notebook, apiOptions: ApiOptions = {}): Api {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const options: HandlerContext['options'] = { ...apiOptions, maxImportBytes: apiOptions.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES };
  const threads = notebookThreads(notebook, { workerDirectory: apiOptions.isolation?.workerDirectory, enabled: apiOptions.notebookThreads });
  if (apiOptions.notebookThreads !== false) notebook.db.pragma(`busy_timeout = ${MAIN_THREAD_BUSY_TIMEOUT_MS}`);

  async function dispatch(method: string, raw: unknown, { jsonText = false }: DispatchOptions = {}): Promise<Result<unknown>> {
    if (!isMethodName(method)) return fail('VALIDATION', `Casebook has no operation called “${method}”.`);
    const parsed = schemas[method].safeParse(raw ?? {});
    if (!parsed.success) return fail('VALIDATION', describeZodError(parsed.error));
    const handler = handlers[method] as unknown as Handler<MethodName, unknown>;
    if (handler.write && notebook.damage) return fail('READ_ONLY', notebook.damage.message);
    const events: ChangeEvent[] = [];
    const ctx: HandlerContext = { notebook, threads, options, emit: (e) => events.push(e) };
    const run = (prepared: unknown) => handler.run(parsed.data, ctx, prepared);
    try {
      const prepared = handler.prepare ? await handler.prepare(parsed.data, ctx) : undefined;
      const value = handler.write
        ? await inWriteTurn(notebook, () =>
            retryWhileBusy(() => {
              events.length = 0;
              return handler.ownTransaction ? run(prepared) : writeTransaction(notebook.db, () => run(prepared));
            }),
          )
        : await run(prepared);
      // Writes that came meanwhile have their turn before the second part.
      if (handler.write && handler.finish) await inWriteTurn(notebook, () => finishWrite(method, handler, parsed.data, ctx, prepared, value, events));
      for (const event of events) for (const listener of listeners) listener(event);
      if (handler.write) return { ok: true, value, events };
      return { ok: true, value: jsonText ? value : fromJsonText(value) };
    } catch (err) {
      if (err instanceof CasebookError) return fail(err.code, err.message);
      const storage = storageFailure(err);
      if (storage) return fail(storage.code, storage.message);
      logError(`${method} failed`, err);
      return fail('INTERNAL', 'Something went wrong inside Casebook and nothing was changed. The details are in the log.');
    }
  }

  return {
    dispatch,
    call: (method, input) => dispatch(method, input) as never,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notebook,
  };
}
