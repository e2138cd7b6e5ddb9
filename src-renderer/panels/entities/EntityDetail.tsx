/**
 * One entity: its decisions (EntityActions), every mention across the sources with the words
 * around it (Enter or click: the reader at that passage, the entity's mentions marked), and the
 * claims whose passage mentions it.
 */
import type { Entity, EntityMention } from '../../../src-main/contract/entities';
import { call } from '../../app/api';
import { plural } from '../../app/labels';
import { useDispatch } from '../../app/state';
import { useToasts } from '../../app/toasts';
import { useQuery } from '../../app/use-query';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { EntityActions } from './EntityActions';
import { restoreTableView, saveTableView } from '../table/table-view-storage';

/** Roughly the server's name key (case, accents, dots): the entity's own name cannot be split off. */
const nameKey = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[.'’]/gu, '').toLowerCase();

interface Props {
  entityId: string;
  all: Entity[];
  onGone(): void;
}

function focusReader() {
  requestAnimationFrame(() => {
    const doc = document.querySelector<HTMLElement>('.reader-doc');
    doc?.focus();
    if (!doc || document.activeElement !== doc) document.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
  });
}

export function EntityDetail({ entityId, all, onGone }: Props) {
  const dispatch = useDispatch();
  const toasts = useToasts();
  const { data, error } = useQuery('entities.get', { id: entityId }, { keepPrevious: true });
  if (error && !data) return <EmptyState title="This entity could not be shown">{error}</EmptyState>;
  if (!data || data.entity.id !== entityId) return <Loading label="Opening the entity…" />;
  const { entity, mentions, claims } = data;

  const show = (m: EntityMention) => {
    dispatch({ type: 'highlightEntity', entity: { entityId: entity.id, name: entity.name } });
    dispatch({ type: 'showPassage', sourceId: m.sourceId, start: m.start, end: m.end });
    focusReader();
  };
  const showInTable = () => {
    saveTableView({ sort: restoreTableView().sort, filters: { entityId: entity.id } });
    dispatch({ type: 'setView', view: 'claims' });
  };
  const split = async (m: EntityMention) => {
    try {
      const { decisionIds, entity: split } = await call('entities.splitMention', { mentionId: m.id });
      toasts.info(`“${split.name}” is now an entity of its own.`, { label: 'Undo', run: () => void call('entities.undo', { decisionIds }).catch(toasts.failure) });
    } catch (err) {
      toasts.failure(err);
    }
  };
  const splittable = new Set(mentions.filter((m) => nameKey(m.exact) !== nameKey(entity.name)).map((m) => m.exact));
  const shownSplit = new Set<string>();

  return (
    <section className="entity-detail" aria-labelledby="entity-detail-name">
      <h2 id="entity-detail-name" className="entity-detail__name">
        {entity.name}
      </h2>
      <p className="entity-detail__meta">
        {plural(entity.mentions, 'mention')} in {plural(entity.sources, 'source')}
        {entity.aliases.length > 0 && <> · also written {entity.aliases.join(', ')}</>}
      </p>
      <EntityActions key={entity.id + entity.name} entity={entity} others={all.filter((e) => e.id !== entity.id)} onGone={onGone} />
      <h3 className="entity-detail__heading">Mentions</h3>
      <ul className="entity-mentions">
        {mentions.map((m) => {
          const offerSplit = splittable.has(m.exact) && !shownSplit.has(m.exact) && shownSplit.add(m.exact);
          return (
            <li key={m.id} className="entity-mention">
              <button type="button" className="entity-mention__open" onClick={() => show(m)} aria-label={`Show in ${m.sourceTitle}: ${m.exact}`}>
                <span className="entity-mention__source">{m.sourceTitle}</span>
                <span className="entity-mention__snippet">
                  …{m.before}
                  <mark>{m.exact}</mark>
                  {m.after}…
                </span>
              </button>
              {offerSplit && (
                <button type="button" className="button button--small button--quiet" onClick={() => void split(m)} title={`Make every “${m.exact}” an entity of its own`}>
                  Split off “{m.exact}”
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="entity-detail__claims-head">
        <h3 className="entity-detail__heading">Claims that mention it</h3>
        {claims.length > 0 && (
          <button type="button" className="button button--small button--quiet" onClick={showInTable}>
            Show in the Claims table
          </button>
        )}
      </div>
      {claims.length === 0 ? (
        <p className="entity-detail__none">No claim quotes a passage that mentions it.</p>
      ) : (
        <ul className="entity-claims">
          {claims.map((c) => (
            <li key={c.id}>
              <button type="button" className="entity-claim" onClick={() => dispatch({ type: 'openClaim', claimId: c.id, sourceId: c.sourceId })}>
                {c.statement}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
