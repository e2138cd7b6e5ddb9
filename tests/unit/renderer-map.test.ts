/**
 * The map's pure parts: the precomputed layout (every node placed, claims around their own source,
 * no two nodes on the same spot, clusters apart) and the keyboard list's rows (each source, its
 * claims, their evidence links; claims whose source is not drawn, and entities, after).
 */
import { describe, expect, it } from 'vitest';
import type { MapEdge, MapGraph, MapNode } from '../../src-main/contract/methods-map';
import { layoutMap } from '../../src-renderer/panels/map/map-layout';
import { describe as describeElement, listRows, rowText } from '../../src-renderer/panels/map/map-elements';

const source = (id: string): MapNode => ({ id: `s:${id}`, kind: 'source', sourceId: id, label: `Source ${id}`, reliability: 'B' });
const claim = (id: string, sourceId: string): MapNode => ({ id: `c:${id}`, kind: 'claim', claimId: id, sourceId, label: `Claim ${id}`, status: 'disputed', credibility: 2, tags: [], start: 0, end: 5 });
const evidence = (id: string, claimId: string, sourceId: string): MapEdge => ({
  id: `e:${id}`, kind: 'evidence', linkId: id, source: `c:${claimId}`, target: `s:${sourceId}`, relation: 'contradicts', sourceId, start: 1, end: 9, exact: 'a passage',
});

function graphOf(sizes: number[]): MapGraph {
  const nodes: MapNode[] = [];
  sizes.forEach((n, s) => {
    nodes.push(source(`S${s}`));
    for (let i = 0; i < n; i++) nodes.push(claim(`S${s}-${i}`, `S${s}`));
  });
  return { nodes, edges: [], truncated: false, matchingClaims: nodes.length - sizes.length };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('layoutMap', () => {
  it('places every node, clusters well apart, none on top of another', () => {
    const graph = graphOf([600, 250, 40, 1, 0, 9]);
    const at = layoutMap(graph);
    expect(at.size).toBe(graph.nodes.length);
    // Clusters apart: any two nodes of different sources' clusters are further apart than two rings.
    const home = (n: MapNode) => (n.kind === 'claim' ? n.sourceId : n.kind === 'source' ? n.sourceId : '');
    let across = Infinity;
    for (const a of graph.nodes) for (const b of graph.nodes) if (home(a) < home(b)) across = Math.min(across, distance(at.get(a.id)!, at.get(b.id)!));
    expect(across).toBeGreaterThan(60);
    const points = [...at.values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, distance(points[i], points[j]));
    expect(closest).toBeGreaterThan(20);
  });

  it('puts claims whose source is not drawn together, and other kinds on a ring around the rest', () => {
    const graph: MapGraph = {
      nodes: [source('A'), claim('1', 'A'), claim('2', 'B'), claim('3', 'B'), { id: 'n:x', kind: 'entity', entityId: 'x', label: 'Minsk', entityKind: 'place' }],
      edges: [],
      truncated: false,
      matchingClaims: 3,
    };
    const at = layoutMap(graph);
    expect(at.size).toBe(5);
    expect(distance(at.get('c:2')!, at.get('c:3')!)).toBeLessThan(distance(at.get('c:2')!, at.get('s:A')!));
    const furthest = Math.max(...['s:A', 'c:1', 'c:2', 'c:3'].map((id) => distance(at.get(id)!, at.get('s:A')!)));
    expect(distance(at.get('n:x')!, at.get('s:A')!)).toBeGreaterThan(furthest);
  });
});

describe('listRows', () => {
  it('lists each source, then its claims, each followed by its evidence links', () => {
    const graph: MapGraph = {
      nodes: [source('A'), source('B'), claim('1', 'A'), claim('2', 'B'), claim('3', 'C')],
      edges: [
        { id: 'q:1', kind: 'quoted', source: 'c:1', target: 's:A' },
        evidence('x', '1', 'B'),
        evidence('y', '3', 'A'),
      ],
      truncated: false,
      matchingClaims: 3,
    };
    const rows = listRows(graph);
    expect(rows.map((r) => `${r.depth} ${r.id}`)).toEqual(['0 s:A', '1 c:1', '2 e:x', '0 s:B', '1 c:2', '0 c:3', '1 e:y']);
    const labelOf = (id: string) => (id === 's:B' ? 'Source B' : 'another source');
    expect(rowText(rows[2].element, labelOf)).toBe('Contradicts → Source B');
    expect(describeElement(rows[2].element, labelOf)).toBe('Contradicts — evidence in Source B: “a passage”');
    expect(describeElement(rows[1].element, labelOf)).toBe('Claim, Disputed, credibility 2 (Probably true): Claim 1');
  });
});
