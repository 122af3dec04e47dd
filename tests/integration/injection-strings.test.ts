// Cypher, Lucene and comment syntax in every string argument of the schema answer like any
// other unknown text (an empty list, null or NOT_FOUND), within the statement time limit, and
// leave the graph unchanged (refusalTable.ts). Values only ever reach Neo4j as parameters or as
// a quoted Lucene phrase; these cases prove it end to end.
import { describe, expect, it } from 'vitest';
import { EXECUTED_MS, expectNamedOnce, refusalTable, type Case } from '../helpers/refusalTable.ts';
import { post, type Outcome } from '../helpers/sendGraphQL.ts';

const INJECTIONS = [
  `'`,
  `"`,
  '`',
  '\\u0060',
  '//',
  '*/',
  '/* x',
  '\\',
  '*:* OR name:x~',
  'name:武汉* AND kind:ENTERPRISE~2',
  '") MATCH (n) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n //",
  '`) MATCH (n) DETACH DELETE n //',
  '}) RETURN 1 UNION MATCH (n) DETACH DELETE n //',
];

function injected(
  argument: string,
  query: string,
  code: string | null,
  check?: (o: Outcome) => void,
): Case {
  return {
    name: `injection strings in ${argument}`,
    requests: () => INJECTIONS.map((s) => post({ query, variables: { s } })),
    status: 200,
    code,
    withinMs: EXECUTED_MS,
    ...(check ? { check } : {}),
  };
}

const dataOf = (o: Outcome): Record<string, unknown> =>
  (o.body.data ?? {}) as Record<string, unknown>;

const INJECTED: Case[] = [
  injected('search.query', 'query($s: String!) { search(query: $s) { id } }', null),
  {
    name: 'injection strings in search.query as GraphQL string literals',
    requests: () =>
      INJECTIONS.map((s) => post({ query: `{ search(query: ${JSON.stringify(s)}) { id } }` })),
    status: 200,
    code: null,
    withinMs: EXECUTED_MS,
  },
  injected('entity.id', 'query($s: ID!) { entity(id: $s) { id } }', null, (o) =>
    expect(dataOf(o).entity).toBeNull(),
  ),
  injected(
    'collaborationPaths.from',
    'query($s: ID!) { collaborationPaths(from: $s, to: "enterprise:ruitang") { length } }',
    'NOT_FOUND',
  ),
  injected(
    'collaborationPaths.to',
    'query($s: ID!) { collaborationPaths(from: "university:wust", to: $s) { length } }',
    'NOT_FOUND',
  ),
  injected(
    'collaborationPaths.avoid',
    'query($s: ID!) { collaborationPaths(from: "university:wust", to: "enterprise:ruitang", avoid: [$s]) { length } }',
    null,
    (o) =>
      expect(dataOf(o).collaborationPaths).toEqual([
        { length: 1 },
        { length: 2 },
        { length: 3 },
        { length: 4 },
        { length: 4 },
      ]),
  ),
  injected('neighborhood.id', 'query($s: ID!) { neighborhood(id: $s) { truncated } }', 'NOT_FOUND'),
  injected('indicators.query', 'query($s: String) { indicators(query: $s) { id } }', null),
  injected('indicators.topic', 'query($s: String) { indicators(topic: $s) { id } }', null, (o) =>
    expect(dataOf(o).indicators).toEqual([]),
  ),
  injected(
    'the list filter nameContains',
    'query($s: String) { enterprises(filter: {nameContains: $s}) { totalCount } }',
    null,
  ),
  injected(
    'the list filter industry',
    'query($s: ID) { enterprises(filter: {industry: $s}) { totalCount } }',
    null,
    (o) => expect(dataOf(o).enterprises).toEqual({ totalCount: 0 }),
  ),
  injected(
    'the list filter region',
    'query($s: ID) { universities(filter: {region: $s}) { totalCount } }',
    null,
    (o) => expect(dataOf(o).universities).toEqual({ totalCount: 0 }),
  ),
  injected(
    'the list filter program',
    'query($s: ID) { talents(filter: {program: $s}) { totalCount } }',
    null,
    (o) => expect(dataOf(o).talents).toEqual({ totalCount: 0 }),
  ),
  injected(
    'the list cursor after',
    'query($s: String) { enterprises(after: $s) { totalCount } }',
    'BAD_USER_INPUT',
  ),
  injected('coverage.of', 'query($s: ID!) { coverage(of: $s) { share } }', 'NOT_FOUND'),
  injected(
    'partnerRecommendations.id',
    'query($s: ID!) { partnerRecommendations(id: $s) { score } }',
    'NOT_FOUND',
  ),
  injected(
    'brokers between.ids',
    'query($s: ID!) { brokers(between: {kinds: [ENTERPRISE], ids: [$s]}, and: {kinds: [UNIVERSITY]}) { score } }',
    null,
    (o) => expect(dataOf(o).brokers).toEqual([]),
  ),
  injected(
    'brokers and.ids',
    'query($s: ID!) { brokers(between: {kinds: [ENTERPRISE]}, and: {kinds: [UNIVERSITY], ids: [$s]}) { score } }',
    null,
    (o) => expect(dataOf(o).brokers).toEqual([]),
  ),
  injected(
    'brokers group industry',
    'query($s: ID!) { brokers(between: {kinds: [ENTERPRISE], industry: $s}, and: {kinds: [UNIVERSITY]}) { score } }',
    null,
    (o) => expect(dataOf(o).brokers).toEqual([]),
  ),
  injected(
    'brokers group program',
    'query($s: ID!) { brokers(between: {kinds: [TALENT]}, and: {kinds: [ENTERPRISE], program: $s}) { score } }',
    null,
    (o) => expect(dataOf(o).brokers).toEqual([]),
  ),
];

// Compile the query plans the cases use first: a cold plan on a busy machine can take seconds,
// which is Neo4j warming up, not what these cases measure.
const table = refusalTable('injection strings', () =>
  INJECTED.flatMap((c) => c.requests().slice(0, 1)),
);

describe('injection strings in every string argument leave the graph unchanged', () => {
  it('has at least 20 cases, each named once', () => expectNamedOnce(INJECTED, 20));

  it.each(INJECTED.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => table.run(c),
    60_000,
  );
});
