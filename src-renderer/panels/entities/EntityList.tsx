/** The entities by type (people, organisations, places), each with its mention and source counts: one listbox, one Tab stop, arrows move. */
import { useRef, type KeyboardEvent } from 'react';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, type Entity } from '../../../src-main/contract/entities';
import { plural } from '../../app/labels';
import { targetRow } from '../library/list-keys';

interface Props {
  entities: Entity[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Enter: go into the chosen entity's details. */
  onOpen(id: string): void;
}

export function EntityList({ entities, selectedId, onSelect, onOpen }: Props) {
  const list = useRef<HTMLDivElement>(null);
  // In the order shown: people, then organisations, then places.
  const ordered = ENTITY_TYPES.flatMap((type) => entities.filter((e) => e.type === type));
  const current = Math.max(0, ordered.findIndex((e) => e.id === selectedId));

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (ordered[current]) onOpen(ordered[current].id);
      return;
    }
    const next = targetRow(event.key, current, ordered.length, 10);
    if (next === null) return;
    event.preventDefault();
    onSelect(ordered[next].id);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-entity-id="${ordered[next].id}"]`)?.focus());
  };

  return (
    <div className="entity-list" role="listbox" aria-label="Entities" ref={list} onKeyDown={onKey}>
      {ENTITY_TYPES.map((type) => {
        const ofType = entities.filter((e) => e.type === type);
        if (!ofType.length) return null;
        return (
          <div role="group" aria-labelledby={`entity-group-${type}`} key={type}>
            <h3 className="entity-list__type" id={`entity-group-${type}`}>
              {ENTITY_TYPE_LABELS[type]} <span className="entity-list__count">{ofType.length}</span>
            </h3>
            {ofType.map((e) => (
              <div
                key={e.id}
                role="option"
                aria-selected={e.id === ordered[current]?.id}
                tabIndex={e.id === ordered[current]?.id ? 0 : -1}
                data-entity-id={e.id}
                className={`entity-row${e.id === selectedId ? ' is-selected' : ''}`}
                onClick={() => onSelect(e.id)}
                onDoubleClick={() => onOpen(e.id)}
              >
                <span className="entity-row__name">{e.name}</span>
                {e.aliases.length > 0 && <span className="entity-row__aliases">{e.aliases.slice(0, 3).join(' · ')}</span>}
                <span className="entity-row__counts">
                  {plural(e.mentions, 'mention')} · {plural(e.sources, 'source')}
                </span>
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
