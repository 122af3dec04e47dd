// Collaboration paths and neighbourhoods. Hop bounds and relationship types cannot be Cypher
// parameters, so each statement is built from a validated integer and enum values found in the
// fixed vocabulary table, never from caller text; built statements are cached.
import { int, type Graph } from '../neo4j/graph.ts';
import type { Entity, EntityKind, Relationship } from './records.ts';
import { entity, relationship } from './projections.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from './vocabulary.ts';

export const MAX_HOPS = 6;
/** SHORTEST needs a literal count: fetch up to this many, then order ties stably and cut. */
const CANDIDATE_PATHS = 50;

export interface RawPath {
  length: number;
  nodes: Entity[];
  relationships: Relationship[];
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  types: readonly RelationshipType[];
  /** Kinds a path may pass through (its ends may be of any kind). */
  through: readonly EntityKind[];
  avoid: readonly string[];
}

/** `A|B|C` from vocabulary keys only; throws on anything else so no caller text reaches Cypher. */
export function typeExpression(types: readonly RelationshipType[]): string {
  const unique = [...new Set(types)].sort();
  for (const t of unique)
    if (!Object.hasOwn(RELATIONSHIP_TYPES, t)) throw new Error(`not a relationship type: ${t}`);
  return unique.join('|');
}

export function checkedHops(hops: number): number {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS)
    throw new Error(`hops out of range: ${hops}`);
  return hops;
}

/**
 * `start`…`end` through 1..hops relationships matching `rel`, every inner node `x` meeting
 * `where`. One hop is written as a plain pattern, since a quantifier cannot be {0,0}.
 */
export function hopPattern(
  start: string,
  rel: string,
  where: string,
  hops: number,
  end: string,
): string {
  const h = checkedHops(hops);
  if (h === 1) return `${start}-[${rel}]-${end}`;
  return `${start}(()-[${rel}]-(x:Entity) WHERE ${where}){0,${h - 1}}()-[${rel}]-${end}`;
}

const cache = new Map<string, string>();
const cached = (key: string, build: () => string): string => {
  let statement = cache.get(key);
  if (!statement) cache.set(key, (statement = build()));
  return statement;
};

// Inner nodes must be neither end, of an allowed kind and not avoided; the last hop reaches `b`.
// Shortest first; ties ordered by the ids along the path so answers are stable. SHORTEST may
// return a path that revisits a node (it keeps relationships distinct, not nodes): dropped.
function pathStatement(maxHops: number, types: readonly RelationshipType[]): string {
  const hops = checkedHops(maxHops);
  const t = typeExpression(types);
  return cached(
    `path:${hops}:${t}`,
    () => `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = SHORTEST ${CANDIDATE_PATHS} ${hopPattern('(a)', `:${t}`, 'x <> a AND x <> b AND x.kind IN $through AND NOT x.id IN $avoid', hops, '(b)')}
  WITH p, [n IN nodes(p) | n.id] AS ids
  WHERE none(i IN range(0, size(ids) - 2) WHERE ids[i] IN ids[i + 1..])
  ORDER BY length(p), ids
  LIMIT $first
  RETURN collect({length: length(p), nodes: [n IN nodes(p) | ${entity('n')}],
                  relationships: [r IN relationships(p) | ${relationship('r')}]}) AS paths
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, paths`,
  );
}

export interface PathAnswer {
  fromExists: boolean;
  toExists: boolean;
  paths: RawPath[];
}

/** One statement: whether both ends exist, and the paths between them. */
export async function pathsBetween(graph: Graph, q: PathQuery): Promise<PathAnswer> {
  const { cypher, params } = pathStatementFor(q);
  const [row] = await graph.read<PathAnswer>(cypher, params);
  if (!row) throw new Error('path statement returned no row');
  return row;
}

/** The statement and parameters pathsBetween sends, for the benchmark's driver-only side. */
export function pathStatementFor(q: PathQuery): {
  cypher: string;
  params: Record<string, unknown>;
} {
  return {
    cypher: pathStatement(q.maxHops, q.types),
    params: { from: q.from, to: q.to, through: q.through, avoid: q.avoid, first: int(q.first) },
  };
}

export interface RawSubgraph {
  nodes: Entity[];
  relationships: Relationship[];
  truncated: boolean;
}

// One breadth-first search from the centre (SHORTEST 1 to every node within the depth), passing
// only through `through` kinds (all when null), nearest and best-connected first, cut at
// maxNodes; then every stated link among the kept nodes.
function neighbourhoodStatement(depth: number, types: readonly RelationshipType[] | null): string {
  const d = checkedHops(depth);
  const t = types === null ? '' : `:${typeExpression(types)}`;
  return cached(
    `hood:${d}:${t}`,
    () => `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH p = SHORTEST 1 ${hopPattern('(c)', t, 'x <> c AND ($through IS NULL OR x.kind IN $through)', d, '(m:Entity)')}
  WHERE m <> c AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH m, length(p) AS distance
  ORDER BY distance, coalesce(m.degree, 0) DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS found
}
WITH c, found[..$maxNodes - 1] AS kept, size(found) >= $maxNodes AS truncated
WITH [c] + kept AS members, truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r${t}]->(b:Entity)
  WHERE b IN members
  WITH r ORDER BY r.id LIMIT $maxRelationships
  RETURN collect(${relationship('r')}) AS relationships
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
  const [row] = await graph.read<RawSubgraph>(cypher, params);
  return row ?? null;
}
