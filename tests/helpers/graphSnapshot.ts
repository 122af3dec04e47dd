// What a database holds, in full: every node with its labels and properties, every
// relationship with its type, ends and properties, each as one canonical line, sorted. Two
// snapshots are equal exactly when nothing was written in between.
import type { Graph } from '../../src/neo4j/graph.ts';

export interface Snapshot {
  nodes: number;
  relationships: number;
  nodeLines: string[];
  relationshipLines: string[];
}

/** JSON with object keys sorted, so equal properties give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

export async function snapshot(graph: Graph): Promise<Snapshot> {
  const [nodeCount] = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  const [relationshipCount] = await graph.read<{ n: number }>(
    'MATCH ()-[r]->() RETURN count(r) AS n',
  );
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await graph.read<{
    type: string;
    from: string;
    to: string;
    props: Record<string, unknown>;
  }>('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props');
  return {
    nodes: nodeCount?.n ?? -1,
    relationships: relationshipCount?.n ?? -1,
    nodeLines: nodes.map((n) => `${[...n.labels].sort().join(':')} ${canonical(n.props)}`).sort(),
    relationshipLines: relationships
      .map((r) => `${r.from} -${r.type}-> ${r.to} ${canonical(r.props)}`)
      .sort(),
  };
}

/** Which of `ids` are the id of some node, in id order. */
export async function idsPresent(graph: Graph, ids: readonly string[]): Promise<string[]> {
  const rows = await graph.read<{ id: string }>(
    'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id',
    { ids },
  );
  return rows.map((r) => r.id);
}
