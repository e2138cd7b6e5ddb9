/** The timeline's controls: grouping, filters (status, tag, source, entity), the suggestions toggle and zoom. */
import { useEffect } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import { useSourceList } from '../../app/queries';
import { useQuery } from '../../app/use-query';
import { SelectFilter } from '../../ui/SelectFilter';
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
        <SelectFilter label="Status" anyLabel="Any status" value={filters.status} options={Object.entries(CLAIM_STATUSES)} onChange={(status) => set({ status: status as ClaimStatus | undefined })} />
        <SelectFilter label="Tag" anyLabel="Any tag" value={filters.tag} options={tags.map((t) => [t, t] as const)} onChange={(tag) => set({ tag })} />
        <SelectFilter label="Source" anyLabel="Any source" className="tl-toolbar__source" value={filters.sourceId} options={(sources ?? []).map((s) => [s.id, s.title] as const)} onChange={(sourceId) => set({ sourceId })} />
        <SelectFilter
          label="Entity"
          anyLabel="Any entity"
          className="tl-toolbar__entity"
          value={filters.entityId}
          options={(entities ?? []).map((en) => [en.id, `${en.name} (${ENTITY_KIND[en.type]})`] as const)}
          onChange={(entityId) => set({ entityId })}
        />
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
