/**
 * The one entry to the core: validate → (prepare) → transaction → result.
 * The CLI, the Electron IPC and the browser bridge all call `dispatch`.
 */
import type { ApiError, Result } from '../contract/errors';
import { CasebookError } from '../contract/errors';
import type { ChangeEvent, MethodInput, MethodName, MethodOutput } from '../contract/methods';
import { schemas } from '../contract/methods';
import { DEFAULT_MAX_IMPORT_BYTES } from '../importers/index';
import type { Notebook } from '../store/db';
import type { ApiOptions, HandlerContext } from './context';
import type { Handler } from './define';
import { handlers } from './handlers';
import { storageFailure } from './storage-errors';
import { describeZodError } from './validation';

export interface Api {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  notebook: Notebook;
}

const fail = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(schemas, name);
}

export function createApi(notebook: Notebook, apiOptions: ApiOptions = {}): Api {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const options: HandlerContext['options'] = { ...apiOptions, maxImportBytes: apiOptions.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES };

  async function dispatch(method: string, raw: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method)) return fail('VALIDATION', `Casebook has no operation called “${method}”.`);
    const parsed = schemas[method].safeParse(raw ?? {});
    if (!parsed.success) return fail('VALIDATION', describeZodError(parsed.error));
    const handler = handlers[method] as unknown as Handler<MethodName, unknown>;
    if (handler.write && notebook.damage) return fail('READ_ONLY', notebook.damage.message);
    const events: ChangeEvent[] = [];
    const ctx: HandlerContext = { notebook, options, emit: (e) => events.push(e) };
    try {
      const prepared = handler.prepare ? await handler.prepare(parsed.data, ctx) : undefined;
      const value = handler.write
        ? notebook.db.transaction(() => handler.run(parsed.data, ctx, prepared))()
        : handler.run(parsed.data, ctx, prepared);
      for (const event of events) for (const listener of listeners) listener(event);
      return handler.write ? { ok: true, value, events } : { ok: true, value };
    } catch (err) {
      if (err instanceof CasebookError) return fail(err.code, err.message);
      const storage = storageFailure(err);
      if (storage) return fail(storage.code, storage.message);
      console.error(`[casebook] ${method} failed:`, err);
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
