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
 * Rows a search expands k hops out from an end: degree × branching^(k-1), and ten times more for
 * each hop past the second, which the branching (measured one hop out) does not see: the degrees
 * are heavy-tailed, so the nodes two hops out lead to hubs more often than the first ones do.
 */
const reachOf = (end: 'a' | 'b', hops: string): string =>
  `${end}Degree * ${end}Branching ^ (${hops} - 1) * 10.0 ^ CASE WHEN ${hops} > 2 THEN ${hops} - 2 ELSE 0 END`;

/**
 * What meeting at `m` costs for a `length`-hop path: 1 … length - 1 is a node met from both
 * ends (m hops from a, the rest from b); 0 and `length` walk from one end to the nodes next to
 * the other, and check each one's links to it (Expand(Into), which reads the links of whichever
 * of the two has fewer: about as many as the walk's nodes have, up to the other end's degree).
 */
function meetingCost(m: string, length: number): string {
  const walk = (from: 'a' | 'b', to: 'a' | 'b'): string => {
    const perNode = `${from}Branching * 10.0 ^ ${Math.max(length - 2, 0)}`;
    return `${reachOf(from, String(length - 1))} * (1 + CASE WHEN ${perNode} < ${to}Degree THEN ${perNode} ELSE ${to}Degree END)`;
  };
  return `CASE ${m} WHEN 0 THEN ${walk('b', 'a')}
        WHEN ${length} THEN ${walk('a', 'b')}
        ELSE ${reachOf('a', m)} + ${reachOf('b', `${length} - ${m}`)} END`;
}

/**
 * Each end's degree and branching: the mean degree of the nodes its first hop can reach, from
 * up to REACH_SAMPLE of them. Degrees alone are not enough: an ordinary end next to a hub has a
 * handful of links but tens of thousands two hops out, and meeting beside it expands them all.
 */
const REACH_SAMPLE = 200;
function reach(end: 'a' | 'b', f: TypeFilter, avoid: boolean): string {
  return `
  CALL (a, b) {
    OPTIONAL MATCH (${end})-[r${f.label}]-(x:Entity) WHERE ${all(f.on('r'), innerNode('x', avoid))}
    WITH x LIMIT ${REACH_SAMPLE}
    RETURN coalesce(${end}.degree, 0) + 1.0 AS ${end}Degree,
           1.0 + CASE WHEN count(x) = 0 THEN 0.0 ELSE toFloat(sum(coalesce(x.degree, 0))) / count(x) END AS ${end}Branching
  }`;
}

/**
 * The paths of exactly `length` hops from `a` to `b`, as `p`. Where the search meets is picked
 * at run time (meetingCost): at an inner node, searched from both ends and joined there (a hash
 * join, forced by USING JOIN), so a hub near one end is expanded once instead of walking on from
 * each of its thousands of neighbours, which is what made a one-sided search (SHORTEST) take
 * seconds on a large graph; or at an end, when the other end's side is the small one.
 */
export function pathsOfLength(length: number, f: TypeFilter, avoid: boolean): string {
  // Relationships are named only when a parameter filter needs them (named, Neo4j plans the
  // typed joins far worse) or a second MATCH takes them up again.
  const rel = (i: number, named = false): string => (named || f.on('r') ? `r${i}` : '') + f.label;
  const ranks = Array.from({ length }, (_, i) => i + 1);
  const types = ranks.map((i) => f.on(`r${i}`));
  if (length === 1) return `    MATCH p = (a)-[${rel(1)}]-(b) WHERE ${all(...types)}`;
  const inner = Array.from({ length: length - 1 }, (_, i) => `x${i + 1}`);
  // From one end to the node next to the other: the path without its link into that end.
  const walkFrom = (end: 'a' | 'b', named: boolean): string =>
    end === 'a'
      ? `(a)${inner.map((x, i) => `-[${rel(i + 1, named)}]-(${x})`).join('')}`
      : `(b)${inner
          .map((x, i) => `-[${rel(i + 2, named)}]-(${x})`)
          .reverse()
          .join('')}`;
  const chain = (named: boolean): string => `${walkFrom('a', named)}-[${rel(length, named)}]-(b)`;
  const distinct = inner.flatMap((x, i) => inner.slice(i + 1).map((y) => `${x} <> ${y}`));
  const conditions = (...more: (string | null)[]): string =>
    all(...inner.map((x) => innerNode(x, avoid)), ...distinct, ...more).replaceAll(
      ' AND ',
      '\n        AND ',
    );
  const joined = inner.map(
    (x, i) => `
      WITH a, b WHERE meet = ${i + 1}
      MATCH p = ${chain(false)}
      USING JOIN ON ${x}
      WHERE ${conditions(...types)}
      RETURN p`,
  );
  // The walk from one end runs in a subquery of its own: a plain MATCH is planned with the rest
  // (WITH * is no barrier), and the planner may start from the other end, however big. The path
  // is then the walk with its last link checked into that end.
  // Meeting at b (length) is the walk from a; meeting at a (0), the walk from b.
  const walked = (end: 'a' | 'b'): string => {
    const [meet, last] = end === 'a' ? [length, length] : [0, 1];
    const walkedRanks = ranks.filter((i) => i !== last);
    return `
      WITH a, b WHERE meet = ${meet}
      CALL (a, b) {
        MATCH ${walkFrom(end, true)}
        WHERE ${conditions(...walkedRanks.map((i) => types[i - 1] ?? null))}
        RETURN ${[...inner, ...walkedRanks.map((i) => `r${i}`)].join(', ')}
      }
      MATCH p = ${chain(true)}
      WHERE ${all(types[last - 1] ?? null)}
      RETURN p`;
  };
  return `    CALL (a, b, meet) {${[...joined, walked('a'), walked('b')].join('\n      UNION ALL')}
    }`;
}

/** `meet`: the cheapest meeting point (meetingCost) of a `length`-hop search, as pathsOfLength takes it. */
const meetingPoint = (length: number): string =>
  length === 1
    ? ''
    : `    WITH a, b, [m IN range(0, ${length}) | ${meetingCost('m', length)}] AS costs
    WITH a, b, reduce(best = 0, m IN range(1, ${length}) | CASE WHEN costs[m] < costs[best] THEN m ELSE best END) AS meet
`;

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
  CALL (a, b, aDegree, aBranching, bDegree, bBranching${found.map((l) => `, ${l}`).join('')}) {${guard}
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
      step(meetingPoint(length) + pathsOfLength(length, f, avoid), CANDIDATES_PER_LENGTH);
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
${reach('a', f, avoid)}${reach('b', f, avoid)}${steps}
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
