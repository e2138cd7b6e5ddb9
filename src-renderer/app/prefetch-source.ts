/**
 * The reads the reader opens a source with (its text, its marks, the passages cited from it),
 * started as the analyst's choice is dispatched rather than once React has drawn it: the
 * requests are on their way while the panes render. The reader's own queries share them.
 */
import type { Action } from './state';
import { queryCache } from './use-query';

function sourceOf(action: Action): string | null {
  switch (action.type) {
    case 'selectSource':
    case 'openClaim':
      return action.sourceId ?? null;
    case 'showPassage':
    case 'openSearchHit':
      return action.sourceId;
    default:
      return null;
  }
}

export function prefetchSourceOf(action: Action): void {
  const sourceId = sourceOf(action);
  if (!sourceId) return;
  const cache = queryCache();
  // fetch answers from the cache when it can, or joins a request already on its way.
  cache.fetch('sources.get', { id: sourceId }).catch(() => undefined);
  cache.fetch('claims.marks', { sourceId }).catch(() => undefined);
  cache.fetch('evidence.bySource', { sourceId }).catch(() => undefined);
}
