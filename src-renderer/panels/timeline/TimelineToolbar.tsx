/** The timeline's controls: grouping, filters (status, tag, source, entity), the suggestions toggle and zoom. */
import { useEffect } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import { useSourceList } from '../../app/queries';
import { useQuery } from '../../app/use-query';
import type { EntityType } from '../../../src-main/contract/entities';
import type { GroupBy } from './layout';

const ENTITY_KIND: Record<EntityType, string> = { person: 'person', organization: 'organisation', place: 'place' };

export interface TimelineFilters {
  status?: ClaimStatus;
  tag?: string;
  sourceId?: string;
  /** Claims whose passage mentions this entity. */
  entityId?: string;
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
  const entities = useQuery('entities.list', {}, { keepPrevious: true }).data?.entities;
  // An entity chosen earlier may have been merged or deleted since: drop it from the filter.
  const entityGone = Boolean(entities && filters.entityId && !entities.some((en) => en.id === filters.entityId));
  useEffect(() => {
    if (entityGone) onFilters({ ...filters, entityId: undefined });
  }, [entityGone, filters, onFilters]);
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
        <select className="select select--small tl-toolbar__entity" aria-label="Entity" value={filters.entityId ?? ''} onChange={(e) => set({ entityId: e.target.value || undefined })}>
          <option value="">Any entity</option>
          {(entities ?? []).map((en) => (
            <option key={en.id} value={en.id}>
              {en.name} ({ENTITY_KIND[en.type]})
            </option>
          ))}
        </select>
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
