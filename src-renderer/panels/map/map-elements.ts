/**
 * The map's graph as cytoscape elements (with their precomputed positions), as the rows of the
 * accessible list beside the canvas, and as words (a tooltip, a list row). Pure: no DOM.
 */
import type { ElementDefinition } from 'cytoscape';
import { CLAIM_STATUSES, CREDIBILITY_GRADES, EVIDENCE_RELATIONS, RELIABILITY_GRADES } from '../../../src-main/contract/domain';
import type { MapEdge, MapGraph, MapNode } from '../../../src-main/contract/methods-map';
import { layoutMap } from './map-layout';
import { CREDIBILITY_BORDER } from './map-style';

export type MapElement = MapNode | MapEdge;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function toElements(graph: MapGraph): ElementDefinition[] {
  const positions = layoutMap(graph);
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      kind: n.kind,
      short: n.kind === 'source' ? `[${n.reliability}] ${shorten(n.label, 30)}` : shorten(n.label, 60),
      ...(n.kind === 'claim' ? { status: n.status, border: CREDIBILITY_BORDER[n.credibility ?? 0] } : {}),
      ...(n.kind === 'source' ? { reliability: n.reliability } : {}),
    },
    position: positions.get(n.id) ?? { x: 0, y: 0 },
  }));
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: 'edges',
    data: { id: e.id, source: e.source, target: e.target, kind: e.kind, ...(e.kind === 'evidence' ? { relation: e.relation } : {}) },
  }));
  return [...nodes, ...edges];
}

/** One line of the accessible list: a source, a claim quoted in it, or one of that claim's evidence links. */
export interface MapRow {
  id: string;
  depth: 0 | 1 | 2;
  element: MapElement;
}

/** Sources, each followed by its claims, each followed by its evidence links; the rest after. */
export function listRows(graph: MapGraph): MapRow[] {
  const claimsOf = new Map<string, MapNode[]>();
  const linksOf = new Map<string, MapEdge[]>();
  const sources = new Set(graph.nodes.filter((n) => n.kind === 'source').map((n) => n.id));
  for (const n of graph.nodes) {
    if (n.kind !== 'claim') continue;
    const home = sources.has(`s:${n.sourceId}`) ? `s:${n.sourceId}` : '';
    claimsOf.set(home, [...(claimsOf.get(home) ?? []), n]);
  }
  for (const e of graph.edges) if (e.kind === 'evidence') linksOf.set(e.source, [...(linksOf.get(e.source) ?? []), e]);
  const rows: MapRow[] = [];
  const addClaims = (home: string, depth: 0 | 1) => {
    for (const claim of claimsOf.get(home) ?? []) {
      rows.push({ id: claim.id, depth, element: claim });
      for (const link of linksOf.get(claim.id) ?? []) rows.push({ id: link.id, depth: (depth + 1) as 1 | 2, element: link });
    }
  };
  for (const n of graph.nodes) {
    if (n.kind !== 'source') continue;
    rows.push({ id: n.id, depth: 0, element: n });
    addClaims(n.id, 1);
  }
  addClaims('', 0);
  for (const n of graph.nodes) if (n.kind !== 'source' && n.kind !== 'claim') rows.push({ id: n.id, depth: 0, element: n });
  return rows;
}

/** What an element is, in words: a tooltip and the list's line. */
export function describe(element: MapElement, labelOf: (nodeId: string) => string): string {
  switch (element.kind) {
    case 'source':
      return `Source, reliability ${element.reliability} (${RELIABILITY_GRADES[element.reliability]}): ${element.label}`;
    case 'claim': {
      const grade = element.credibility ? `, credibility ${element.credibility} (${CREDIBILITY_GRADES[element.credibility]})` : ', not graded';
      return `Claim, ${CLAIM_STATUSES[element.status]}${grade}: ${element.label}`;
    }
    case 'evidence': {
      const passage = element.exact ? `: “${shorten(element.exact, 120)}”` : ' (the whole source)';
      return `${EVIDENCE_RELATIONS[element.relation]} — evidence in ${labelOf(element.target)}${passage}`;
    }
    case 'quoted':
      return `Quoted in ${labelOf(element.target)}`;
    case 'entity':
      return `Entity (${element.entityKind}): ${element.label}`;
    case 'mention':
      return `Mentions ${labelOf(element.target)}`;
  }
}

/** The list's visible line: short, the kind shown by its cue; the full words (`describe`) are its accessible name. */
export function rowText(element: MapElement, labelOf: (nodeId: string) => string): string {
  switch (element.kind) {
    case 'source':
      return `[${element.reliability}] ${element.label}`;
    case 'claim':
      return `${CLAIM_STATUSES[element.status]}${element.credibility ? ` · ${element.credibility}` : ''} — ${element.label}`;
    case 'evidence':
      return `${EVIDENCE_RELATIONS[element.relation]} → ${labelOf(element.target)}`;
    default:
      return describe(element, labelOf);
  }
}
