/**
 * Data hooks over the API, kept fresh by change events. A failed load gives a readable `error`;
 * refreshes are coalesced so a burst of changes costs one request.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Block, BriefCitation, Claim, EvidenceCitation, EvidenceLink, Source, SourceSummary } from '../../src-main/contract/domain';
import { ApiFailure, call, messageOf } from './api';
import type { ChangeEvent } from '../../src-main/contract/methods';
import { onChange } from './changes';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  notFound: boolean;
  loading: boolean;
}

/**
 * Loads with `load`, and again (coalesced) whenever `refreshOn` accepts a change. With
 * `keepPrevious`, what was shown stays while new inputs load (a list being filtered does not blink).
 */
export function useApiData<T>(
  load: (() => Promise<T>) | null,
  deps: readonly unknown[],
  refreshOn: (event: ChangeEvent) => boolean,
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
): Loaded<T> & { reload(): void } {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: null, notFound: false, loading: load !== null });
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const refreshRef = useRef(refreshOn);
  refreshRef.current = refreshOn;

  const run = useCallback((fresh: boolean) => {
    const current = loadRef.current;
    const mine = ++generation.current;
    if (!current) {
      setState({ data: undefined, error: null, notFound: false, loading: false });
      return;
    }
    if (fresh) setState({ data: undefined, error: null, notFound: false, loading: true });
    current().then(
      (data) => mine === generation.current && setState({ data, error: null, notFound: false, loading: false }),
      (err: unknown) =>
        mine === generation.current &&
        setState((s) => ({ data: fresh ? undefined : s.data, error: messageOf(err), notFound: err instanceof ApiFailure && err.code === 'NOT_FOUND', loading: false })),
    );
  }, []);

  useEffect(() => {
    run(!keepPrevious);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onChange((event) => {
      if (!refreshRef.current(event)) return;
      clearTimeout(timer);
      timer = setTimeout(() => run(false), 60);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, deps);

  return { ...state, reload: () => run(false) };
}

export type SourceSort = 'title' | 'capturedAt' | 'publishedAt' | 'reliability' | 'claimCount';

export function useSourceList(sort: SourceSort, filter: string) {
  return useApiData(
    () => call('sources.list', { sort, filter: filter.trim() || undefined }).then((v) => v.sources),
    [sort, filter],
    (e) => e.entity === 'source' || e.entity === 'notebook' || (e.entity === 'claim' && e.action !== 'updated'),
    { keepPrevious: true },
  );
}

export interface SourceDoc {
  source: Source;
  blocks: Block[];
}

/** A source and its blocks. Metadata refreshes on change; the blocks never change after import, so they keep their identity. */
export function useSourceDoc(id: string | null) {
  const cache = useRef<{ id: string; blocks: Block[] } | null>(null);
  return useApiData<SourceDoc>(
    id
      ? async () => {
          const value = await call('sources.get', { id });
          if (cache.current?.id === id) return { source: value.source, blocks: cache.current.blocks };
          cache.current = { id, blocks: value.blocks };
          return value;
        }
      : null,
    [id],
    (e) => (e.entity === 'source' && e.id === id) || e.entity === 'notebook',
  );
}

/** The claims of one source, patched claim by claim as changes arrive. */
export function useSourceClaims(sourceId: string | null): { claims: Claim[] | undefined; error: string | null } {
  const [state, setState] = useState<{ sourceId: string | null; claims?: Claim[]; error: string | null }>({ sourceId: null, error: null });

  useEffect(() => {
    setState({ sourceId, error: null });
    if (!sourceId) return;
    let alive = true;
    const loadAll = () =>
      call('claims.list', { sourceId }).then(
        (v) => alive && setState({ sourceId, claims: v.claims, error: null }),
        (err: unknown) => alive && setState({ sourceId, error: messageOf(err) }),
      );
    void loadAll();

    const pending = new Map<string, ChangeEvent['action']>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = async () => {
      const batch = [...pending];
      pending.clear();
      const fetched = await Promise.all(
        batch.map(async ([id, action]) => {
          if (action === 'deleted') return { id, claim: null };
          try {
            return { id, claim: (await call('claims.get', { id })).claim };
          } catch {
            return { id, claim: null };
          }
        }),
      );
      if (!alive) return;
      setState((s) => {
        if (!s.claims || s.sourceId !== sourceId) return s;
        const byId = new Map(s.claims.map((c) => [c.id, c]));
        for (const { id, claim } of fetched) {
          if (claim && claim.sourceId === sourceId) byId.set(id, claim);
          else byId.delete(id);
        }
        return { ...s, claims: [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end) };
      });
    };
    const off = onChange((event) => {
      if (event.entity === 'notebook' || (event.entity === 'source' && event.id === sourceId && event.action === 'deleted')) {
        void loadAll();
        return;
      }
      if (event.entity !== 'claim') return;
      pending.set(event.id, event.action);
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), 30);
    });
    return () => {
      alive = false;
      off();
      clearTimeout(timer);
    };
  }, [sourceId]);

  if (state.sourceId !== sourceId) return { claims: undefined, error: null };
  return { claims: state.claims, error: state.error };
}

export interface ClaimDetail {
  claim: Claim;
  evidence: EvidenceLink[];
  citedIn: BriefCitation[];
}

export function useClaimDetail(claimId: string | null) {
  return useApiData<ClaimDetail>(
    claimId ? () => call('claims.get', { id: claimId }) : null,
    [claimId],
    (e) => (e.entity === 'claim' && e.id === claimId) || e.entity === 'evidence' || e.entity === 'brief' || e.entity === 'notebook' || (e.entity === 'source' && e.action !== 'created'),
  );
}

/** The evidence links citing one source, with their claims (its backlinks and evidence marks). */
export function useSourceCitations(sourceId: string | null) {
  return useApiData<EvidenceCitation[]>(
    sourceId ? () => call('evidence.bySource', { sourceId }).then((v) => v.citations) : null,
    [sourceId],
    (e) => e.entity === 'evidence' || e.entity === 'claim' || e.entity === 'notebook' || (e.entity === 'source' && e.action !== 'created'),
    { keepPrevious: true },
  );
}

export type { Source, SourceSummary };
