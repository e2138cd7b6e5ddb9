/**
 * Where the map draws each node, computed in one pass (a force layout such as cytoscape's `cose`
 * takes seconds at 2,000 claims): each source with the claims quoted in it around it in rings,
 * the clusters packed in rows, biggest first. Evidence edges then run between clusters. Nodes of
 * other kinds (entities, later) go on a ring around the whole. Pure: no DOM.
 */
import type { MapGraph } from '../../../src-main/contract/methods-map';

export interface Point {
  x: number;
  y: number;
}

/** Distance between claims on a ring, and between rings; the first ring leaves room for the source's label. */
const SPACING = 34;
const FIRST_RING = 64;
const GAP = 60;
/** Clusters are packed in rows about this much wider than the whole is tall (a screen's shape). */
const ASPECT = 1.8;

interface Cluster {
  centre: string | null;
  members: string[];
  radius: number;
}

/** How many claims ring `r` (1-based) holds. */
const ringRadius = (r: number) => FIRST_RING + (r - 1) * SPACING;
const ringCapacity = (r: number) => Math.floor((2 * Math.PI * ringRadius(r)) / SPACING);

function ringsFor(count: number): number {
  let rings = 0;
  for (let left = count; left > 0; left -= ringCapacity(++rings));
  return rings;
}

function placeCluster(c: Cluster, at: Point, out: Map<string, Point>): void {
  if (c.centre) out.set(c.centre, at);
  let placed = 0;
  for (let ring = 1; placed < c.members.length; ring++) {
    const onRing = Math.min(ringCapacity(ring), c.members.length - placed);
    for (let i = 0; i < onRing; i++) {
      const angle = (2 * Math.PI * i) / onRing - Math.PI / 2 + ring * 0.4;
      out.set(c.members[placed + i], { x: at.x + Math.cos(angle) * ringRadius(ring), y: at.y + Math.sin(angle) * ringRadius(ring) });
    }
    placed += onRing;
  }
}

export function layoutMap(graph: Pick<MapGraph, 'nodes'>): Map<string, Point> {
  const bySource = new Map<string, string[]>();
  const sources: string[] = [];
  const loose: string[] = [];
  const others: string[] = [];
  for (const n of graph.nodes) {
    if (n.kind === 'source') {
      sources.push(n.id);
      if (!bySource.has(n.id)) bySource.set(n.id, []);
    }
  }
  for (const n of graph.nodes) {
    if (n.kind === 'claim') {
      const list = bySource.get(`s:${n.sourceId}`);
      if (list) list.push(n.id);
      else loose.push(n.id);
    } else if (n.kind !== 'source') others.push(n.id);
  }
  const clusters: Cluster[] = sources.map((id) => ({ centre: id, members: bySource.get(id)!, radius: 0 }));
  // Claims whose source is not drawn (a focused view) make one cluster of their own.
  if (loose.length) clusters.push({ centre: null, members: loose, radius: 0 });
  for (const c of clusters) c.radius = c.members.length ? ringRadius(ringsFor(c.members.length)) + SPACING / 2 : SPACING;
  clusters.sort((a, b) => b.radius - a.radius);

  const area = clusters.reduce((sum, c) => sum + (2 * c.radius + GAP) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area * ASPECT) * 1.1, clusters[0] ? 2 * clusters[0].radius + GAP : 0);
  const out = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const c of clusters) {
    const size = 2 * c.radius + GAP;
    if (x > 0 && x + size > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    placeCluster(c, { x: x + size / 2, y: y + size / 2 }, out);
    x += size;
    rowHeight = Math.max(rowHeight, size);
  }
  const centre = { x: rowWidth / 2, y: (y + rowHeight) / 2 };
  const outer = Math.max(rowWidth, y + rowHeight) / 2 + GAP * 2;
  others.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / others.length;
    out.set(id, { x: centre.x + Math.cos(angle) * outer, y: centre.y + Math.sin(angle) * outer });
  });
  return out;
}
