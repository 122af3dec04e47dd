// Questions a policy researcher asks of the whole graph: partner suggestions, brokers between
// two groups, program or industry coverage, and grouped counts.
import { int, type Graph } from '../neo4j/graph.ts';
import { type Entity } from './records.ts';
import { type EntityKind } from './vocabulary.ts';
import { entity } from './projections.ts';
import { HUB_KINDS, type RelationshipStatus, type RelationshipType } from './vocabulary.ts';
import { checkedHops, hopPattern, typeExpression, typeFilter, type TypeFilter } from './cypher.ts';

export interface Recommendation {
  entity: Entity;
  score: number;
  sharedNeighbours: Entity[];
}

// A shared neighbour z links e and c, so its degree is at least 2 and ln(degree) > 0.
const recommendStatement = (t: string): string => `
MATCH (e:Entity {id: $id})-[:${t}]-(z:Entity)
WHERE NOT z.kind IN $hubs
WITH DISTINCT e, z, COUNT { (z)-[:${t}]-(:Entity) } AS degree
MATCH (z)-[:${t}]-(c:Entity)
WHERE c <> e AND c.kind IN $kinds AND NOT EXISTS { (e)--(c) }
WITH c, collect(DISTINCT {z: z, weight: 1.0 / log(degree)}) AS shared
WITH c, shared, CASE WHEN $adamicAdar THEN reduce(s = 0.0, x IN shared | s + x.weight)
                     ELSE toFloat(size(shared)) END AS score
ORDER BY score DESC, c.name, c.id
LIMIT $first
RETURN ${entity('c')} AS entity, score,
       [x IN shared | ${entity('x.z')}] AS sharedNeighbours`;

export async function recommendPartners(
  graph: Graph,
  q: {
    id: string;
    first: number;
    adamicAdar: boolean;
    kinds: readonly EntityKind[];
    types: readonly RelationshipType[];
  },
): Promise<Recommendation[]> {
  return graph.read<Recommendation>(recommendStatement(typeExpression(q.types)), {
    id: q.id,
    first: int(q.first),
    adamicAdar: q.adamicAdar,
    kinds: q.kinds,
    hubs: HUB_KINDS,
  });
}

export interface Group {
  kinds: readonly EntityKind[];
  industry: string | null;
  program: string | null;
  ids: readonly string[] | null;
}

export interface BrokerScore {
  entity: Entity;
  score: number;
  pairs: number;
}

export const GROUP_LIMIT = 100;

const member = (v: string, g: string): string => `${v}.kind IN $${g}.kinds
  AND ($${g}.industry IS NULL OR EXISTS { (${v})--(:Industry {id: $${g}.industry}) })
  AND ($${g}.program IS NULL OR EXISTS { (${v})--(:Program {id: $${g}.program}) })
  AND ($${g}.ids IS NULL OR ${v}.id IN $${g}.ids)`;

// For every pair, all shortest paths; each inner node earns the share of the pair's paths
// through it. Pairs are counted once even when the groups overlap.
const brokerStatement = (f: TypeFilter, hops: number): string => `
MATCH (a:Entity) WHERE ${member('a', 'groupA')}
WITH a ORDER BY a.id LIMIT ${GROUP_LIMIT}
WITH collect(a) AS groupA
MATCH (b:Entity) WHERE ${member('b', 'groupB')}
WITH groupA, b ORDER BY b.id LIMIT ${GROUP_LIMIT}
WITH groupA, collect(b) AS groupB
UNWIND groupA AS a
UNWIND groupB AS b
WITH DISTINCT CASE WHEN a.id < b.id THEN a ELSE b END AS a, CASE WHEN a.id < b.id THEN b ELSE a END AS b
WHERE a <> b
MATCH p = ALL SHORTEST ${hopPattern('a', f, (x) => `${x} <> a AND ${x} <> b AND NOT ${x}.kind IN $hubs`, hops, '(b)')}
WITH a, b, collect(p) AS paths
UNWIND paths AS p
UNWIND nodes(p)[1..-1] AS v
WITH a, b, v, size(paths) AS total, count(*) AS through
WITH v, sum(toFloat(through) / total) AS score, count(*) AS pairs
ORDER BY score DESC, v.name, v.id
LIMIT $first
RETURN ${entity('v')} AS entity, score, pairs`;

