/** The rule both sides apply: a claim's own passage cannot be its evidence. Pure, shared with the renderer. */
export interface ClaimPassage {
  sourceId: string;
  start: number;
  end: number;
}

/** True when the passage overlaps the claim's own passage in the claim's own source. */
export function isOwnPassage(claim: ClaimPassage, sourceId: string, passage: { start: number; end: number }): boolean {
  return sourceId === claim.sourceId && passage.start < claim.end && passage.end > claim.start;
}
