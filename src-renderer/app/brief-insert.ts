/**
 * "Insert this claim in the brief": handed to the brief editor when it is open and editable, else
 * kept until the editor appears (the Brief view opens with the request). A callback, not app state.
 */
export interface ClaimToInsert {
  claimId: string;
  statement: string;
}

/** Inserts the claim; false when the editor cannot take it now (not editable). */
type Inserter = (claim: ClaimToInsert) => boolean;

let pending: ClaimToInsert | null = null;
let inserter: Inserter | null = null;

export function insertClaimInBrief(claim: ClaimToInsert): void {
  if (inserter?.(claim)) return;
  pending = claim;
}

/** The brief editor offers to insert; it is given the claim waiting, if any. */
export function registerBriefInserter(insert: Inserter): () => void {
  inserter = insert;
  if (pending && insert(pending)) pending = null;
  return () => {
    if (inserter === insert) inserter = null;
  };
}
