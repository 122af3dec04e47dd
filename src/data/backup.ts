// The reads of a backup: every node and every relationship, streamed in one read transaction so
// the file is one consistent snapshot even while the API writes.
import type { Graph, Row } from '../neo4j/graph.ts';

export interface NodeRow {
  element: string;
  labels: string[];
  props: Record<string, unknown>;
}
export interface RelationshipRow {
  from: string;
  to: string;
  type: string;
  props: Record<string, unknown>;
}

export interface GraphReader {
  counts: { nodes: number; relationships: number; labels: string[]; types: string[] };
  nodes(onRow: (row: NodeRow) => Promise<void> | void): Promise<void>;
  relationships(onRow: (row: RelationshipRow) => Promise<void> | void): Promise<void>;
}

// Counts from the count store (instant), and the labels and types in use, for the checks and
// the progress bars before the first row is written.
const COUNTS = `
RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships,
       COLLECT { MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label } AS labels,
       COLLECT { MATCH ()-[r]->() RETURN DISTINCT type(r) AS type } AS types`;
const NODES =
  'MATCH (n) RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS props';
const RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props`;

/**
 * Reads the whole graph inside one read transaction, handing it to `work`. `graph` should have a
 * driver with exact integers, so 64-bit integers and 5 against 5.0 survive.
 */
export function readWholeGraph<T>(
  graph: Graph,
  timeoutMs: number,
  work: (reader: GraphReader) => Promise<T>,
): Promise<T> {
  return graph.readSnapshot(async (stream) => {
    let counts: Row = {};
    await stream(COUNTS, {}, (row) => void (counts = row));
    return work({
      counts: {
        nodes: Number(counts.nodes),
        relationships: Number(counts.relationships),
        labels: counts.labels as string[],
        types: counts.types as string[],
      },
      nodes: (onRow) => stream<NodeRow>(NODES, {}, onRow),
      relationships: (onRow) => stream<RelationshipRow>(RELATIONSHIPS, {}, onRow),
    });
  }, timeoutMs);
}
