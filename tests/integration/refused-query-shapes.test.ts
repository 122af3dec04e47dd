// Documents shaped to cost the server (deep, wide, repeated, self-referencing, a mutation run
// several times in one operation) are refused before they run: 400 with a code and a message
// that says the limit (200 for an argument out of range), within 50 ms, and the graph is
// unchanged afterwards (refusalTable.ts).
import { describe, it } from 'vitest';
import { fanOut, ofDepth, times } from '../helpers/documents.ts';
import { expectNamedOnce, refused, refusalTable, type Case } from '../helpers/refusalTable.ts';
import { post } from '../helpers/sendGraphQL.ts';

const CASES: Case[] = [
  refused(
    'depth bomb: 300 levels of nested selections',
    () => post({ query: ofDepth(300) }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 10 levels of nesting are allowed; this operation has at least 12/,
  ),
  refused(
    'one level past the depth limit',
    () => post({ query: ofDepth(11) }),
    400,
    'QUERY_TOO_COMPLEX',
    /this operation has 11\./,
  ),
  refused(
    '120 aliases',
    () =>
      post({
        query: `{ stats { ${Array.from({ length: 120 }, (_, i) => `a${i}: entities`).join(' ')} } }`,
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 30 aliases are allowed; this operation has 120/,
  ),
  refused(
    '3,000 duplicate fields',
    () => post({ query: `{ stats { ${times(3_000, 'entities')} } }` }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 500 selections/,
  ),
  refused(
    '1,000 duplicate fields with selections (quadratic to validate)',
    () =>
      post({
        query: `{ entity(id: "university:wust") { ${times(1_000, 'relationships { id }')} } }`,
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 500 selections/,
  ),
  refused(
    '100,000 tokens in a 100 KB document',
    () => post({ query: `{ a(b: [${'[]'.repeat(49_990)}]) }` }),
    400,
    'GRAPHQL_PARSE_FAILED',
    /the document has more than 5000 tokens, the limit; send a smaller one/,
  ),
  refused(
    'lists nested 4,990 deep (the recursive parser overflows its stack)',
    () => post({ query: `{ a(b: ${'['.repeat(4_990)}${']'.repeat(4_990)}) }` }),
    400,
    'GRAPHQL_PARSE_FAILED',
    // Where the stack runs out depends on the process; the token limit stops it otherwise.
    /^Syntax Error: (the document is nested too deeply to parse\.$|the document has more than 5000 tokens, the limit; send a smaller one)/,
  ),
  refused(
    'directive overload: @include(if: true) 200 times on one field',
    () => post({ query: `{ stats { entities ${times(200, '@include(if: true)')} } }` }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 20 directives are allowed; this operation has 200/,
  ),
  refused(
    'directive overload spread over 25 fields',
    () =>
      post({
        query: `{ stats { ${Array.from({ length: 25 }, (_, i) => `d${i}: entities @include(if: true)`).join(' ')} } }`,
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 20 directives are allowed; this operation has 25/,
  ),
  refused(
    'circular fragments',
    () =>
      post({
        query:
          '{ entity(id: "university:wust") { ...A } } fragment A on Entity { relationships(first: 2) { from { ...B } } } fragment B on Entity { relationships(first: 2) { to { ...A } } }',
      }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /Cannot spread fragment "A" within itself via "B"/,
  ),
  refused(
    'a fragment spreading itself at the root',
    () => post({ query: '{ ...Q } fragment Q on Query { stats { entities } ...Q }' }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /Cannot spread fragment "Q" within itself/,
  ),
  refused(
    'fragment fan-out: 2^30 copies of a field',
    () => post({ query: `{ stats { ...F0 } }\n${fanOut(30, 'GraphStats', 'entities')}` }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 500 selections/,
  ),
  refused(
    'fragment fan-out at the root: 2^40 root fields',
    () => post({ query: `{ ...F0 }\n${fanOut(40, 'Query', '__typename')}` }),
    400,
    'QUERY_TOO_COMPLEX',
  ),
  refused(
    'a mutation repeated under aliases',
    () =>
      post({
        query: `mutation { ${Array.from({ length: 5 }, (_, i) => `m${i}: reviewChange(id: "change:x", decision: ACCEPT) { id }`).join(' ')} }`,
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /a mutation operation may hold one field: each change is applied in its own transaction.*this operation has 5\./,
  ),
  refused(
    'a mutation and a second one spread from a fragment',
    () =>
      post({
        query:
          'mutation { reviewChange(id: "change:x", decision: ACCEPT) { id } ...M } fragment M on Mutation { proposeChange(input: { reason: "x", operations: [] }) { id } }',
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /a mutation operation may hold one field.*this operation has 2\./,
  ),
  refused(
    'a mutation whose selection nests 40 levels deep',
    () =>
      post({
        query: `mutation { reviewChange(id: "change:x", decision: ACCEPT) ${'{ operations '.repeat(39)}{ kind }${' }'.repeat(39)} }`,
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 10 levels of nesting are allowed; this operation has at least 12/,
  ),
  refused(
    'a mutation whose answer repeats its operations 600 times',
    () =>
      post({
        query: `mutation { reviewChange(id: "change:x", decision: ACCEPT) { operations { ${times(600, 'record')} } } }`,
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 500 selections/,
  ),
  refused(
    'a mutation answer with 40 aliases',
    () =>
      post({
        query: `mutation { reviewChange(id: "change:x", decision: ACCEPT) { ${Array.from({ length: 40 }, (_, i) => `s${i}: status`).join(' ')} } }`,
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /at most 30 aliases are allowed; this operation has 40/,
  ),
  refused(
    'a second mutation in an inline fragment on the root',
    () =>
      post({
        query:
          'mutation { proposeChange(input: { reason: "x", operations: [] }) { id } ... on Mutation { r: reviewChange(id: "change:x", decision: REJECT) { id } } }',
      }),
    400,
    'QUERY_TOO_COMPLEX',
    /a mutation operation may hold one field.*this operation has 2\./,
  ),
  refused(
    'a change of 101 operations',
    () =>
      post({
        query: `mutation { proposeChange(input: { reason: "many", operations: [${times(101, '{ retract: { type: PAIRED_WITH, from: "a", to: "b" } }')}] }) { id } }`,
      }),
    200,
    'BAD_USER_INPUT',
    /^input\.operations may list at most 100 values\.$/,
  ),
];

const table = refusalTable('refused query shapes');

describe('documents shaped to cost the server are refused before they run', () => {
  it('has at least 20 cases, each named once', () => expectNamedOnce(CASES, 20));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => table.run(c));
});
