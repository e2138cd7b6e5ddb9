/**
 * The Map centre view: sources, claims and evidence links as a network (MapCanvas), the same as a
 * keyboard list (MapList) with the selection shared, filters by tag, status and source, and a
 * focus on one claim's two-hop neighbourhood (and back).
 */
import { useCallback, useMemo, useState } from 'react';
import type { MapGraph } from '../../../src-main/contract/methods-map';
import { plural } from '../../app/labels';
import { useDispatch } from '../../app/state';
import { useQuery } from '../../app/use-query';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { MapCanvas, type MapSelection } from './MapCanvas';
import { describe, listRows, rowText, type MapElement } from './map-elements';
import { MapFilters, type MapFilterValues } from './MapFilters';
import { MapLegend } from './MapLegend';
import { MapList } from './MapList';
import { openMapElement } from './map-open';
import '../../styles/map.css';

const EMPTY: MapGraph = { nodes: [], edges: [], truncated: false, matchingClaims: 0 };

export function MapView() {
  const dispatch = useDispatch();
  const [filters, setFilters] = useState<MapFilterValues>({});
  // Off by default: every claim names several people and places, and they crowd the map.
  const [showEntities, setShowEntities] = useState(false);
  const [focus, setFocus] = useState<{ claimId: string; label: string } | null>(null);
  const [selection, setSelection] = useState<MapSelection>({ id: null, fromList: false });
  const { data, error, loading } = useQuery('map.graph', { ...filters, focusClaimId: focus?.claimId, entities: showEntities || undefined }, { keepPrevious: true });
  const graph = data ?? EMPTY;

  const elements = useMemo(() => new Map<string, MapElement>([...graph.nodes, ...graph.edges].map((e) => [e.id, e])), [graph]);
  const labelOf = useCallback(
    (nodeId: string) => {
      const node = elements.get(nodeId);
      return node?.kind === 'source' || node?.kind === 'entity' ? node.label : 'another source';
    },
    [elements],
  );
  const describeId = useCallback(
    (id: string) => {
      const element = elements.get(id);
      return element ? describe(element, labelOf) : '';
    },
    [elements, labelOf],
  );
  const rows = useMemo(() => listRows(graph), [graph]);
  const open = useCallback(
    (id: string) => {
      const element = elements.get(id);
      if (element) openMapElement(dispatch, element, graph);
    },
    [elements, dispatch, graph],
  );
  const focusOn = useCallback(
    (id: string) => {
      const element = elements.get(id);
      if (element?.kind !== 'claim') return;
      setFocus({ claimId: element.claimId, label: element.label });
      setSelection({ id, fromList: true });
    },
    [elements],
  );

  const selected = selection.id ? elements.get(selection.id) : undefined;
  const claims = graph.nodes.filter((n) => n.kind === 'claim').length;
  const sources = graph.nodes.filter((n) => n.kind === 'source').length;
  const links = graph.edges.filter((e) => e.kind === 'evidence').length;
  const entities = graph.nodes.filter((n) => n.kind === 'entity').length;

  return (
    <section className="map-view" aria-label="Evidence map">
      <div className="pane-header">
        <h2 className="pane-header__title">Evidence map</h2>
        <span className="muted map-view__count" aria-live="polite">
          {data ? `${plural(claims, 'claim')} · ${plural(sources, 'source')} · ${plural(links, 'evidence link')}${showEntities ? ` · ${plural(entities, 'entity', 'entities')}` : ''}` : ''}
          {graph.truncated ? ` (the ${claims} most recently changed of ${graph.matchingClaims}: filter to see the others)` : ''}
        </span>
      </div>
      <div className="map-view__bar">
        <MapFilters values={filters} onChange={(f) => { setFilters(f); setFocus(null); }} />
        <label className="map-view__check">
          <input type="checkbox" checked={showEntities} onChange={(e) => setShowEntities(e.target.checked)} />
          Show entities
        </label>
        {focus ? (
          <span className="map-view__focus">
            <span className="map-view__focus-label">Two hops around “{focus.label.length > 60 ? `${focus.label.slice(0, 59)}…` : focus.label}”</span>
            <button type="button" className="button button--small" onClick={() => setFocus(null)}>Back to the whole map</button>
          </span>
        ) : (
          <button type="button" className="button button--small" disabled={selected?.kind !== 'claim'} onClick={() => selection.id && focusOn(selection.id)} title="Select a claim, then show only what lies within two links of it (F in the list)">
            Focus on the selected claim
          </button>
        )}
      </div>
      <MapLegend entities={showEntities} />
      {error && <p className="field__error map-view__error" role="alert">{error}</p>}
      {!data && loading ? (
        <Loading label="Drawing the map…" />
      ) : data && graph.nodes.length === 0 ? (
        <EmptyState title={focus || Object.values(filters).some(Boolean) ? 'Nothing matches' : 'Nothing to map yet'}>
          {focus || Object.values(filters).some(Boolean) ? 'No claim matches these filters. Clear them to see the whole map.' : 'Import sources and make claims; their evidence links are drawn here as a network.'}
        </EmptyState>
      ) : (
        <div className="map-view__body">
          <MapCanvas graph={graph} selection={selection} onSelect={(id) => setSelection({ id, fromList: false })} onOpen={open} describe={describeId} />
          <div className="map-view__side">
            <MapList rows={rows} selectedId={selection.id} onSelect={(id) => setSelection({ id, fromList: true })} onOpen={open} onFocusClaim={focusOn} describe={(row) => describe(row.element, labelOf)} text={(row) => rowText(row.element, labelOf)} />
            <p className="map-view__detail" aria-live="polite">
              {selection.id ? describeId(selection.id) : 'Select a node or link (click it, or use the list) to read it here; Enter or a click opens it.'}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
