/** A brief's optional chronology: its claims that have an event date, in time order. */
import { dateSpan } from '../core/timeline';
import type { ModelClaim } from './brief-model';

export interface ChronologyEntry {
  /** As recorded: 2024, 2024-01 or 2024-01-15. */
  date: string;
  /** The claim's label in the brief (C1, C2…). */
  label: string;
  statement: string;
  statusLabel: string;
  sourceTitle: string;
}

const RANK = { year: 0, month: 1, day: 2 } as const;

/** In time order: the first day a date covers, then the coarser date first (2024 before 2024-01), then the brief's order. */
export function chronologyOf(claims: ModelClaim[]): ChronologyEntry[] {
  return claims
    .map((claim, index) => ({ claim, index, span: claim.eventDate ? dateSpan(claim.eventDate) : null }))
    .filter((e): e is typeof e & { span: NonNullable<typeof e.span> } => e.span !== null)
    .sort((a, b) => a.span.from.localeCompare(b.span.from) || RANK[a.span.precision] - RANK[b.span.precision] || a.index - b.index)
    .map(({ claim }) => ({
      date: claim.eventDate,
      label: claim.label,
      statement: claim.statement,
      statusLabel: claim.statusLabel,
      sourceTitle: claim.source.title,
    }));
}
