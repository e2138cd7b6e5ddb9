/**
 * How well a claim's evidence holds up, as SQL predicates on a claim row aliased `c`: shared by
 * the claims table's filters and the case summary, so a figure and the claims it links to agree.
 */
import type { EvidenceSupportFilter } from '../contract/claim-table';

/** No evidence link at all. */
export const NO_EVIDENCE_SQL = 'NOT EXISTS (SELECT 1 FROM evidence_links e WHERE e.claim_id = c.id)';

/**
 * Resting on one source: it has evidence links, and they cite at most one source besides the
 * claim's own (its own source alone, or one other source, however many passages).
 */
export const ONE_SOURCE_SQL =
  'EXISTS (SELECT 1 FROM evidence_links e WHERE e.claim_id = c.id) AND ' +
  '(SELECT count(DISTINCT e.source_id) FROM evidence_links e WHERE e.claim_id = c.id AND e.source_id <> c.source_id) <= 1';

export function evidenceSupportSql(filter: EvidenceSupportFilter): string {
  return filter === 'none' ? NO_EVIDENCE_SQL : ONE_SOURCE_SQL;
}
