// Hostile and malformed requests against the real API on the real test Neo4j. Every case in the
// table checks the HTTP status, the error code, a time bound, and then that the API still answers
// a normal query with the graph unchanged (the same node and relationship counts as before).
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';

/** Refused before execution (parse, validation, limits, HTTP edge) or by a resolver's argument check. */
const REFUSED_MS = 50;
/**
 * Runs against Neo4j (the injection strings): within the default statement time limit
 * (QUERY_TIMEOUT_MS, 5 s). On a quiet machine these take tens of milliseconds; on a busy one
 * the first run of a path statement for an unknown id has taken over 2 s (Neo4j compiling it).
 */
const EXECUTED_MS = 5_000;

const STATS = '{ stats { entities relationships indicators sources } }';
const JSON_TYPE = { 'content-type': 'application/json' };

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface Outcome {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  body: Body;
  code: string | null;
  message: string;
  ms: number;
}

interface Send {
  method?: string;
  /** Path and query string; /graphql by default. */
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sent chunked, without a content-length: `count` chunks of `size` bytes. */
  stream?: { size: number; count: number };
}

const post = (body: unknown, headers: Record<string, string> = JSON_TYPE): Send => ({
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const get = (
  params: Record<string, string>,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Send => ({
  method: 'GET',
  path: `/graphql?${new URLSearchParams(params).toString()}`,
  headers,
});

/** One request on a fresh connection, timed from before connecting to the last byte read. */
function send(base: string, s: Send): Promise<Outcome> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      method: s.method ?? 'POST',
      path: s.path ?? '/graphql',
      headers: s.headers ?? {},
      agent: false,
    });
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - started;
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Body = {};
        try {
          body = JSON.parse(text) as Body;
        } catch {
          // left empty: the content-type assertion reports it
        }
        const first = body.errors?.[0];
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          body,
          code: first ? (first.extensions?.code ?? 'NO_CODE') : null,
          message: first?.message ?? '',
          ms,
        });
      });
    });
    // Writing may fail once the server has answered and stopped reading (an oversized body).
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (!s.stream) {
      req.end(s.body);
      return;
    }
    const { size, count } = s.stream;
    const chunk = Buffer.alloc(size, 'a');
    void (async () => {
      for (let i = 0; i < count && !answered && !req.destroyed; i++) {
        if (!req.write(chunk)) await new Promise((done) => req.once('drain', done));
      }
      req.end();
    })();
  });
}

/** `entity { relationships { from { relationships … { id } } } }` with `id` at level `depth`. */
function ofDepth(depth: number): string {
  let inner = 'id';
  for (let level = depth - 1; level >= 2; level--)
    inner = `${level % 2 === 0 ? 'relationships(first: 1)' : 'from'} { ${inner} }`;
  return `{ entity(id: "university:wust") { ${inner} } }`;
}

