/**
 * The part of a graph within `hops` edges of one node (edges taken both ways): the map's "focus on
 * this claim". Pure; used by `map.graph` and testable on its own.
 */
export interface GraphLike<N extends { id: string }, E extends { id: string; source: string; target: string }> {
  nodes: N[];
  edges: E[];
}

export function neighbourhood<N extends { id: string }, E extends { id: string; source: string; target: string }>(
  graph: GraphLike<N, E>,
  centre: string,
  hops: number,
): GraphLike<N, E> {
  if (!graph.nodes.some((n) => n.id === centre)) return { nodes: [], edges: [] };
  const adjacent = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = adjacent.get(from);
    if (list) list.push(to);
    else adjacent.set(from, [to]);
  };
  for (const e of graph.edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let hop = 0; hop < hops && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return {
    nodes: graph.nodes.filter((n) => reached.has(n.id)),
    edges: graph.edges.filter((e) => reached.has(e.source) && reached.has(e.target)),
  };
}
