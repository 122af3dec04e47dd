// Requests the API does not serve, whatever their document: bodies that are not one JSON
// operation (a batch of mutations included), oversized bodies, cross-site "simple" requests
// (CSRF, queries and mutations alike), mutations by GET or that the
// schema lacks, subscriptions, unknown operation names, other methods, types and paths. Each is refused with
// its status and code within 50 ms, and the graph is unchanged (refusalTable.ts).
import { describe, it } from 'vitest';
import { expectNamedOnce, refused, refusalTable, type Case } from '../helpers/refusalTable.ts';
import { JSON_TYPE, get, post } from '../helpers/sendGraphQL.ts';

const STATS = '{ stats { entities relationships indicators sources } }';
const REVIEW = 'mutation { reviewChange(id: "change:x", decision: ACCEPT) { id } }';

const CASES: Case[] = [
  refused(
    'malformed JSON',
    () => post('{"query": "{ stats { entities } }"'),
    400,
    'BAD_REQUEST',
    /Malformed JSON/,
  ),
  refused('an empty JSON body', () => post(''), 400, 'BAD_REQUEST', /empty/),
  refused('a query that is not a string', () => post({ query: { stats: 1 } }), 400, 'BAD_REQUEST'),
  refused(
    'oversized body with a content-length (200 KB)',
    () => post({ query: `{ stats { entities } } # ${'x'.repeat(200_000)}` }),
    413,
    'BAD_REQUEST',
    /at most 102400 bytes/,
  ),
  refused(
    'oversized body sent chunked, no content-length (4 MB)',
    () => ({ headers: JSON_TYPE, stream: { size: 64 * 1024, count: 64 } }),
    413,
    'BAD_REQUEST',
    /at most 102400 bytes/,
  ),
  refused(
    'text/plain simple request (CSRF)',
    () => post({ query: STATS }, { 'content-type': 'text/plain' }),
    400,
    'BAD_REQUEST',
    /Cross-Site Request Forgery/,
  ),
  refused(
    'form-urlencoded simple request (CSRF)',
    () =>
      post(`query=${encodeURIComponent(STATS)}`, {
        'content-type': 'application/x-www-form-urlencoded',
      }),
    400,
    'BAD_REQUEST',
    /Cross-Site Request Forgery/,
  ),
  refused(
    'an unsupported content type (application/xml)',
    () => post('<query>{ stats { entities } }</query>', { 'content-type': 'application/xml' }),
    400,
    'BAD_REQUEST',
  ),
  refused(
    'a batch (array body)',
    () => post([{ query: STATS }, { query: STATS }]),
    400,
    'BAD_REQUEST',
    /batching disabled/i,
  ),
  refused(
    'a batch of two mutations (array body)',
    () => post([{ query: REVIEW }, { query: REVIEW }]),
    400,
    'BAD_REQUEST',
    /batching disabled/i,
  ),
  refused(
    'text/plain simple request with a mutation (CSRF)',
    () => post({ query: REVIEW }, { 'content-type': 'text/plain' }),
    400,
    'BAD_REQUEST',
    /Cross-Site Request Forgery/,
  ),
  refused(
    'form-urlencoded simple request with a mutation (CSRF)',
    () =>
      post(`query=${encodeURIComponent(REVIEW)}`, {
        'content-type': 'application/x-www-form-urlencoded',
      }),
    400,
    'BAD_REQUEST',
    /Cross-Site Request Forgery/,
  ),
  refused(
    'GET with a mutation and no preflight header (CSRF)',
    () => get({ query: REVIEW }, {}),
    400,
    'BAD_REQUEST',
    /Cross-Site Request Forgery/,
  ),
  refused(
    'GET naming the mutation of a document that holds a query too',
    () =>
      get({
        query: `query Read { stats { entities } } ${REVIEW.replace('mutation', 'mutation Write')}`,
        operationName: 'Write',
      }),
    405,
    'BAD_REQUEST',
    /GET requests only support query operations/,
  ),
  refused(
    'GET with a mutation',
    () => get({ query: 'mutation { reviewChange(id: "change:x", decision: ACCEPT) { id } }' }),
    405,
    'BAD_REQUEST',
    /GET requests only support query operations/,
  ),
  refused(
    'POST with a mutation the schema lacks',
    () => post({ query: 'mutation Drop { deleteEverything }' }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /Cannot query field "deleteEverything" on type "Mutation"/,
  ),
  refused(
    'POST with a subscription',
    () => post({ query: 'subscription { stats { entities } }' }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /has no subscription operations; send a query or a mutation/,
  ),
  refused(
    'GET with an unknown operation name',
    () => get({ query: 'query A { stats { entities } }', operationName: 'B' }),
    400,
    'OPERATION_RESOLUTION_FAILURE',
    /Unknown operation named "B"/,
  ),
  refused(
    'GET without a preflight header (CSRF)',
    () => get({ query: STATS }, {}),
    400,
    'BAD_REQUEST',
    /Cross-Site Request Forgery/,
  ),
  refused(
    'POST with an unknown operation name',
    () => post({ query: 'query A { stats { entities } }', operationName: 'Drop' }),
    400,
    'OPERATION_RESOLUTION_FAILURE',
  ),
  refused('PUT', () => ({ method: 'PUT', ...post({ query: STATS }) }), 405, 'BAD_REQUEST'),
  refused(
    'accept: application/xml only',
    () => post({ query: STATS }, { ...JSON_TYPE, accept: 'application/xml' }),
    406,
    'BAD_REQUEST',
  ),
  refused(
    'a path other than /graphql',
    () => ({ path: '/graphql/../admin', ...post({ query: STATS }) }),
    404,
    'NOT_FOUND',
  ),
];

const table = refusalTable('refused HTTP requests');

describe('requests the API does not serve are refused at its edge', () => {
  it('has at least 23 cases, each named once', () => expectNamedOnce(CASES, 23));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => table.run(c));
});
