// Collaboration paths: one statement, built (see cypher.ts) for the hop bound, the relationship
// types asked for and whether their statuses are filtered.
import { int, type Graph } from '../neo4j/graph.ts';
import type { Entity, Relationship } from './records.ts';
import type { EntityKind, RelationshipStatus, RelationshipType } from './vocabulary.ts';
import { entity, relationshipLink, withEnds, type RelationshipLink } from './projections.ts';
import {
  all,
  cachedStatement,
  checkedHops,
  hopPattern,
  typeFilter,
  withStatuses,
  type TypeFilter,
} from './cypher.ts';

/** Paths up to this length are found by searching from both ends (see pathsOfLength). */
const MEETING_HOPS = 5;
/** Paths of one length ordered stably; beyond this many ties, which ones are kept is Neo4j's choice. */
const CANDIDATES_PER_LENGTH = 1000;
/** Longer paths come from SHORTEST, which needs a literal count: up to this many are ordered. */
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
  /** Statuses every relationship of a path must have; null for any. */
  statuses: readonly RelationshipStatus[] | null;
  /** Kinds a path may pass through (its ends may be of any kind). */
  through: readonly EntityKind[];
  avoid: readonly string[];
  /**
   * Whether each path comes with its nodes and relationships, or with its length alone (a client
   * that asks only how far apart two entities are); a parameter, so both share one plan.
   */
  steps: boolean;
}

/** An inner node of a path: of an allowed kind, not avoided, neither end. */
const innerNode = (x: string, avoid: boolean): string =>
  `${x}.kind IN $through${avoid ? ` AND NOT ${x}.id IN $avoid` : ''} AND ${x} <> a AND ${x} <> b`;

/**
 * The paths of exactly `length` hops from `a` to `b`, as `p`. The search starts from both ends
 * and meets at an inner node (a hash join, forced by USING JOIN): a hub near one end is expanded
 * once instead of walking on from each of its thousands of neighbours, which is what made a
 * one-sided search (SHORTEST) take seconds on a large graph. The end with fewer links walks
 * further: `skew` (log10 of the ratio of the ends' degrees) picks the meeting node at run time.
 */
function pathsOfLength(length: number, f: TypeFilter, avoid: boolean): string {
  // Relationships are named only when a parameter filter needs them: named, Neo4j plans the
  // typed joins far worse.
  const rel = (i: number): string => (f.on('r') ? `r${i}` : '') + f.label;
  const types = Array.from({ length }, (_, i) => f.on(`r${i + 1}`));
  if (length === 1) return `    MATCH p = (a)-[${rel(1)}]-(b) WHERE ${all(...types)}`;
  const inner = Array.from({ length: length - 1 }, (_, i) => `x${i + 1}`);
  const chain = `(a)${inner.map((x, i) => `-[${rel(i + 1)}]-(${x})`).join('')}-[${rel(length)}]-(b)`;
  const distinct = inner.flatMap((x, i) => inner.slice(i + 1).map((y) => `${x} <> ${y}`));
  const where = all(...inner.map((x) => innerNode(x, avoid)), ...distinct, ...types).replaceAll(
    ' AND ',
    '\n        AND ',
  );
  const branches = inner.map(
    (x, i) => `
      WITH a, b WHERE meet = ${i + 1}
      MATCH p = ${chain}
      USING JOIN ON ${x}
      WHERE ${where}
      RETURN p`,
  );
  return `    WITH a, b, toInteger(round((${length} + skew) / 2.0)) AS meet
    WITH a, b, CASE WHEN meet < 1 THEN 1 WHEN meet > ${length - 1} THEN ${length - 1} ELSE meet END AS meet
    CALL (a, b, meet) {${branches.join('\n      UNION ALL')}
    }`;
}

