/**
 * What the Export dialog offers to choose from: the notebook's claims (for "chosen claims"), the
 * sources' titles, and the brief's title (to prefill the title field). Kept current while the
 * dialog is open (a claim deleted in another window leaves the checklist).
 */
import type { Claim } from '../../../src-main/contract/domain';
import { call } from '../api';
import { useApiData } from '../data';

export interface ExportChoices {
  claims: Claim[] | undefined;
  sourceTitles: Map<string, string>;
  briefTitle: string | undefined;
  /** Most recently edited first. */
  briefs: { id: string; title: string }[] | undefined;
  error: string | null;
}

async function load() {
  const [{ claims }, { sources }, { briefs }] = await Promise.all([call('claims.list', {}), call('sources.list', { sort: 'title' }), call('briefs.list', {})]);
  return { claims, sourceTitles: new Map(sources.map((s) => [s.id, s.title])), briefTitle: briefs[0]?.title ?? 'Brief', briefs };
}

const NO_TITLES = new Map<string, string>();

export function useExportChoices(): ExportChoices {
  const { data, error } = useApiData(load, [], (e) => e.entity === 'claim' || e.entity === 'source' || e.entity === 'brief' || e.entity === 'notebook', {
    keepPrevious: true,
  });
  return { claims: data?.claims, sourceTitles: data?.sourceTitles ?? NO_TITLES, briefTitle: data?.briefTitle ?? (error ? 'Brief' : undefined), briefs: data?.briefs, error };
}
