/**
 * In the reader: marks every mention of the entity chosen in the Entities view (CSS Custom
 * Highlights over the plain-text offsets, like search hits), with a bar saying how many there are
 * here, a choice of another entity of this source, and a button to stop.
 */
import { useEffect, type RefObject } from 'react';
import { useAppState, useDispatch } from '../../app/state';
import { useQuery } from '../../app/use-query';
import { plural } from '../../app/labels';
import type { ReaderHandle } from '../../editor/reader/ReaderEditor';

const HIGHLIGHT = 'casebook-entity';
const registry = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);

export function EntityMarks({ reader, sourceId }: { reader: RefObject<ReaderHandle | null>; sourceId: string }) {
  const { entityHighlight } = useAppState();
  const dispatch = useDispatch();
  const entityId = entityHighlight?.entityId ?? null;
  const { data } = useQuery('entities.get', entityId ? { id: entityId } : null);
  const here = useQuery('entities.list', entityHighlight ? { sourceId } : null).data?.entities;
  const mentions = data && data.entity.id === entityId ? data.mentions.filter((m) => m.sourceId === sourceId) : null;

  useEffect(() => {
    const handle = reader.current;
    if (!handle || !mentions?.length) return;
    let retry = 0;
    const paint = () => {
      cancelAnimationFrame(retry);
      const ranges = handle.domRanges(mentions);
      if (!ranges) return void (retry = requestAnimationFrame(paint));
      registry()?.set(HIGHLIGHT, new Highlight(...ranges.flat()));
    };
    paint();
    const unsubscribe = handle.onDomChange(paint);
    return () => {
      cancelAnimationFrame(retry);
      unsubscribe();
      registry()?.delete(HIGHLIGHT);
    };
  }, [reader, mentions]);

  if (!entityHighlight) return null;
  const name = data?.entity.name ?? entityHighlight.name;
  return (
    <div className="entity-marks" role="region" aria-label="Entity marked in the text">
      <span className="entity-marks__swatch" aria-hidden />
      <span role="status">{mentions ? (mentions.length ? `${plural(mentions.length, 'mention')} of ${name} marked in this source` : `No mention of ${name} in this source`) : `Marking ${name}…`}</span>
      {here && here.length > 1 && (
        <select
          className="select select--small"
          aria-label="Mark another entity of this source"
          value={entityId ?? ''}
          onChange={(e) => {
            const other = here.find((x) => x.id === e.target.value);
            if (other) dispatch({ type: 'highlightEntity', entity: { entityId: other.id, name: other.name } });
          }}
        >
          {!here.some((x) => x.id === entityId) && <option value={entityId ?? ''}>{name}</option>}
          {here.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="button button--small button--quiet" onClick={() => dispatch({ type: 'highlightEntity', entity: null })}>
        Stop marking
      </button>
    </div>
  );
}
