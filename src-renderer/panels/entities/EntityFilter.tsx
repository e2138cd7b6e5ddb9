/** The Claims table's filter by entity: only claims whose passage mentions it. */
import { ENTITY_TYPE_LABELS, ENTITY_TYPES } from '../../../src-main/contract/entities';
import { useQuery } from '../../app/use-query';

export function EntityFilter({ value, onChange }: { value: string | undefined; onChange(id: string | undefined): void }) {
  const entities = useQuery('entities.list', {}, { keepPrevious: true }).data?.entities ?? [];
  return (
    <select className="select select--small ct-filters__entity" aria-label="Entity" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">Any entity</option>
      {value && !entities.some((e) => e.id === value) && <option value={value}>(an entity no longer listed)</option>}
      {ENTITY_TYPES.map((type) => (
        <optgroup key={type} label={ENTITY_TYPE_LABELS[type]}>
          {entities
            .filter((e) => e.type === type)
            .map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
