import { CasebookError, type ApiError } from '../contract/errors';
import type { MethodInput, MethodName, MethodOutput } from '../contract/methods';
import type { CommandContext } from './command';

/**
 * The error an API call answered with, as the one error type of the main side; a subclass only
 * so that `import` can tell a file that failed from a notebook that would not open.
 */
export class ApiFailure extends CasebookError {
  constructor(error: ApiError) {
    super(error.code, error.message);
    this.name = 'ApiFailure';
  }
}

export async function call<M extends MethodName>(ctx: CommandContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await ctx.api().call(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}
