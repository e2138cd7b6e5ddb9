/**
 * "Put the cursor in this claim's statement", for a claim whose card is not shown yet (a claim just
 * made from a selection): the card takes the request when it appears. A callback, not app state.
 */
let pending: string | null = null;

export function focusStatementWhenShown(claimId: string): void {
  pending = claimId;
}

/** True once, for the card of the claim asked for. */
export function takeStatementFocus(claimId: string): boolean {
  if (pending !== claimId) return false;
  pending = null;
  return true;
}
