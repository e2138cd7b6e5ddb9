/**
 * One stream of change events for the whole page: what the API reports (the bridge or IPC), plus
 * what this page learns from its own writes' results, so panels refresh even before the event
 * arrives. Listeners must be idempotent: the same change may be announced twice.
 */
import type { ChangeEvent } from '../../src-main/contract/methods';
import { getClient } from '../platform';

type Listener = (event: ChangeEvent) => void;

const listeners = new Set<Listener>();
let unsubscribeClient: (() => void) | null = null;

function deliver(event: ChangeEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (err) {
      console.error('[casebook] change listener failed', err);
    }
  }
}

export function onChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!unsubscribeClient) unsubscribeClient = getClient().onChange(deliver);
  return () => {
    listeners.delete(listener);
  };
}

/** Announces a change this page made itself. */
export function announce(event: ChangeEvent): void {
  deliver(event);
}
