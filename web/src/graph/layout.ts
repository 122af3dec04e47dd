// Where nodes go, computed here rather than by a force simulation: rings by distance from the
// centre for a neighbourhood, columns by distance from the start for paths. Both are linear in
// the graph's size, so a 200-node neighbourhood draws well within a second.
export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** Hops from `start` over edges in either direction; nodes it cannot reach get the most + 1. */
export function distancesFrom(start: string, nodes: GraphNode[], edges: GraphEdge[]) {
  const next = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    next.get(e.from)?.push(e.to);
    next.get(e.to)?.push(e.from);
  }
  const distance = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    const d = distance.get(id) ?? 0;
    for (const other of next.get(id) ?? []) {
      if (distance.has(other)) continue;
      distance.set(other, d + 1);
      queue.push(other);
    }
  }
  const farthest = Math.max(0, ...distance.values());
  for (const n of nodes) if (!distance.has(n.id)) distance.set(n.id, farthest + 1);
  return distance;
}

/** Columns left to right by distance from `start`; each column centred vertically. */
export function columns(
  start: string,
  nodes: GraphNode[],
  edges: GraphEdge[],
): Record<string, { x: number; y: number }> {
  const distance = distancesFrom(start, nodes, edges);
  const byColumn = new Map<number, string[]>();
  for (const n of nodes) {
    const d = distance.get(n.id) ?? 0;
    byColumn.set(d, [...(byColumn.get(d) ?? []), n.id]);
  }
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [column, ids] of byColumn)
    ids.forEach((id, row) => {
      positions[id] = { x: column * 180, y: (row - (ids.length - 1) / 2) * 70 };
    });
  return positions;
}
