/** Rename, change the type, merge into another, delete: the analyst's decisions, each with Undo in its message. */
import { useState, type FormEvent } from 'react';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../../src-main/contract/entities';
import { call } from '../../app/api';
import { useToasts } from '../../app/toasts';
import { OptionList } from '../../ui/SelectFilter';

interface Props {
  entity: Entity;
  /** Others it could be merged into (same notebook), by name. */
  others: Entity[];
  onGone(): void;
}

const TYPE_NAMES: Record<EntityType, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };

export function EntityActions({ entity, others, onGone }: Props) {
  const toasts = useToasts();
  const [name, setName] = useState(entity.name);
  const [mergeWith, setMergeWith] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async (run: () => Promise<{ decisionIds: number[] }>, done: string) => {
    setBusy(true);
    try {
      const { decisionIds } = await run();
      toasts.info(done, { label: 'Undo', run: () => void call('entities.undo', { decisionIds }).catch(toasts.failure) });
      return true;
    } catch (err) {
      toasts.failure(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const rename = (event: FormEvent) => {
    event.preventDefault();
    const to = name.trim();
    if (!to || to === entity.name) return;
    void decide(() => call('entities.rename', { id: entity.id, name: to }), `Renamed “${entity.name}” to “${to}”.`);
  };
  const setType = (type: EntityType) => void decide(() => call('entities.setType', { id: entity.id, type }), `“${entity.name}” is now a ${TYPE_NAMES[type].toLowerCase()}.`);
  const merge = async () => {
    const into = others.find((o) => o.id === mergeWith);
    if (!into) return;
    if (await decide(() => call('entities.merge', { ids: [into.id, entity.id] }), `Merged “${entity.name}” into “${into.name}”.`)) onGone();
  };
  const remove = async () => {
    if (await decide(() => call('entities.delete', { id: entity.id }), `“${entity.name}” is no longer listed as an entity.`)) onGone();
  };

  return (
    <div className="entity-actions">
      <form className="entity-actions__row" onSubmit={rename}>
        <label htmlFor="entity-name">Name</label>
        <input id="entity-name" className="input input--small" value={name} onChange={(e) => setName(e.target.value)} maxLength={300} />
        <button type="submit" className="button button--small" disabled={busy || !name.trim() || name.trim() === entity.name}>
          Rename
        </button>
      </form>
      <div className="entity-actions__row">
        <label htmlFor="entity-type">Type</label>
        <select id="entity-type" className="select select--small" value={entity.type} disabled={busy} onChange={(e) => setType(e.target.value as EntityType)}>
          <OptionList options={ENTITY_TYPES.map((t) => [t, TYPE_NAMES[t]] as const)} />
        </select>
      </div>
      <div className="entity-actions__row">
        <label htmlFor="entity-merge">Same as</label>
        <select id="entity-merge" className="select select--small entity-actions__merge" value={mergeWith} onChange={(e) => setMergeWith(e.target.value)}>
          <option value="">choose an entity…</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({TYPE_NAMES[o.type].toLowerCase()})
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" disabled={busy || !mergeWith} onClick={() => void merge()}>
          Merge into it
        </button>
      </div>
      <div className="entity-actions__row">
        <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => void remove()}>
          Not an entity
        </button>
      </div>
    </div>
  );
}
