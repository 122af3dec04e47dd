// The whole graph, for exports: every entity and every relationship between entities, ordered by
// id. Bounded in the Cypher itself: at most maxNodes + 1 entities are read, and the relationships
// only when the entities fit, at most maxRelationships + 1 of them, so an over-large graph is
// refused without ever being loaded. Rows are streamed rather than collected into one list,
// which at 20,000 entities and 100,000 relationships would exceed Neo4j's transaction memory.
import { int, type Graph } from '../neo4j/graph.ts';
import type { Entity, Relationship } from './records.ts';
import { entity } from './projections.ts';

const ENTITIES = `
MATCH (n:Entity)
WITH n ORDER BY n.id LIMIT $max + 1
RETURN ${entity('n')} AS entity`;

// Ends as ids, joined to the entity records below rather than projected with every relationship
// as projections.ts does, which would send each entity once per link (tens of megabytes more).
const RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
WITH r, a, b ORDER BY r.id LIMIT $max + 1
RETURN {id: r.id, type: type(r), status: r.status, since: r.since, role: r.role, roleEn: r.roleEn,
        program: r.program, provenance: coalesce(r.provenance, []),
        from: a.id, to: b.id} AS relationship`;

type LinkRow = Omit<Relationship, 'from' | 'to'> & { from: string; to: string };

export type WholeGraph =
  | { nodes: Entity[]; relationships: Relationship[]; tooLarge: null }
  /** More entities (or relationships) than the bound: nothing is returned. */
  | { nodes: []; relationships: []; tooLarge: 'entities' | 'relationships' };

export interface WholeGraphOptions {
  maxNodes: number;
  maxRelationships: number;
  /**
   * Time limit of each statement. At the bounds, the relationships take seconds to sort and
   * stream, more than the limit meant for interactive queries (QUERY_TIMEOUT_MS).
   */
  timeoutMs?: number;
}

/** Two statements: the entities, then (when they fit) the relationships. */
export async function wholeGraph(graph: Graph, bounds: WholeGraphOptions): Promise<WholeGraph> {
  const nodes = (
    await graph.read<{ entity: Entity }>(ENTITIES, { max: int(bounds.maxNodes) }, bounds.timeoutMs)
  ).map((row) => row.entity);
  if (nodes.length > bounds.maxNodes) return { nodes: [], relationships: [], tooLarge: 'entities' };
  const max = int(bounds.maxRelationships);
  const links = (
    await graph.read<{ relationship: LinkRow }>(RELATIONSHIPS, { max }, bounds.timeoutMs)
  ).map((row) => row.relationship);
  if (links.length > bounds.maxRelationships)
    return { nodes: [], relationships: [], tooLarge: 'relationships' };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const relationships: Relationship[] = [];
  for (const { from, to, ...rest } of links) {
    const a = byId.get(from);
    const b = byId.get(to);
    // An end missing from the entities was written between the two statements: the link waits
    // for the next export rather than dangle in this one.
    if (a && b) relationships.push({ ...rest, from: a, to: b });
  }
  return { nodes, relationships, tooLarge: null };
}
