/** The shape of one method's handler, and `define`, which checks `run` against what `prepare` returns. */
import type { MethodName, MethodOutput, ParsedInput } from '../contract/methods';
import type { HandlerContext } from './context';

/**
 * `prepare` (optional, outside the transaction) does the slow work; `run` gets its result and
 * runs inside the transaction when `write` is set.
 */
export interface Handler<M extends MethodName, P = undefined> {
  write: boolean;
  prepare?: (input: ParsedInput<M>, ctx: HandlerContext) => Promise<P>;
  run: (input: ParsedInput<M>, ctx: HandlerContext, prepared: P) => MethodOutput<M>;
}

/**
 * A handler of M whatever its `prepare` returns: every `Handler<M, P>` is one. The handler table
 * is checked against this, so each entry keeps the `P` that `define` checked it with.
 */
export interface SomeHandler<M extends MethodName> {
  write: boolean;
  prepare?: (input: ParsedInput<M>, ctx: HandlerContext) => Promise<unknown>;
  run: (input: ParsedInput<M>, ctx: HandlerContext, prepared: never) => MethodOutput<M>;
}

export const define = <M extends MethodName, P = undefined>(h: Handler<M, P>): Handler<M, P> => h;
