/**
 * The claims table's rows, fetched a page at a time (through the query cache) as they scroll into view. Sorting and
 * filtering happen in the notebook (claims.query); a change to claims refetches the pages shown,
 * keeping the old rows on screen until the new ones arrive.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimTableRow } from '../../../src-main/contract/claim-table';
import type { MethodInput } from '../../../src-main/contract/methods';
import { call, messageOf } from '../../app/api';
import { queryCache } from '../../app/use-query';
import { onChange } from '../../app/changes';

export type ClaimTableQuery = Omit<MethodInput<'claims.query'>, 'offset' | 'limit' | 'withIds'>;

export const PAGE_SIZE = 100;

export interface ClaimTable {
  total: number | undefined;
  error: string | null;
  rowAt(index: number): ClaimTableRow | undefined;
  /** Asks for the rows from `first` to `last` (inclusive) to be loaded. */
  need(first: number, last: number): void;
  /** The ids of every matching claim, in the table's order. */
  allIds(): Promise<string[]>;
}

export function useClaimTable(query: ClaimTableQuery): ClaimTable {
  const key = JSON.stringify(query);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, ClaimTableRow[]>());
  /** What was shown before a refresh, shown until the fresh page arrives. */
  const stale = useRef(new Map<number, ClaimTableRow[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const wanted = useRef<[number, number]>([0, PAGE_SIZE - 1]);
  const queryRef = useRef(query);
  queryRef.current = query;

  const loadPage = useCallback((page: number) => {
    if (loading.current.has(page)) return;
    loading.current.add(page);
    const mine = generation.current;
    queryCache().fetch('claims.query', { ...queryRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (v) => {
        if (mine !== generation.current) return;
        loading.current.delete(page);
        pages.current.set(page, v.claims);
        setTotal(v.total);
        setError(null);
        setVersion((n) => n + 1);
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        loading.current.delete(page);
        setError(messageOf(err));
      },
    );
  }, []);

  const need = useCallback(
    (first: number, last: number) => {
      wanted.current = [first, last];
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(Math.max(first, last) / PAGE_SIZE); p++) if (!pages.current.has(p)) loadPage(p);
    },
    [loadPage],
  );

  /** Forgets every page (new query, or the notebook changed) and loads what is on screen again. */
  const refresh = useCallback(
    (keepShown: boolean) => {
      generation.current++;
      loading.current.clear();
      // The rows shown stay until fresh ones arrive (a refresh after an edit does not blink).
      stale.current = keepShown ? new Map([...stale.current, ...pages.current]) : new Map();
      pages.current = new Map();
      const [first, last] = wanted.current;
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) loadPage(p);
      setVersion((n) => n + 1);
    },
    [loadPage],
  );

  useEffect(() => {
    wanted.current = [0, PAGE_SIZE - 1];
    setTotal(undefined);
    refresh(false);
  }, [key, refresh]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onChange((event) => {
      if (event.entity === 'brief') return;
      clearTimeout(timer);
      timer = setTimeout(() => refresh(true), 80);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [refresh]);

  return {
    total,
    error,
    rowAt: (index) => {
      const page = Math.floor(index / PAGE_SIZE);
      return (pages.current.get(page) ?? stale.current.get(page))?.[index % PAGE_SIZE];
    },
    need,
    allIds: async () => (await call('claims.query', { ...queryRef.current, limit: 1, withIds: true })).ids ?? [],
  };
}
