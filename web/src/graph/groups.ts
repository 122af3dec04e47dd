// Big neighbourhoods grouped so they stay readable: at each distance from the centre, the
// entities of one kind beyond the best-connected few are drawn as one group node ("平台 24 个")
// that expands on click. Edges to a member are drawn to its group, each pair once.
import { distancesFrom, type GraphEdge, type GraphNode } from './layout.ts';

/** Neighbourhoods up to this size are drawn whole. */
export const GROUP_ABOVE = 30;
/** Of each kind at each distance, this many (best connected) stay visible as themselves. */
export const KEEP_PER_KIND = 3;
/** A group holds at least this many members; fewer are drawn as themselves. */
const MIN_MEMBERS = 3;

export interface Group {
  key: string;
  kind: string;
  distance: number;
  members: string[];
}

export interface Grouped {
  nodes: GraphNode[];
  edges: GraphEdge[];
  groups: Group[];
}

export const groupId = (key: string): string => `group:${key}`;

export function groupNeighbourhood(
  centre: string,
  nodes: GraphNode[],
  edges: GraphEdge[],
  expanded: ReadonlySet<string>,
): Grouped {
  if (nodes.length <= GROUP_ABOVE) return { nodes, edges, groups: [] };
  const distance = distancesFrom(centre, nodes, edges);
  const degree = new Map<string, number>();
  for (const e of edges)
    for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);

  const buckets = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    const d = distance.get(n.id) ?? 0;
    if (n.id === centre || d === 0) continue;
    const key = `${d}:${n.kind}`;
    buckets.set(key, [...(buckets.get(key) ?? []), n]);
  }
  const groups: Group[] = [];
  const groupOf = new Map<string, string>();
  for (const [key, members] of buckets) {
    if (expanded.has(key) || members.length < KEEP_PER_KIND + MIN_MEMBERS) continue;
    const ranked = [...members].sort(
      (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id),
    );
    const hidden = ranked.slice(KEEP_PER_KIND).map((n) => n.id);
    const [d = '0', kind = ''] = key.split(':');
    groups.push({ key, kind, distance: Number(d), members: hidden });
    for (const id of hidden) groupOf.set(id, groupId(key));
  }
  if (groups.length === 0) return { nodes, edges, groups };

  const drawnNodes: GraphNode[] = nodes.filter((n) => !groupOf.has(n.id));
  for (const g of groups)
    drawnNodes.push({ id: groupId(g.key), kind: g.kind, name: g.key, nameEn: null });
  const seen = new Set<string>();
  const drawnEdges: GraphEdge[] = [];
  for (const e of edges) {
    const from = groupOf.get(e.from) ?? e.from;
    const to = groupOf.get(e.to) ?? e.to;
    if (from === to) continue;
    const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
    const grouped = from !== e.from || to !== e.to;
    if (grouped && seen.has(pair)) continue;
    seen.add(pair);
    drawnEdges.push(grouped ? { id: `${e.id}@${pair}`, type: '', from, to } : e);
  }
  return { nodes: drawnNodes, edges: drawnEdges, groups };
}