// Shortest first: each length is searched only while fewer than $first paths are found, and
// all paths of a length (up to CANDIDATES_PER_LENGTH) are ordered by the ids along them, then
// by their relationships' ids, so ties come in a stable order. Paths are simple: inner nodes
// are of an allowed kind, not avoided, and neither repeated nor an end.
function pathStatement(
  maxHops: number,
  types: readonly RelationshipType[],
  avoid: boolean,
  statuses: boolean,
): string {
  const hops = checkedHops(maxHops);
  const f = withStatuses(typeFilter(types), statuses);
  return cachedStatement(`path:${hops}:${f.key}:${avoid}`, () => {
    const found: string[] = [];
    let steps = '';
    const step = (search: string, limit: number): void => {
      const name = `l${found.length + 1}`;
      const guard = found.length
        ? `\n    WITH * WHERE ${found.map((l) => `size(${l})`).join(' + ')} < $first`
        : '';
      steps += `
  CALL (a, b, skew${found.map((l) => `, ${l}`).join('')}) {${guard}
${search}
    WITH p LIMIT ${limit}
    WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS rels
    ORDER BY length(p), ids, rels
    LIMIT $first
    RETURN collect(p) AS ${name}
  }`;
      found.push(name);
    };
    for (let length = 1; length <= Math.min(hops, MEETING_HOPS); length++)
      step(pathsOfLength(length, f, avoid), CANDIDATES_PER_LENGTH);
    // Longer paths (maxHops 6): a meeting search there can hold more rows than the transaction
    // memory allows, so they come from SHORTEST as before: up to CANDIDATE_PATHS shortest trails
    // (relationships distinct, nodes not necessarily), of which the simple ones beyond
    // MEETING_HOPS are kept.
    if (hops > MEETING_HOPS)
      step(
        `    MATCH p = SHORTEST ${CANDIDATE_PATHS} ${hopPattern('a', f, (x) => innerNode(x, avoid), hops, '(b)')}
    WITH p WHERE length(p) > ${MEETING_HOPS}
      AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])`,
        CANDIDATE_PATHS,
      );
    return `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b, log10((coalesce(b.degree, 0) + 1.0) / (coalesce(a.degree, 0) + 1.0)) AS skew${steps}
  UNWIND ${found.join(' + ')} AS p
  WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS rels
  ORDER BY length(p), ids, rels
  LIMIT $first
  RETURN collect({length: length(p),
                  nodes: CASE WHEN $steps THEN [n IN nodes(p) | ${entity('n')}] ELSE [] END,
                  relationships: CASE WHEN $steps THEN [r IN relationships(p) | ${relationshipLink('r')}] ELSE [] END}) AS paths
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, paths`;
  });
}

export interface PathAnswer {
  fromExists: boolean;
  toExists: boolean;
  paths: RawPath[];
}

/** One statement: whether both ends exist, and the paths between them. */
export async function pathsBetween(graph: Graph, q: PathQuery): Promise<PathAnswer> {
  const { cypher, params } = pathStatementFor(q);
  type Found = Omit<RawPath, 'relationships'> & { relationships: RelationshipLink[] };
  const [row] = await graph.read<Omit<PathAnswer, 'paths'> & { paths: Found[] }>(cypher, params);
  if (!row) throw new Error('path statement returned no row');
  // Relationships come with their ends' ids only (each end is among the path's nodes), so each
  // entity of a path crosses the wire once instead of up to three times.
  const paths = row.paths.map((p) => ({ ...p, relationships: withEnds(p.relationships, p.nodes) }));
  return { ...row, paths };
}

/** The statement and parameters pathsBetween sends, for the benchmark's driver-only side. */
export function pathStatementFor(q: PathQuery): {
  cypher: string;
  params: Record<string, unknown>;
} {
  return {
    cypher: pathStatement(q.maxHops, q.types, q.avoid.length > 0, q.statuses !== null),
    params: {
      from: q.from,
      to: q.to,
      types: q.types,
      through: q.through,
      avoid: q.avoid,
      statuses: q.statuses,
      first: int(q.first),
      steps: q.steps,
    },
  };
}
