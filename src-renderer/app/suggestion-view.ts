/**
 * Whether the reader underlines a source's suggested passages: the analyst's choice per source
 * while the app runs; until they choose, the caller's default (on for a source that had no claims
 * when opened, off for one that had some: its claim marks come first).
 */
import { useCallback, useSyncExternalStore } from 'react';

const chosen = new Map<string, boolean>();
const listeners = new Set<() => void>();
let version = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSuggestionsShown(sourceId: string | null, byDefault: boolean): [boolean, (shown: boolean) => void] {
  useSyncExternalStore(subscribe, () => version);
  const shown = sourceId ? (chosen.get(sourceId) ?? byDefault) : false;
  const set = useCallback(
    (value: boolean) => {
      if (!sourceId) return;
      chosen.set(sourceId, value);
      version++;
      for (const l of listeners) l();
    },
    [sourceId],
  );
  return [shown, set];
}
