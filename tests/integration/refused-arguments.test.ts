// Arguments out of range or of the wrong type are refused, before any cost is counted or any
// statement runs: a range error names the argument and its bounds (200, BAD_USER_INPUT), a
// type error is a validation failure (400), within 50 ms, and the graph is unchanged.
import { describe, it } from 'vitest';
import { ALL_KINDS } from '../helpers/documents.ts';
import { expectNamedOnce, refused, refusalTable, type Case } from '../helpers/refusalTable.ts';
import { post } from '../helpers/sendGraphQL.ts';

const PATHS = (hops: string): string =>
  `{ collaborationPaths(from: "university:wust", to: "enterprise:ruitang", maxHops: ${hops}) { length } }`;

const CASES: Case[] = [
  refused(
    'first: 2147483647, which would cost 2^31: the range, not the cost',
    () => post({ query: '{ search(query: "武汉", first: 2147483647) { id } }' }),
    200,
    'BAD_USER_INPUT',
    /^first must be an integer from 1 to 100; got 2147483647\.$/,
  ),
  refused(
    'first: 2147483647 in a variable: the range, not the cost',
    () =>
      post({
        query: 'query($n: Int) { enterprises(first: $n) { nodes { id } } }',
        variables: { n: 2147483647 },
      }),
    200,
    'BAD_USER_INPUT',
    /^first must be an integer from 1 to 100; got 2147483647\.$/,
  ),
  refused(
    'maxHops: 99, which would cost ten million: the range 1..6, not the cost',
    () => post({ query: PATHS('99') }),
    200,
    'BAD_USER_INPUT',
    /^maxHops must be an integer from 1 to 6; got 99\.$/,
  ),
  refused(
    'first: 2147483648 (not a 32-bit Int)',
    () => post({ query: '{ search(query: "武汉", first: 2147483648) { id } }' }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /non 32-bit signed integer/,
  ),
  refused(
    'first: -1',
    () => post({ query: '{ search(query: "武汉", first: -1) { id } }' }),
    200,
    'BAD_USER_INPUT',
    /first must be an integer from 1 to 100; got -1/,
  ),
  refused('maxHops: 0', () => post({ query: PATHS('0') }), 200, 'BAD_USER_INPUT', /maxHops/),
  refused('maxHops: 7', () => post({ query: PATHS('7') }), 200, 'BAD_USER_INPUT', /from 1 to 6/),
  refused(
    'maxHops: 2147483648',
    () => post({ query: PATHS('2147483648') }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ),
  refused(
    'maxHops: "4" (a string literal)',
    () => post({ query: PATHS('"4"') }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /Int cannot represent non-integer value: "4"/,
  ),
  refused(
    'maxHops: "4" in an Int variable',
    () =>
      post({
        query: `query($h: Int) { collaborationPaths(from: "university:wust", to: "enterprise:ruitang", maxHops: $h) { length } }`,
        variables: { h: '4' },
      }),
    400,
    'BAD_USER_INPUT',
    /Int cannot represent non-integer value/,
  ),
  refused(
    'brokers maxHops: 7 over every kind',
    () =>
      post({
        query: `{ brokers(between: {kinds: [${ALL_KINDS}]}, and: {kinds: [${ALL_KINDS}]}, maxHops: 7) { score } }`,
      }),
    200,
    'BAD_USER_INPUT',
    /maxHops/,
  ),
  refused(
    'neighbourhood depth 4, maxNodes 501',
    () =>
      post({ query: '{ neighborhood(id: "region:cixi", depth: 4, maxNodes: 501) { truncated } }' }),
    200,
    'BAD_USER_INPUT',
    /depth must be an integer from 1 to 3/,
  ),
  refused(
    'a variable object nested 10,000 levels',
    () =>
      post(
        `{"query":"query($f: EntityFilter) { enterprises(filter: $f) { totalCount } }","variables":{"f":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`,
      ),
    400,
    'BAD_USER_INPUT',
    /Field "a" is not defined by type "EntityFilter"/,
  ),
  refused(
    'a variable list nested 10,000 levels',
    () =>
      post(
        `{"query":"query($a: [ID!]) { collaborationPaths(from: \\"university:wust\\", to: \\"enterprise:ruitang\\", avoid: $a) { length } }","variables":{"a":${'['.repeat(10_000)}1${']'.repeat(10_000)}}}`,
      ),
    400,
    'BAD_USER_INPUT',
    /ID cannot represent value/,
  ),
];

const table = refusalTable('refused arguments');

describe('arguments out of range or of the wrong type are refused before they run', () => {
  it('has at least 14 cases, each named once', () => expectNamedOnce(CASES, 14));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => table.run(c));
});
