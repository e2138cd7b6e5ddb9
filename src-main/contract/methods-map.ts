/**
 * The evidence map (`map.graph`) and the case summary (`summary.case`): reads only.
 * Spread into `schemas` in methods.ts; their outputs join `MethodOutputs` there.
 */
import { z } from 'zod';
import type { ClaimStatus, Credibility, EvidenceRelation, Reliability } from './domain';
import { CLAIM_STATUSES, RELIABILITY_GRADES } from './domain';
import type { EvidenceSupportFilter } from './claim-table';

const id = z.string().trim().min(1, 'an id is required').max(64);
const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** At most this many claims are drawn on the map (the most recently changed); `truncated` says so. */
export const MAP_MAX_CLAIMS = 5000;

export const MAP_SCHEMAS = {
  /** Sources, claims (and later entities) as a network; evidence links and "quoted in" as edges. */
  'map.graph': z
    .object({
      tag: z.string().trim().min(1).max(80).optional(),
      status: z.enum(keys(CLAIM_STATUSES)).optional(),
      /** Claims quoted in this source or citing it as evidence. */
      sourceId: id.optional(),
      /** Only what lies within `hops` edges (default 2) of this claim. */
      focusClaimId: id.optional(),
      hops: z.number().int().min(1).max(6).optional(),
      /** Also draw the entities (people, organisations, places) the drawn claims mention. */
      entities: z.boolean().optional(),
    })
    .strict(),
  /** The case at a glance: claims by status and credibility, sources by reliability, weak claims. */
  'summary.case': z.object({}).strict(),
};

export type MapNode =
  | { id: string; kind: 'source'; sourceId: string; label: string; reliability: Reliability }
  | {
      id: string;
      kind: 'claim';
      claimId: string;
      /** The source the claim is quoted in. */
      sourceId: string;
      label: string;
      status: ClaimStatus;
      credibility: Credibility | null;
      tags: string[];
      start: number;
      end: number;
    }
  /** An entity a drawn claim mentions (with `entities`; store/evidence-graph.ts). */
  | { id: string; kind: 'entity'; entityId: string; label: string; entityKind: string };

export type MapEdge =
  /** A claim and the source it is quoted in. */
  | { id: string; kind: 'quoted'; source: string; target: string }
  /** An evidence link: claim → the cited source (its passage `start`–`end`, null for the whole source). */
  | { id: string; kind: 'evidence'; linkId: string; source: string; target: string; relation: EvidenceRelation; sourceId: string; start: number | null; end: number | null; exact: string }
  /** A claim → an entity its passage mentions. */
  | { id: string; kind: 'mention'; source: string; target: string };

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  /** More claims matched than the map draws (MAP_MAX_CLAIMS). */
  truncated: boolean;
  /** How many claims matched the filters (before the focus and the cap). */
  matchingClaims: number;
}

/** A claims.query filter: what a figure of the summary counts, exactly. */
export interface SummaryFilter {
  statuses?: ClaimStatus[];
  credibilities?: number[];
  reliabilities?: Reliability[];
  evidence?: EvidenceSupportFilter;
}

export interface SummaryBucket<K> {
  key: K;
  count: number;
  filter: SummaryFilter;
}

export interface CaseSummary {
  claims: number;
  sources: number;
  evidenceLinks: number;
  byStatus: SummaryBucket<ClaimStatus>[];
  /** 0: not graded. */
  byCredibility: SummaryBucket<number>[];
  /** `count`: sources of that grade; `claims`: the claims quoted in them (what `filter` finds). */
  sourcesByReliability: (SummaryBucket<Reliability> & { claims: number })[];
  /** Claims with no evidence link at all. */
  noEvidence: SummaryBucket<'none'>;
  /**
   * Claims whose evidence rests on one source: they have evidence links, and every link cites the
   * claim's own source or one other source (never two sources besides their own).
   */
  oneSource: SummaryBucket<'oneSource'>;
}

export interface MapOutputs {
  'map.graph': MapGraph;
  'summary.case': CaseSummary;
}

export const RELIABILITY_KEYS = keys(RELIABILITY_GRADES);
