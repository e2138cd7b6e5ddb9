/** The map's filters: a tag, a status, a source (claims quoted in it or citing it). */
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import { useSourceList } from '../../app/queries';
import { useQuery } from '../../app/use-query';
import { SelectFilter } from '../../ui/SelectFilter';

export interface MapFilterValues {
  tag?: string;
  status?: ClaimStatus;
  sourceId?: string;
}

export function MapFilters({ values, onChange }: { values: MapFilterValues; onChange(values: MapFilterValues): void }) {
  const { data: sources } = useSourceList('title', '');
  const tags = useQuery('tags.list', {}, { keepPrevious: true }).data?.tags ?? [];
  const set = (patch: Partial<MapFilterValues>) => onChange({ ...values, ...patch });
  return (
    <div className="map-filters" role="search" aria-label="Filter the map">
      <SelectFilter label="Map status" anyLabel="Any status" value={values.status} options={Object.entries(CLAIM_STATUSES)} onChange={(status) => set({ status: status as ClaimStatus | undefined })} />
      <SelectFilter label="Map tag" anyLabel="Any tag" value={values.tag} options={tags.map((t) => [t.name, t.name] as const)} onChange={(tag) => set({ tag })} />
      <SelectFilter label="Map source" anyLabel="Any source" className="map-filters__source" value={values.sourceId} options={(sources ?? []).map((s) => [s.id, s.title] as const)} onChange={(sourceId) => set({ sourceId })} />
      {Object.values(values).some(Boolean) && (
        <button type="button" className="button button--small button--quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
