/**
 * The evidence map's graph: sources and claims as nodes; each claim joined to the source it is
 * quoted in, and to the sources its evidence links cite (coloured by relation on the map).
 * Built by parts (GRAPH_PARTS); on request, the entities the drawn claims mention, as nodes joined
 * to those claims by mention edges.
 */
import type { Database } from 'better-sqlite3';
import type { ClaimStatus, Credibility, EvidenceRelation, Reliability } from '../contract/domain';
import { MAP_MAX_CLAIMS, type MapEdge, type MapGraph, type MapNode } from '../contract/methods-map';
import { neighbourhood } from '../core/graph-neighbourhood';

export interface GraphFilter {
  tag?: string;
  status?: ClaimStatus;
  /** Claims quoted in this source or citing it as evidence. */
  sourceId?: string;
  focusClaimId?: string;
  hops?: number;
  /** Also the entities the drawn claims mention (off by default: they crowd the map). */
  entities?: boolean;
}

export const sourceNodeId = (id: string) => `s:${id}`;
export const claimNodeId = (id: string) => `c:${id}`;
export const entityNodeId = (id: string) => `n:${id}`;

/** What every part of the builder gets: the claims drawn and the graph so far, to add to. */
export interface GraphDraft {
  db: Database;
  filter: GraphFilter;
  claimIds: string[];
  nodes: MapNode[];
  edges: MapEdge[];
}

/** One part of the map: adds its nodes and edges to the draft. */
export type GraphPart = (draft: GraphDraft) => void;

function matchingClaimIds(db: Database, f: GraphFilter): string[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.status) {
    where.push('c.status = @status');
    params.status = f.status;
  }
  if (f.tag) {
    where.push('EXISTS (SELECT 1 FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id AND t.name = @tag)');
    params.tag = f.tag;
  }
  if (f.sourceId) {
    where.push('(c.source_id = @sourceId OR EXISTS (SELECT 1 FROM evidence_links e WHERE e.claim_id = c.id AND e.source_id = @sourceId))');
    params.sourceId = f.sourceId;
  }
  const sql = `SELECT c.id FROM claims c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.updated_at DESC, c.id`;
  return db.prepare(sql).pluck().all(params) as string[];
}

interface ClaimRow {
  id: string;
  source_id: string;
  statement: string;
  status: ClaimStatus;
  credibility: Credibility | null;
  start: number;
  end: number;
  tags: string;
}

/** The claims, each with an edge to the source it is quoted in. */
const claimsPart: GraphPart = (d) => {
  const read = d.db.prepare(
    `SELECT c.id, c.source_id, c.statement, c.status, c.credibility, c.start, c.end,
            (SELECT json_group_array(t.name) FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id) AS tags
       FROM claims c WHERE c.id = ?`,
  );
  for (const id of d.claimIds) {
    const r = read.get(id) as ClaimRow;
    const node = claimNodeId(r.id);
    d.nodes.push({ id: node, kind: 'claim', claimId: r.id, sourceId: r.source_id, label: r.statement, status: r.status, credibility: r.credibility, tags: JSON.parse(r.tags) as string[], start: r.start, end: r.end });
    d.edges.push({ id: `q:${r.id}`, kind: 'quoted', source: node, target: sourceNodeId(r.source_id) });
  }
};

interface LinkRow {
  id: string;
  claim_id: string;
  source_id: string;
  relation: EvidenceRelation;
  start: number | null;
  end: number | null;
  exact: string;
}

/** The evidence links of the claims drawn: claim → the source cited. */
const evidencePart: GraphPart = (d) => {
  const read = d.db.prepare('SELECT id, claim_id, source_id, relation, start, end, exact FROM evidence_links WHERE claim_id = ? ORDER BY created_at, id');
  for (const claimId of d.claimIds) {
    for (const r of read.all(claimId) as LinkRow[]) {
      d.edges.push({ id: `e:${r.id}`, kind: 'evidence', linkId: r.id, source: claimNodeId(claimId), target: sourceNodeId(r.source_id), relation: r.relation, sourceId: r.source_id, start: r.start, end: r.end, exact: r.exact });
    }
  }
};

/** The sources the edges reach; with no filter, every source (one with no claims shows alone). */
const sourcesPart: GraphPart = (d) => {
  const reached = new Set(d.edges.map((e) => e.target).filter((t) => t.startsWith('s:')));
  const filtered = d.filter.tag !== undefined || d.filter.status !== undefined || d.filter.sourceId !== undefined;
  const rows = d.db.prepare('SELECT id, title, reliability FROM sources ORDER BY title COLLATE NOCASE, id').all() as { id: string; title: string; reliability: Reliability }[];
  for (const r of rows) {
    if (filtered && !reached.has(sourceNodeId(r.id)) && r.id !== d.filter.sourceId) continue;
    d.nodes.push({ id: sourceNodeId(r.id), kind: 'source', sourceId: r.id, label: r.title, reliability: r.reliability });
  }
};

/** With `entities`: the entities named in the drawn claims' passages, and claim → entity mention edges. */
const entitiesPart: GraphPart = (d) => {
  if (!d.filter.entities) return;
  const read = d.db.prepare(
    `SELECT DISTINCT e.id, e.name, e.type FROM claims c
       JOIN entity_mentions em ON em.source_id = c.source_id AND em.start < c.end AND em.end > c.start
       JOIN entities e ON e.id = em.entity_id
      WHERE c.id = ? ORDER BY e.name COLLATE NOCASE, e.id`,
  );
  const drawn = new Set<string>();
  for (const claimId of d.claimIds) {
    for (const r of read.all(claimId) as { id: string; name: string; type: string }[]) {
      const node = entityNodeId(r.id);
      if (!drawn.has(node)) {
        drawn.add(node);
        d.nodes.push({ id: node, kind: 'entity', entityId: r.id, label: r.name, entityKind: r.type });
      }
      d.edges.push({ id: `m:${claimId}:${r.id}`, kind: 'mention', source: claimNodeId(claimId), target: node });
    }
  }
};

/** The parts of the map, in order. */
export const GRAPH_PARTS: GraphPart[] = [claimsPart, evidencePart, sourcesPart, entitiesPart];

export function buildEvidenceGraph(db: Database, filter: GraphFilter, parts: GraphPart[] = GRAPH_PARTS, maxClaims = MAP_MAX_CLAIMS): MapGraph {
  const all = matchingClaimIds(db, filter);
  const focus = filter.focusClaimId;
  // The focused claim is drawn even when it is not among the most recent `maxClaims`.
  let claimIds = all.slice(0, maxClaims);
  if (focus && all.includes(focus) && !claimIds.includes(focus)) claimIds = [...claimIds.slice(0, -1), focus];
  const draft: GraphDraft = { db, filter, claimIds, nodes: [], edges: [] };
  for (const part of parts) part(draft);
  const graph = focus ? neighbourhood(draft, claimNodeId(focus), filter.hops ?? 2) : { nodes: draft.nodes, edges: draft.edges };
  return { nodes: graph.nodes, edges: graph.edges, truncated: all.length > claimIds.length, matchingClaims: all.length };
}
