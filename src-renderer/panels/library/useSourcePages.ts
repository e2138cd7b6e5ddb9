/**
 * The library's rows, a page at a time: the first page as soon as the sort or filter changes, the
 * others as rows scroll into view, through the query cache. Kept fresh by change events (the visible pages are read again,
 * coalesced); what was shown stays until its replacement arrives, so filtering does not blink.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SourceSummary } from '../../../src-main/contract/domain';
import { messageOf } from '../../app/api';
import { onChange } from '../../app/changes';
import type { SourceSort } from '../../app/queries';
import { queryCache } from '../../app/use-query';

export const PAGE_SIZE = 100;

interface Loaded {
  /** Which list these pages belong to (sort and filter). */
  listKey: string;
  total: number;
  /** Every source in the notebook (differs from `total` while a filter is on). */
  everything: number;
  pages: Map<number, SourceSummary[]>;
}

export interface SourcePages {
  loaded: Loaded | null;
  error: string | null;
  rowAt(index: number): SourceSummary | undefined;
  /** Rows first..last are on screen: fetch their pages if they are not here yet. */
  showing(first: number, last: number): void;
}

const pagesOf = (first: number, last: number) => {
  const out: number[] = [];
  for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(Math.max(first, last) / PAGE_SIZE); p++) out.push(p);
  return out;
};

export function useSourcePages(sort: SourceSort, filter: string): SourcePages {
  const words = filter.trim();
  const listKey = `${sort}\u0000${words}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const visible = useRef({ first: 0, last: 0 });
  const everythingRef = useRef<number | null>(null);

  /** Reads `pages` of the current list; `replace` drops every other page (a new list, or a refresh). */
  const load = useCallback(
    (pages: number[], replace: boolean) => {
      const mine = generation.current;
      const query = { sort, filter: words || undefined };
      // The notebook's size, for "37 of 10,000 match": known from the unfiltered list, or asked for once.
      const known = everythingRef.current;
      const everything = words && replace && known === null ? queryCache().fetch('sources.list', { limit: 1 }).then((v) => v.total) : known;
      Promise.all([Promise.all(pages.map((p) => queryCache().fetch('sources.list', { ...query, offset: p * PAGE_SIZE, limit: PAGE_SIZE }))), everything]).then(
        ([results, all]) => {
          if (mine !== generation.current) return;
          setError(null);
          setLoaded((prev) => {
            const keep = !replace && prev?.listKey === listKey;
            const next = new Map(keep ? prev.pages : []);
            pages.forEach((p, i) => next.set(p, results[i].sources));
            const total = results[results.length - 1].total;
            const everythingNow = words ? (all ?? prev?.everything ?? total) : total;
            everythingRef.current = everythingNow;
            return { listKey, total, everything: everythingNow, pages: next };
          });
        },
        (err: unknown) => {
          if (mine !== generation.current) return;
          pages.forEach((p) => requested.current.delete(p));
          setError(messageOf(err));
        },
      );
    },
    [sort, words, listKey],
  );

  useEffect(() => {
    generation.current++;
    requested.current = new Set([0]);
    visible.current = { first: 0, last: 0 };
    load([0], true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onChange((e) => {
      if (!(e.entity === 'source' || e.entity === 'notebook' || (e.entity === 'claim' && e.action !== 'updated'))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        generation.current++;
        everythingRef.current = null;
        const pages = [...new Set([0, ...pagesOf(visible.current.first, visible.current.last)])];
        requested.current = new Set(pages);
        load(pages, true);
      }, 60);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [load]);

  const rowAt = useCallback((index: number) => loaded?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [loaded]);

  const showing = useCallback(
    (first: number, last: number) => {
      visible.current = { first, last };
      const missing = pagesOf(first, last).filter((p) => !requested.current.has(p));
      if (missing.length === 0) return;
      missing.forEach((p) => requested.current.add(p));
      load(missing, false);
    },
    [load],
  );

  return { loaded, error, rowAt, showing };
}