/** Fragments F0…F(n-1) each spreading the next one twice: 2^n copies of the last one. */
function fanOut(n: number, on: string, leaf: string): string {
  const fragments = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`,
  );
  return [...fragments, `fragment F${n} on ${on} { ${leaf} }`].join('\n');
}

const times = (n: number, text: string): string => Array.from({ length: n }, () => text).join(' ');
const ALL_KINDS =
  'ENTERPRISE UNIVERSITY RESEARCH_INSTITUTE PLATFORM TALENT PROJECT PROGRAM EVENT INDUSTRY REGION AGENCY';
const PATHS = (hops: string): string =>
  `{ collaborationPaths(from: "university:wust", to: "enterprise:ruitang", maxHops: ${hops}) { length } }`;

interface Case {
  name: string;
  /** The requests of the case, built when it runs (some bodies are large). */
  requests: () => Send[];
  status: number;
  /** errors[0].extensions.code; null when the answer has no errors. */
  code: string | null;
  withinMs: number;
  message?: RegExp;
  check?: (o: Outcome) => void;
}

const refused = (
  name: string,
  request: () => Send,
  status: number,
  code: string,
  message?: RegExp,
  check?: (o: Outcome) => void,
): Case => ({
  name,
  requests: () => [request()],
  status,
  code,
  withinMs: REFUSED_MS,
  ...(message ? { message } : {}),
  ...(check ? { check } : {}),
});

const HOSTILE: Case[] = [
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
    'GET with a mutation',
    () => get({ query: 'mutation { stats { entities } }' }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /read-only: it has no mutation operations/,
  ),
  refused(
    'POST with a mutation',
    () => post({ query: 'mutation Drop { deleteEverything }' }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /read-only: it has no mutation operations/,
  ),
  refused(
    'POST with a subscription',
    () => post({ query: 'subscription { stats { entities } }' }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /read-only: it has no subscription operations/,
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

// Injection attempts: Cypher, Lucene and comment syntax in every string argument of the schema.
// Each is a parameter or a quoted Lucene phrase by construction; these prove it end to end.
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

type Stats = { entities: number; relationships: number; indicators: number; sources: number };

let api: TestApi;
let before: Stats;

async function stats(target: TestApi): Promise<Stats> {
  const res = await target.query<{ stats: Stats }>(STATS);
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  return res.data?.stats as Stats;
}

beforeAll(async () => {
  api = await startTestApi();
  before = await stats(api);
  // Warm up the parser, validation and the HTTP path, so the first timed case is not the one
  // that pays for the JIT.
  for (let i = 0; i < 20; i++) await send(api.url, post({ query: ofDepth(11) }));
  // And compile the query plans the injection cases use: a cold plan on a busy machine can take
  // seconds, which is Neo4j warming up, not what those cases measure.
  for (const c of INJECTED) {
    const [first] = c.requests();
    if (first) await send(api.url, first);
  }
});
const timings: string[] = [];
afterAll(async () => {
  await api?.close();
  if (timings.length)
    process.stdout.write(`hostile cases, slowest of the fastest tries:\n${timings.join('\n')}\n`);
});

/**
 * The time bound is checked on the fastest of up to three tries: on a shared two-core machine a
 * single request can be delayed by something else entirely (another test file's JVM starting).
 * Status, code and message are checked on every try.
 */
async function runCase(c: Case): Promise<void> {
  let slowest = 0;
  for (const request of c.requests()) {
    let fastest = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && fastest >= c.withinMs; attempt++) {
      const o = await send(api.url, request);
      expect(o.status, o.text.slice(0, 300)).toBe(c.status);
      expect(o.code, o.text.slice(0, 300)).toBe(c.code);
      if (c.code !== null) {
        expect(o.headers['content-type']).toMatch(/^application\/json/);
        expect(o.body.errors?.length).toBeGreaterThan(0);
      }
      expect(o.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      if (c.message) expect(o.message).toMatch(c.message);
      // Never a stack trace, never a Neo4j message.
      expect(o.text).not.toMatch(
        /\bat .+\.(ts|js):\d+|Neo\.(Client|Database|Transient)Error|Maximum call stack/,
      );
      c.check?.(o);
      fastest = Math.min(fastest, o.ms);
    }
    expect(fastest, `${c.name}: fastest of up to 3 tries`).toBeLessThan(c.withinMs);
    slowest = Math.max(slowest, fastest);
  }
  timings.push(`  ${slowest.toFixed(1).padStart(7)} ms  (bound ${c.withinMs})  ${c.name}`);
  // The API still answers a normal query, and nothing was written.
  expect(await stats(api)).toEqual(before);
}

describe('hostile requests', () => {
  it('has at least 30 cases, each named once', () => {
    const names = [...HOSTILE, ...INJECTED].map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(HOSTILE.map((c) => [c.name, c] as const))('%s', async (_name, c) => runCase(c));
});

describe('injection strings in every string argument leave the graph unchanged', () => {
  it.each(INJECTED.map((c) => [c.name, c] as const))('%s', async (_name, c) => runCase(c), 60_000);
});

describe('failures inside the server', () => {
  it('masks an unexpected resolver error and logs it in full under the x-request-id', async () => {
    // A Graph pointed at a database that does not exist: every statement fails with a Neo4j
    // error no resolver expects.
    const broken = await startTestApi({ NEO4J_DATABASE: 'nosuchdb' });
    try {
      const started = performance.now();
      const o = await send(broken.url, post({ query: STATS, operationName: null }));
      const ms = performance.now() - started;
      expect(o.status).toBe(200);
      expect(o.code).toBe('INTERNAL_SERVER_ERROR');
      expect(o.body.data).toBeNull();
      expect(o.message).toBe(
        'Internal server error. The x-request-id response header identifies it in the server log.',
      );
      expect(o.text).not.toMatch(/nosuchdb|neo4j|database|stack|\.ts:/i);
      expect(ms).toBeLessThan(2_000);
      const requestId = o.headers['x-request-id'];
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const logged = broken.log.events.filter((e) => e.requestId === requestId);
      const error = logged.find((e) => e.level === 'error');
      expect(error?.message).toMatch(/nosuchdb/);
      expect(error?.stack).toMatch(/Neo4jError/);
      expect(error?.path).toEqual(['stats']);
      expect(logged.find((e) => e.level === 'info')).toMatchObject({
        status: 200,
        outcome: 'INTERNAL_SERVER_ERROR',
      });
    } finally {
      await broken.close();
    }
    expect(await stats(api)).toEqual(before);
  });

  it('cancels the Neo4j work of a client that disconnects mid-query', async () => {
    // Brokers over every kind and category at 6 hops: seconds of work on the curated data.
    const query = `query SlowBrokers { brokers(between: {kinds: [${ALL_KINDS}]}, and: {kinds: [${ALL_KINDS}]}, maxHops: 6, categories: [COLLABORATION, AFFILIATION, POLICY]) { score } }`;
    const controller = new AbortController();
    const started = performance.now();
    const request = fetch(api.url, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ query, operationName: 'SlowBrokers' }),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    await new Promise((done) => setTimeout(done, 400));
    controller.abort();
    expect(await request).toBeInstanceOf(Error);

    // The request is logged once its Neo4j work has stopped: soon after the disconnect, not
    // when the query would have finished or hit its 5 s timeout.
    let entry: Record<string, unknown> | undefined;
    for (let i = 0; i < 60 && !entry; i++) {
      entry = api.log.events.find((e) => e.operationName === 'SlowBrokers');
      if (!entry) await new Promise((done) => setTimeout(done, 50));
    }
    expect(entry).toMatchObject({ level: 'info', clientGone: true, outcome: 'TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(3_400);
    expect(entry?.durationMs).toBeLessThan(2_500);

    // And Neo4j runs nothing for it any more.
    let running: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { records } = await api.driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery',
        {},
        { database: 'neo4j' },
      );
      // Only broker-like statements: another test file may share this Neo4j.
      running = records
        .map((r) => String(r.get('currentQuery')))
        .filter((q) => q.includes('ALL SHORTEST'));
      if (running.length === 0) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(running).toEqual([]);
    expect(await stats(api)).toEqual(before);
  });
});

describe('slow clients', () => {
  it('cuts off a client that sends its headers byte by byte (HEADERS_TIMEOUT_MS)', async () => {
    const slow = await startTestApi({ HEADERS_TIMEOUT_MS: '1000' });
    try {
      const { port } = new URL(slow.url);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((done) => socket.once('connect', done));
      const started = performance.now();
      let received = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
      const closed = new Promise<number>((done) =>
        socket.once('close', () => done(performance.now() - started)),
      );
      socket.on('error', () => undefined);
      socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      // One byte every 100 ms, for at most 5 s: far longer than the server allows.
      const header = `x-slow: ${'a'.repeat(60)}`;
      for (let i = 0; i < header.length && !socket.destroyed; i++) {
        socket.write(header[i] ?? '');
        const gone = await Promise.race([
          closed.then(() => true),
          new Promise<boolean>((done) => setTimeout(() => done(false), 100)),
        ]);
        if (gone) break;
      }
      socket.destroy();
      const ms = await closed;
      expect(received).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeGreaterThanOrEqual(900);
      expect(ms).toBeLessThan(2_500);
      // The server is fine afterwards.
      expect(await stats(slow)).toEqual(before);
    } finally {
      await slow.close();
    }
  });
});

describe('schema exposure by NODE_ENV', () => {
  const introspection = '{ __schema { queryType { name } } }';
  const typo = '{ stats { entitie } }';
  const badEnum = {
    query: 'query($k: [EntityKind!]) { search(query: "武汉", kinds: $k) { id } }',
    variables: { k: ['ENTERPRIS'] },
  };

  it('production: no introspection and no "Did you mean" hints', async () => {
    const production = await startTestApi({ NODE_ENV: 'production' });
    try {
      const intro = await send(production.url, post({ query: introspection }));
      expect(intro.status).toBe(400);
      expect(intro.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(intro.message).toMatch(/introspection is not allowed/i);
      const type = await send(
        production.url,
        post({ query: '{ __type(name: "Entity") { name } }' }),
      );
      expect(type.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typed = await send(production.url, post({ query: '{ __typename }' }));
      expect(typed.body).toEqual({ data: { __typename: 'Query' } });

      const field = await send(production.url, post({ query: typo }));
      expect(field.status).toBe(400);
      expect(field.message).toBe('Cannot query field "entitie" on type "GraphStats".');
      const literal = await send(
        production.url,
        post({ query: '{ search(query: "武汉", kinds: [ENTERPRIS]) { id } }' }),
      );
      expect(literal.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(literal.text).not.toMatch(/Did you mean/);
      const variable = await send(production.url, post(badEnum));
      expect(variable.status).toBe(400);
      expect(variable.code).toBe('BAD_USER_INPUT');
      expect(variable.message).toMatch(/does not exist in "EntityKind" enum\.$/);
      expect(variable.text).not.toMatch(/Did you mean|ENTERPRISE/);
    } finally {
      await production.close();
    }
  });

  it('development: introspection and hints on', async () => {
    const development = await startTestApi({ NODE_ENV: 'development' });
    try {
      const intro = await send(development.url, post({ query: introspection }));
      expect(intro.status).toBe(200);
      expect(intro.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const field = await send(development.url, post({ query: typo }));
      expect(field.message).toMatch(/Did you mean "entities"\?/);
      const variable = await send(development.url, post(badEnum));
      expect(variable.message).toMatch(/Did you mean the enum value "ENTERPRISE"\?/);
    } finally {
      await development.close();
    }
  });
});
