/** A claim cannot be its own evidence: no link from a claim to the passage it is anchored to. */
import type { Anchor, Claim } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { isOwnPassage } from '../contract/self-evidence';

/** Throws when the evidence would be the claim itself: its own passage, or the whole of its own source. */
export function refuseSelfEvidence(claim: Claim, sourceId: string, anchor: Anchor | null): void {
  if (sourceId !== claim.sourceId) return;
  if (!anchor) {
    throw new CasebookError(
      'CONFLICT',
      'The claim comes from this source, so the whole source cannot be its evidence. Link another passage of it, or a passage of another source.',
    );
  }
  if (isOwnPassage(claim, sourceId, anchor)) {
    throw new CasebookError(
      'CONFLICT',
      `This passage is the claim’s own (“${claim.exact.length > 80 ? `${claim.exact.slice(0, 80)}…` : claim.exact}”): a claim cannot be its own evidence. Link another passage of this source, or a passage of another source.`,
    );
  }
}
