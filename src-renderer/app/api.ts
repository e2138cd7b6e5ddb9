/**
 * Calls into Casebook. A failed call throws `ApiFailure` whose message is already written for
 * analysts (the API's own words); show it as is. Successful writes announce the changes the API reports in their result.
 */
import { ApiFailure } from '../../src-main/contract/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';
import { getClient } from '../platform';
import { announce } from './changes';

export { ApiFailure };

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await getClient().call(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  // The changes the write committed, as the API reports them: this page refreshes without waiting
  // for the event stream (which delivers them again; listeners are idempotent).
  for (const event of result.events ?? []) announce(event);
  return result.value;
}

/** A readable message for anything thrown: the API's words, or a plain fallback (never a stack trace). */
export function messageOf(err: unknown): string {
  if (err instanceof ApiFailure) return err.message;
  console.error('[casebook]', err);
  return 'Something went wrong in this window and the last action may not have finished. Your saved work is safe; try again.';
}
