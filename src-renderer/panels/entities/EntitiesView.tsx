/** The Entities centre view: people, organisations and places of every source, by type, and the chosen one's details. */
import { useState } from 'react';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, type EntityType } from '../../../src-main/contract/entities';
import { plural } from '../../app/labels';
import { useQuery } from '../../app/use-query';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { SelectFilter } from '../../ui/SelectFilter';
import { EntityDetail } from './EntityDetail';
import { EntityList } from './EntityList';
import { useEntityBackfill } from './useEntityBackfill';
import '../../styles/entities.css';

export function EntitiesView() {
  const [type, setType] = useState<EntityType | ''>('');
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { data, error } = useQuery('entities.list', {}, { keepPrevious: true });
  const { remaining } = useEntityBackfill(data?.pending);

  if (error && !data) return <EmptyState title="The entities could not be loaded">{error}</EmptyState>;
  if (!data) return <Loading label="Loading the entities…" />;
  const words = filter.trim().toLowerCase();
  const shown = data.entities.filter((e) => (!type || e.type === type) && (!words || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(words))));
  const selected = shown.find((e) => e.id === selectedId) ?? shown[0] ?? null;
  const openDetail = (id: string) => {
    setSelectedId(id);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.entity-mention__open')?.focus());
  };

  return (
    <div className="entities-view">
      <div className="entities-view__side">
        <div className="entities-view__filters">
          <input className="input input--small" type="search" placeholder="Filter by name" aria-label="Filter entities by name" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <SelectFilter label="Entity type" anyLabel="All types" value={type} options={ENTITY_TYPES.map((t) => [t, ENTITY_TYPE_LABELS[t]] as const)} onChange={(v) => setType((v ?? '') as EntityType | '')} />
        </div>
        <p className="entities-view__total" role="status">
          {remaining > 0 ? `Finding entities in older sources… ${plural(remaining, 'source')} to go` : plural(shown.length, 'entity', 'entities')}
        </p>
        {shown.length === 0 ? (
          <p className="entities-view__none">{data.entities.length ? 'No entity matches.' : 'No entities yet: import a source, and its people, organisations and places are listed here.'}</p>
        ) : (
          <EntityList entities={shown} selectedId={selected?.id ?? null} onSelect={setSelectedId} onOpen={openDetail} />
        )}
      </div>
      <div className="entities-view__detail">
        {selected ? <EntityDetail entityId={selected.id} all={data.entities} onGone={() => setSelectedId(null)} /> : <EmptyState title="No entity chosen" />}
      </div>
    </div>
  );
}
