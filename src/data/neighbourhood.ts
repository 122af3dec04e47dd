// The neighbourhood of an entity: one statement, built (see cypher.ts) for the depth and the
// relationship types asked for.
import { int, type Graph } from '../neo4j/graph.ts';
import type { Entity, Relationship } from './records.ts';
import { entity, relationshipLink, withEnds, type RelationshipLink } from './projections.ts';
import type { EntityKind, RelationshipType } from './vocabulary.ts';
import { all, cachedStatement, checkedHops, hopPattern, typeFilter } from './cypher.ts';

export interface RawSubgraph {
  nodes: Entity[];
  relationships: Relationship[];
  truncated: boolean;
}

// Nearest and best-connected first, cut at maxNodes; then every stated link among the kept
// nodes. The direct neighbours come first, so when there are at least maxNodes of them (a hub)
// the answer is among them and the search goes no further; otherwise one breadth-first search
// (SHORTEST 1 to every node within the depth, passing only through `through` kinds, all when
// null) adds the farther ones. Relationships carry only their ends' ids, which are all among
// the nodes: neighbourhood() puts the entity records back.
function neighbourhoodStatement(depth: number, types: readonly RelationshipType[] | null): string {
  const d = checkedHops(depth);
  const f = typeFilter(types);
  const farther = `
CALL (c, near) {
  WITH * WHERE size(near) < $limit
  MATCH p = SHORTEST 1 ${hopPattern('c', f, (x) => `${x} <> c AND ($through IS NULL OR ${x}.kind IN $through)`, d, '(m:Entity)')}
  WHERE m <> c AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH m, length(p) AS distance WHERE distance > 1
  WITH m, distance ORDER BY distance, coalesce(m.degree, 0) DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS farther
}`;
  return cachedStatement(
    `hood:${d}:${f.key}`,
    () => `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[link${f.label}]-(m:Entity)
  WHERE ${all(f.on('link'), 'm <> c', '($kinds IS NULL OR m.kind IN $kinds)')}
  WITH DISTINCT m ORDER BY coalesce(m.degree, 0) DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS near
}${d > 1 ? farther : ''}
WITH c, ${d > 1 ? 'near + farther' : 'near'} AS found
WITH c, found[..$maxNodes - 1] AS kept, size(found) >= $maxNodes AS truncated
WITH [c] + kept AS members, truncated
// An aggregation starts fresh rows: without it the lists above ride along in every row the
// sort below keeps, and Neo4j counts each copy against the transaction memory limit.
WITH members, truncated, count(*) AS rows
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r${f.label}]->(b:Entity)
  WHERE ${all(f.on('r'), 'b IN members')}
  WITH r ORDER BY r.id LIMIT $maxRelationships
  RETURN collect(${relationshipLink('r')}) AS relationships
}
RETURN [n IN members | ${entity('n')}] AS nodes, relationships,
       truncated OR size(relationships) >= $maxRelationships AS truncated`,
  );
}

export interface NeighbourhoodQuery {
  id: string;
  depth: number;
  maxNodes: number;
  types: readonly RelationshipType[] | null;
  kinds: readonly EntityKind[] | null;
  through: readonly EntityKind[] | null;
}

export function neighbourhoodStatementFor(q: NeighbourhoodQuery): {
  cypher: string;
  params: Record<string, unknown>;
} {
  return {
    cypher: neighbourhoodStatement(q.depth, q.types),
    params: {
      id: q.id,
      types: q.types,
      kinds: q.kinds,
      through: q.through,
      limit: int(q.maxNodes),
      maxNodes: int(q.maxNodes),
      maxRelationships: int(q.maxNodes * 10),
    },
  };
}

/** The subgraph around an entity, or null when no entity has the id. */
export async function neighbourhood(
  graph: Graph,
  q: NeighbourhoodQuery,
): Promise<RawSubgraph | null> {
  const { cypher, params } = neighbourhoodStatementFor(q);
  const [row] = await graph.read<{
    nodes: Entity[];
    relationships: RelationshipLink[];
    truncated: boolean;
  }>(cypher, params);
  if (!row) return null;
  return {
    nodes: row.nodes,
    relationships: withEnds(row.relationships, row.nodes),
    truncated: row.truncated,
  };
}
