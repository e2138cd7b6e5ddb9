import { ApiFailure } from '../contract/errors';
import type { MethodInput, MethodName, MethodOutput } from '../contract/methods';
import type { CommandContext } from './command';

/** An API call that failed: the CLI prints its message on one line and exits 1. */
export { ApiFailure };

export async function call<M extends MethodName>(ctx: CommandContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await ctx.api().call(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}
