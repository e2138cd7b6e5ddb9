/** The timeline's controls: grouping, filters (status, tag, source), the suggestions toggle and zoom. */
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import { useSourceList } from '../../app/queries';
import type { GroupBy } from './layout';

export interface TimelineFilters {
  status?: ClaimStatus;
  tag?: string;
  sourceId?: string;
  // ENTITY FILTER SLOT: `entityId?: string` once entities are merged (and a select below).
  suggestions: boolean;
}

interface Props {
  filters: TimelineFilters;
  onFilters(filters: TimelineFilters): void;
  groupBy: GroupBy;
  onGroupBy(groupBy: GroupBy): void;
  tags: string[];
  onZoom(direction: 'in' | 'out' | 'fit'): void;
}

export function TimelineToolbar({ filters, onFilters, groupBy, onGroupBy, tags, onZoom }: Props) {
  const { data: sources } = useSourceList('title', '');
  const set = (patch: Partial<TimelineFilters>) => onFilters({ ...filters, ...patch });
  return (
    <div className="tl-toolbar">
      <div className="tl-toolbar__group" role="search" aria-label="Filter the timeline">
        <select className="select select--small" aria-label="Group by" value={groupBy} onChange={(e) => onGroupBy(e.target.value as GroupBy)}>
          <option value="source">Lanes by source</option>
          <option value="tag">Lanes by tag</option>
        </select>
        <select className="select select--small" aria-label="Status" value={filters.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as ClaimStatus | undefined })}>
          <option value="">Any status</option>
          {Object.entries(CLAIM_STATUSES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <select className="select select--small" aria-label="Tag" value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <select className="select select--small tl-toolbar__source" aria-label="Source" value={filters.sourceId ?? ''} onChange={(e) => set({ sourceId: e.target.value || undefined })}>
          <option value="">Any source</option>
          {(sources ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        {/* ENTITY FILTER SLOT: an "Entity" select here once entities are merged. */}
        <label className="tl-toolbar__check">
          <input type="checkbox" checked={filters.suggestions} onChange={(e) => set({ suggestions: e.target.checked })} />
          Suggestions with a date
        </label>
      </div>
      <div className="tl-toolbar__group" role="group" aria-label="Zoom">
        <button type="button" className="button button--small" aria-label="Zoom out" title="Zoom out (−)" onClick={() => onZoom('out')}>
          −
        </button>
        <button type="button" className="button button--small" aria-label="Zoom in" title="Zoom in (+)" onClick={() => onZoom('in')}>
          +
        </button>
        <button type="button" className="button button--small" title="Show everything (0)" onClick={() => onZoom('fit')}>
          Fit
        </button>
      </div>
    </div>
  );
}