export async function brokersBetween(
  graph: Graph,
  q: {
    between: Group;
    and: Group;
    hops: number;
    first: number;
    types: readonly RelationshipType[];
  },
): Promise<BrokerScore[]> {
  return graph.read<BrokerScore>(brokerStatement(typeFilter(q.types), checkedHops(q.hops)), {
    types: q.types,
    groupA: q.between,
    groupB: q.and,
    hubs: HUB_KINDS,
    first: int(q.first),
  });
}

export interface EnterpriseLinks {
  enterprise: Entity;
  talents: Entity[];
  projects: Entity[];
  universities: Entity[];
}

export interface Coverage {
  scope: Entity;
  enterprises: number;
  covered: EnterpriseLinks[];
  uncovered: Entity[];
  share: number;
  withTalent: number;
  withProject: number;
  withUniversity: number;
}

const linked = (label: string): string =>
  `COLLECT { MATCH (e)--(x:${label}) WITH DISTINCT x ORDER BY x.name, x.id LIMIT 50 RETURN ${entity('x')} }`;

const COVERAGE = `
MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)--(e:Enterprise)
  WITH DISTINCT e ORDER BY e.name, e.id LIMIT 1000
  RETURN collect({enterprise: ${entity('e')}, talents: ${linked('Talent')},
                  projects: ${linked('Project')}, universities: ${linked('University')}}) AS rows
}
RETURN ${entity('s')} AS scope, rows`;

/** The enterprises linked to an entity (a program or industry), split by whether they have links. */
export async function coverageOf(graph: Graph, id: string): Promise<Coverage | null> {
  const [row] = await graph.read<{ scope: Entity; rows: EnterpriseLinks[] }>(COVERAGE, { id });
  if (!row) return null;
  const { scope, rows } = row;
  const linkCount = (r: EnterpriseLinks): number =>
    r.talents.length + r.projects.length + r.universities.length;
  const covered = rows.filter((r) => linkCount(r) > 0);
  return {
    scope,
    enterprises: rows.length,
    covered,
    uncovered: rows.filter((r) => linkCount(r) === 0).map((r) => r.enterprise),
    share: rows.length ? covered.length / rows.length : 0,
    withTalent: rows.filter((r) => r.talents.length).length,
    withProject: rows.filter((r) => r.projects.length).length,
    withUniversity: rows.filter((r) => r.universities.length).length,
  };
}

export type CountDimension = 'KIND' | 'INDUSTRY' | 'PROGRAM' | 'REGION' | 'YEAR';
export type CountOrder = 'COUNT_DESC' | 'COUNT_ASC' | 'KEY_ASC';

export interface CountRow {
  key: string;
  groupEntity: Entity | null;
  count: number;
}

// With $statuses, an entity counts for a group only through a link of one of them.
const grouped = (label: string, kind: EntityKind): string => `
MATCH (g:${label})-[r]-(n:Entity)
WHERE n.kind <> '${kind}' AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($statuses IS NULL OR r.status IN $statuses)
WITH g, count(DISTINCT n) AS count
RETURN g.id AS key, ${entity('g')} AS groupEntity, count`;

// By kind or year, with $statuses, only entities with at least one link of one of them count.
const linkedWith = `($statuses IS NULL OR EXISTS { (n)-[r]-(:Entity) WHERE r.status IN $statuses })`;

const COUNT_SOURCES: Readonly<Record<CountDimension, string>> = {
  KIND: `MATCH (n:Entity) WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ${linkedWith}
RETURN n.kind AS key, null AS groupEntity, count(*) AS count`,
  INDUSTRY: grouped('Industry', 'INDUSTRY'),
  PROGRAM: grouped('Program', 'PROGRAM'),
  REGION: grouped('Region', 'REGION'),
  YEAR: `MATCH (n:Entity) WHERE n.year IS NOT NULL AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ${linkedWith}
RETURN toString(n.year) AS key, null AS groupEntity, count(*) AS count`,
};

const ORDER: Readonly<Record<CountOrder, string>> = {
  COUNT_DESC: 'count DESC, key',
  COUNT_ASC: 'count, key',
  KEY_ASC: 'key',
};

export async function countsBy(
  graph: Graph,
  q: {
    by: CountDimension;
    kinds: readonly EntityKind[] | null;
    statuses: readonly RelationshipStatus[] | null;
    orderBy: CountOrder;
    first: number;
  },
): Promise<CountRow[]> {
  const statement = `CALL () { ${COUNT_SOURCES[q.by]} }
RETURN key, groupEntity, count ORDER BY ${ORDER[q.orderBy]} LIMIT $first`;
  return graph.read<CountRow>(statement, {
    kinds: q.kinds,
    statuses: q.statuses,
    first: int(q.first),
  });
}
