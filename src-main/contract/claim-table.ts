/** The claims table's columns and rows, shared by the store, the contract and the renderer. */
import type { Claim } from './domain';

export const CLAIM_SORT_KEYS = ['statement', 'source', 'status', 'credibility', 'likelihood', 'eventDate', 'tags', 'evidence', 'updatedAt'] as const;
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number];

/** How a claim's evidence holds: none at all, or resting on one source (store/evidence-support.ts). */
export const EVIDENCE_SUPPORT_FILTERS = ['none', 'oneSource'] as const;
export type EvidenceSupportFilter = (typeof EVIDENCE_SUPPORT_FILTERS)[number];

/** A claim with its source's title, as the claims table shows it. */
export type ClaimTableRow = Claim & { sourceTitle: string };
