/**
 * Claims looked up one by one (the brief's claim references), shared and kept current by change
 * events: a reference shows the claim's statement and status as they are now.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Claim } from '../../src-main/contract/domain';
import { ApiFailure, call } from './api';
import { onChange } from './changes';

export type CachedClaim = { state: 'loading' } | { state: 'ok'; claim: Claim } | { state: 'missing' } | { state: 'error' };

const entries = new Map<string, CachedClaim>();
const subscribers = new Map<string, Set<() => void>>();
let listening = false;

function set(id: string, entry: CachedClaim): void {
  entries.set(id, entry);
  for (const notify of subscribers.get(id) ?? []) notify();
}

function fetchClaim(id: string): void {
  call('claims.get', { id }).then(
    (v) => set(id, { state: 'ok', claim: v.claim }),
    (err: unknown) => set(id, err instanceof ApiFailure && err.code === 'NOT_FOUND' ? { state: 'missing' } : { state: 'error' }),
  );
}

function listen(): void {
  if (listening) return;
  listening = true;
  onChange((event) => {
    if (event.entity === 'claim' && subscribers.has(event.id)) {
      if (event.action === 'deleted') set(event.id, { state: 'missing' });
      else fetchClaim(event.id);
    } else if (event.entity === 'notebook') {
      for (const id of subscribers.keys()) fetchClaim(id);
    }
  });
}

function subscribe(id: string, notify: () => void): () => void {
  listen();
  let set = subscribers.get(id);
  if (!set) subscribers.set(id, (set = new Set()));
  set.add(notify);
  // First one to look since nobody was watching: what is cached may be stale.
  if (set.size === 1) {
    if (!entries.has(id)) entries.set(id, { state: 'loading' });
    fetchClaim(id);
  }
  return () => {
    set.delete(notify);
    if (set.size === 0) subscribers.delete(id);
  };
}

const LOADING: CachedClaim = { state: 'loading' };

export function useCachedClaim(id: string): CachedClaim {
  const subscribeToId = useCallback((notify: () => void) => subscribe(id, notify), [id]);
  return useSyncExternalStore(subscribeToId, () => entries.get(id) ?? LOADING);
}
