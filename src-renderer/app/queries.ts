/**
 * The reads the panels share, named, over the one query cache (use-query.ts): each is current as
 * changes arrive (which change refreshes which read: query-cache.ts's `invalidatedBy`).
 */
import type { Block, BriefCitation, Claim, EvidenceCitation, EvidenceLink, Source, SourceSummary } from '../../src-main/contract/domain';
import type { ClaimMark } from '../../src-main/contract/methods-reader';
import type { Suggestion } from '../../src-main/contract/suggestion';
import { useAfterReaderPaint } from './reader-painted';
import { useQuery, type Loaded } from './use-query';

export type { Loaded };

export type SourceSort = 'title' | 'capturedAt' | 'publishedAt' | 'reliability' | 'claimCount';

/** `Loaded` with its answer reshaped (a list out of its envelope). */
function pick<T, U>(loaded: Loaded<T>, part: (value: T) => U): Loaded<U> {
  return { ...loaded, data: loaded.data === undefined ? undefined : part(loaded.data) };
}

export function useSourceList(sort: SourceSort, filter: string): Loaded<SourceSummary[]> {
  return pick(useQuery('sources.list', { sort, filter: filter.trim() || undefined }, { keepPrevious: true }), (v) => v.sources);
}

export interface SourceDoc {
  source: Source;
  blocks: Block[];
}

/** A source and its blocks (which keep their identity when only the metadata changed). */
export function useSourceDoc(id: string | null): Loaded<SourceDoc> {
  return useQuery('sources.get', id ? { id } : null);
}

/** The claims of one source, in the order of the text (asked for once the reader has painted its text). */
export function useSourceClaims(sourceId: string | null): { claims: Claim[] | undefined; error: string | null } {
  const { data, error } = useQuery('claims.list', useAfterReaderPaint(sourceId, 'claims.list', sourceId ? { sourceId } : null));
  return { claims: data?.claims, error };
}

/** What the reader marks of one source's claims (passage and status), a small answer even for thousands. */
export function useSourceMarks(sourceId: string | null): { marks: ClaimMark[] | undefined; error: string | null } {
  const { data, error } = useQuery('claims.marks', sourceId ? { sourceId } : null);
  return { marks: data?.marks, error };
}

export interface ClaimDetail {
  claim: Claim;
  evidence: EvidenceLink[];
  citedIn: BriefCitation[];
}

export function useClaimDetail(claimId: string | null): Loaded<ClaimDetail> {
  return useQuery('claims.get', claimId ? { id: claimId } : null);
}

/** The evidence links citing one source, with their claims (its backlinks and evidence marks). */
export function useSourceCitations(sourceId: string | null): Loaded<EvidenceCitation[]> {
  return pick(useQuery('evidence.bySource', sourceId ? { sourceId } : null, { keepPrevious: true }), (v) => v.citations);
}

/**
 * A source's open suggestions, best first (the source is read by the suggester on first use),
 * asked for once the reader has painted the source's text; `requested` tells whether they are.
 */
export function useSourceSuggestions(sourceId: string | null): Loaded<Suggestion[]> & { requested: boolean } {
  const input = useAfterReaderPaint(sourceId, 'suggestions.list', sourceId ? { sourceId, limit: SUGGESTIONS_SHOWN } : null);
  return { ...pick(useQuery('suggestions.list', input), (v) => v.suggestions), requested: input !== null };
}
/** How many suggestions the claims pane lists (and the reader underlines) at most. */
export const SUGGESTIONS_SHOWN = 200;

export type { Source, SourceSummary };
