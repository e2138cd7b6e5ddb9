/**
 * Components read server data through `useQuery(method, input)`: one shared cache (query-cache.ts)
 * fed by this page's calls and kept current by change events, wherever they come from.
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { MethodInput, MethodOutput } from '../../src-main/contract/methods';
import { ApiFailure, call, messageOf } from './api';
import { onChange } from './changes';
import { QueryCache, queryKey, type CachedMethod, type QuerySnapshot } from './query-cache';

let shared: QueryCache | null = null;

/** The page's cache, listening to every change from the first use on (for the page's lifetime). */
export function queryCache(): QueryCache {
  if (!shared) {
    const cache = new QueryCache(call);
    onChange((event) => cache.changed(event));
    shared = cache;
  }
  return shared;
}

export interface Loaded<T> {
  data: T | undefined;
  /** The failure in the analyst's words. */
  error: string | null;
  notFound: boolean;
  loading: boolean;
  reload(): void;
}

const NOTHING: QuerySnapshot<never> = { data: undefined, error: null, loading: false };
const noSubscription = () => () => undefined;

/**
 * The answer of a read method, current as changes arrive; `input: null` reads nothing. With
 * `keepPrevious`, the last answer stays shown while a new input loads (a list being filtered does
 * not blink).
 */
export function useQuery<M extends CachedMethod>(method: M, input: MethodInput<M> | null, { keepPrevious = false } = {}): Loaded<MethodOutput<M>> {
  const key = input === null ? null : queryKey(method, input);
  const inputRef = useRef(input);
  inputRef.current = input;

  const subscribe = useCallback(
    (notify: () => void) => (key === null || inputRef.current === null ? noSubscription() : queryCache().subscribe(method, inputRef.current, notify)),
    // The key stands for the input.
    [method, key],
  );
  const snapshot = useCallback(
    () => (key === null || inputRef.current === null ? NOTHING : queryCache().snapshot(method, inputRef.current)),
    [method, key],
  );
  const current = useSyncExternalStore(subscribe, snapshot);

  const previous = useRef<MethodOutput<M> | undefined>(undefined);
  if (current.data !== undefined) previous.current = current.data;
  const data = current.data ?? (keepPrevious && key !== null && !current.error ? previous.current : undefined);

  const reload = useCallback(() => {
    if (inputRef.current !== null) queryCache().reload(method, inputRef.current);
  }, [method]);

  const { error } = current;
  const message = useMemo(() => (error ? messageOf(error) : null), [error]);
  return {
    data,
    error: message,
    notFound: error instanceof ApiFailure && error.code === 'NOT_FOUND',
    loading: key !== null && (current.loading || (current.data === undefined && !error)),
    reload,
  };
}
