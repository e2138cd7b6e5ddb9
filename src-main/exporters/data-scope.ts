/**
 * What the data exports (W3C, CSL-JSON, BibTeX, RIS, CSV) cover. Without a scope: every claim and
 * every source of the notebook (a library export). With one: the claims in scope and the sources
 * they cite (their own and, unless evidence is left out, their evidence's).
 */
import type { Claim, EvidenceLink, Source } from '../contract/domain';
import type { Notebook } from '../store/db';
import { listAllLinks } from '../store/evidence';
import { getSource, listSources } from '../store/sources';
import { claimsInScope } from './brief-model';
import type { BriefOptions } from './types';

export interface DataScope {
  claims: Claim[];
  links: EvidenceLink[];
  sources: Source[];
}

export function dataInScope(notebook: Notebook, options: Pick<BriefOptions, 'scope' | 'includeEvidence'>): DataScope {
  const { db } = notebook;
  const { claims } = claimsInScope(notebook, options);
  const wanted = new Set(claims.map((c) => c.id));
  const links = options.includeEvidence === false ? [] : listAllLinks(db).filter((l) => wanted.has(l.claimId));
  const scoped = Boolean(options.scope?.claimIds?.length || options.scope?.sourceId);
  const sourceIds = scoped
    ? [...new Set([...claims.map((c) => c.sourceId), ...links.map((l) => l.sourceId)])]
    : listSources(db, { sort: 'title' }).map((s) => s.id);
  return { claims, links, sources: sourceIds.map((id) => getSource(db, id)) };
}
