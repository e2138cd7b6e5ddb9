/** The client in the desktop app: every call goes through the preload's `window.casebook`. */
import type { CasebookClient } from '../../src-main/contract/client';
import type { Result } from '../../src-main/contract/errors';
import type { MethodName, MethodOutput } from '../../src-main/contract/methods';
import type { CasebookPreloadApi } from '../../src-main/contract/preload-api';
import { fromJsonText } from '../../src-main/contract/json-text';
import { notAnswering } from './not-answering';

type AnyMethod = (input: unknown) => Promise<Result<unknown>>;

export function createIpcClient(bridge: CasebookPreloadApi): CasebookClient {
  return {
    async call<M extends MethodName>(method: M, input: unknown): Promise<Result<MethodOutput<M>>> {
      try {
        const fn = bridge[method] as unknown as AnyMethod;
        const result = await fn(input ?? {});
        return (result.ok ? { ...result, value: fromJsonText(result.value) } : result) as Result<MethodOutput<M>>;
      } catch {
        return notAnswering();
      }
    },
    onChange: (listener) => bridge.onChange(listener),
  };
}
