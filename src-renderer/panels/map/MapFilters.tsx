/** The map's filters: a tag, a status, a source (claims quoted in it or citing it). */
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import { useSourceList } from '../../app/queries';
import { useQuery } from '../../app/use-query';

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
      <select className="select select--small" aria-label="Map status" value={values.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as ClaimStatus | undefined })}>
        <option value="">Any status</option>
        {Object.entries(CLAIM_STATUSES).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <select className="select select--small" aria-label="Map tag" value={values.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
        <option value="">Any tag</option>
        {tags.map((t) => (
          <option key={t.name} value={t.name}>
            {t.name}
          </option>
        ))}
      </select>
      <select className="select select--small map-filters__source" aria-label="Map source" value={values.sourceId ?? ''} onChange={(e) => set({ sourceId: e.target.value || undefined })}>
        <option value="">Any source</option>
        {(sources ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      {Object.values(values).some(Boolean) && (
        <button type="button" className="button button--small button--quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
