/** The shape of one method's handler, and `define`, which checks `run` against what `prepare` returns. */
import type { MethodName, MethodOutput, ParsedInput } from '../contract/methods';
import type { HandlerContext } from './context';

/**
 * `prepare` (optional, outside the transaction) does the slow work; `run` gets its result and
 * runs inside the transaction when `write` is set.
 */
export interface Handler<M extends MethodName, P = undefined> {
  write: boolean;
  /**
   * `run` and `finish` make their own transactions (on the notebook's writer thread, `ctx.threads`)
   * and may answer later: dispatch gives them the write turn but no transaction of its own.
   */
  ownTransaction?: boolean;
  prepare?: (input: ParsedInput<M>, ctx: HandlerContext) => Promise<P>;
  run: (input: ParsedInput<M>, ctx: HandlerContext, prepared: P) => MethodOutput<M> | Promise<MethodOutput<M>>;
  /**
   * A write's second part, in its own transaction once `run`'s has committed and other requests
   * have had their turn (a long write split in two). It must be safe to lose: what it writes is
   * left for later by a crash between the two, and must then be found and completed.
   */
  finish?: (input: ParsedInput<M>, ctx: HandlerContext, prepared: P, value: MethodOutput<M>) => void | Promise<void>;
}

/**
 * A handler of M whatever its `prepare` returns: every `Handler<M, P>` is one. The handler table
 * is checked against this, so each entry keeps the `P` that `define` checked it with.
 */
export interface SomeHandler<M extends MethodName> {
  write: boolean;
  ownTransaction?: boolean;
  prepare?: (input: ParsedInput<M>, ctx: HandlerContext) => Promise<unknown>;
  run: (input: ParsedInput<M>, ctx: HandlerContext, prepared: never) => MethodOutput<M> | Promise<MethodOutput<M>>;
  finish?: (input: ParsedInput<M>, ctx: HandlerContext, prepared: never, value: never) => void | Promise<void>;
}

export const define = <M extends MethodName, P = undefined>(h: Handler<M, P>): Handler<M, P> => h;
