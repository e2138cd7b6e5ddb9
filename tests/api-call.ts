/** Calls an API method and throws with the API's own message when it fails (tests and benchmarks). */
import type { Api } from '../src-main/api/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../src-main/contract/methods';

export async function ok<M extends MethodName>(api: Api, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await api.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
