// Where nodes go, computed here rather than by a force simulation: rings by distance from the
// centre for a neighbourhood, columns (or rows, on a narrow screen) by distance from the start
// for paths. Both are linear in the graph's size, so a 200-node neighbourhood draws well within
// a second. Each position says on which side of its node the label goes: outward from the
// centre on rings, so neighbouring labels on a ring point away from each other.
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

export type Side = 'below' | 'above' | 'left' | 'right';

export interface Position {
  x: number;
  y: number;
  side: Side;
}

/** Columns left to right by distance from `start` (rows top to bottom when `vertical`). */
export function columns(
  start: string,
  nodes: GraphNode[],
  edges: GraphEdge[],
  vertical = false,
): Record<string, Position> {
  const distance = distancesFrom(start, nodes, edges);
  const byColumn = new Map<number, string[]>();
  for (const n of nodes) {
    const d = distance.get(n.id) ?? 0;
    byColumn.set(d, [...(byColumn.get(d) ?? []), n.id]);
  }
  const positions: Record<string, Position> = {};
  for (const [column, ids] of byColumn)
    ids.forEach((id, row) => {
      const across = (row - (ids.length - 1) / 2) * (vertical ? 150 : 70);
      positions[id] = vertical
        ? { x: across, y: column * 110, side: 'below' }
        : { x: column * 190, y: across, side: 'below' };
    });
  return positions;
}

/** Room along a ring per node, and between rings, in drawing units. */
export const RING = { perNode: 46, gap: 150, first: 170 };

/**
 * Rings by distance from `centre`: each ring wide enough for its nodes, stretched to the
 * drawing's `aspect` (width / height). Around a ring, nodes follow their nearest inner
 * neighbour, then their kind, so a node sits near what links it to the centre.
 */
export function rings(
  centre: string,
  nodes: GraphNode[],
  edges: GraphEdge[],
  aspect = 1,
): Record<string, Position> {
  const distance = distancesFrom(centre, nodes, edges);
  const next = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    next.get(e.from)?.push(e.to);
    next.get(e.to)?.push(e.from);
  }
  const byRing = new Map<number, GraphNode[]>();
  for (const n of nodes) {
    const d = n.id === centre ? 0 : (distance.get(n.id) ?? 1);
    byRing.set(d, [...(byRing.get(d) ?? []), n]);
  }
  const positions: Record<string, Position> = {};
  const angle = new Map<string, number>();
  positions[centre] = { x: 0, y: 0, side: 'below' };
  angle.set(centre, 0);
  let radius = 0;
  for (const d of [...byRing.keys()].filter((k) => k > 0).sort((a, b) => a - b)) {
    const ring = byRing.get(d) ?? [];
    const anchor = (n: GraphNode): number => {
      const inner = (next.get(n.id) ?? [])
        .map((m) => angle.get(m))
        .filter((a): a is number => a !== undefined);
      return inner.length ? Math.min(...inner) : 0;
    };
    const ordered = [...ring].sort(
      (a, b) => anchor(a) - anchor(b) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
    );
    radius = Math.max(
      radius === 0 ? RING.first : radius + RING.gap,
      (ordered.length * RING.perNode) / (2 * Math.PI),
    );
    const stretch = Math.min(2.2, Math.max(1, aspect));
    ordered.forEach((n, i) => {
      // Start at the top and go clockwise; a lone node sits to the right.
      const a = ordered.length === 1 ? 0 : -Math.PI / 2 + (2 * Math.PI * i) / ordered.length;
      angle.set(n.id, a + Math.PI / 2 + 0.001 * d);
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      const side: Side = cos > 0.35 ? 'right' : cos < -0.35 ? 'left' : sin > 0 ? 'below' : 'above';
      positions[n.id] = { x: radius * cos * stretch, y: radius * sin, side };
    });
  }
  return positions;
}
