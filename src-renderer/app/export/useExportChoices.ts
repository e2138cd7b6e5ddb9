/**
 * What the Export dialog offers to choose from: the notebook's claims (for "chosen claims"), the
 * sources' titles, and the brief's title (to prefill the title field). Kept current while the
 * dialog is open (a claim deleted in another window leaves the checklist).
 */
import { useMemo } from 'react';
import type { Claim } from '../../../src-main/contract/domain';
import { useQuery } from '../use-query';

export interface ExportChoices {
  claims: Claim[] | undefined;
  sourceTitles: Map<string, string>;
  briefTitle: string | undefined;
  /** Most recently edited first. */
  briefs: { id: string; title: string }[] | undefined;
  error: string | null;
}

const NO_TITLES = new Map<string, string>();

export function useExportChoices(): ExportChoices {
  const claims = useQuery('claims.list', {}, { keepPrevious: true });
  const sources = useQuery('sources.list', { sort: 'title' }, { keepPrevious: true });
  const briefs = useQuery('briefs.list', {}, { keepPrevious: true });
  const error = claims.error ?? sources.error ?? briefs.error;
  const list = sources.data?.sources;
  const sourceTitles = useMemo(() => (list ? new Map(list.map((s) => [s.id, s.title])) : NO_TITLES), [list]);
  // Everything arrives together, as one answer did before.
  const ready = claims.data && sources.data && briefs.data;
  return {
    claims: ready ? claims.data?.claims : undefined,
    sourceTitles: ready ? sourceTitles : NO_TITLES,
    briefTitle: ready ? (briefs.data?.briefs[0]?.title ?? 'Brief') : error ? 'Brief' : undefined,
    briefs: ready ? briefs.data?.briefs : undefined,
    error,
  };
}
