/**
 * What opening an element of the map does: a claim opens in the claims pane, a source or an
 * evidence link in the reader; an entity (or a mention) opens the reader at a claim mentioning it,
 * with the entity's mentions marked.
 */
import type { Dispatch } from 'react';
import type { Action } from '../../app/state';
import type { MapGraph } from '../../../src-main/contract/methods-map';
import type { MapElement } from './map-elements';

/** The reader takes the focus once it shows the passage (the map went away with the focus). */
function focusReader(): void {
  requestAnimationFrame(() => {
    const doc = document.querySelector<HTMLElement>('.reader-doc');
    doc?.focus();
    if (!doc || document.activeElement !== doc) document.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
  });
}

export function openMapElement(dispatch: Dispatch<Action>, element: MapElement, graph: MapGraph): void {
  const claimOf = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId);
  switch (element.kind) {
    case 'claim':
      dispatch({ type: 'openClaim', claimId: element.claimId, sourceId: element.sourceId });
      return;
    case 'source':
      dispatch({ type: 'selectSource', sourceId: element.sourceId });
      focusReader();
      return;
    case 'evidence': {
      const claim = claimOf(element.source);
      const claimId = claim?.kind === 'claim' ? claim.claimId : undefined;
      if (element.start !== null && element.end !== null) {
        dispatch({ type: 'showPassage', sourceId: element.sourceId, start: element.start, end: element.end, claimId });
      } else {
        dispatch({ type: 'selectSource', sourceId: element.sourceId });
        if (claimId) dispatch({ type: 'openClaim', claimId });
      }
      focusReader();
      return;
    }
    case 'quoted': {
      const claim = claimOf(element.source);
      if (claim?.kind !== 'claim') return;
      dispatch({ type: 'showPassage', sourceId: claim.sourceId, start: claim.start, end: claim.end, claimId: claim.claimId });
      focusReader();
      return;
    }
    case 'entity':
    case 'mention': {
      const entity = element.kind === 'entity' ? element : claimOf(element.target);
      const edge = element.kind === 'mention' ? element : graph.edges.find((e) => e.kind === 'mention' && e.target === element.id);
      const claim = edge ? claimOf(edge.source) : undefined;
      if (entity?.kind !== 'entity' || claim?.kind !== 'claim') return;
      dispatch({ type: 'highlightEntity', entity: { entityId: entity.entityId, name: entity.label } });
      dispatch({ type: 'showPassage', sourceId: claim.sourceId, start: claim.start, end: claim.end, claimId: claim.claimId });
      focusReader();
      return;
    }
  }
}
