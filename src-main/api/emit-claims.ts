import type { HandlerContext } from './context';

/** Above this many claims, one "notebook changed" event replaces a flood of per-claim events. */
export const MAX_CLAIM_EVENTS = 500;

/** Announces changes to many claims: one event per claim, or one for the notebook when there are many. */
export function emitClaimChanges({ notebook, emit }: HandlerContext, claimIds: string[]): void {
  if (claimIds.length > MAX_CLAIM_EVENTS) emit({ entity: 'notebook', action: 'updated', id: notebook.path });
  else for (const id of claimIds) emit({ entity: 'claim', action: 'updated', id });
}
