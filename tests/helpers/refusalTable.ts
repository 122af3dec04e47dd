// Runs a table of hostile requests against a real API on the shared test Neo4j. Every case
// checks the HTTP status, the error code, a time bound, and then that the API still answers a
// normal query with the graph unchanged (the same node and relationship counts as before).
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestApi, type TestApi } from './api.ts';
import { ofDepth } from './documents.ts';
import { post, send, type Outcome, type Send } from './sendGraphQL.ts';

/** Refused before execution (parse, validation, limits, HTTP edge) or by a resolver's argument check. */
export const REFUSED_MS = 50;
/**
 * Runs against Neo4j (the injection strings): within the default statement time limit
 * (QUERY_TIMEOUT_MS, 5 s). On a quiet machine these take tens of milliseconds; on a busy one
 * the first run of a path statement for an unknown id has taken over 2 s (Neo4j compiling it).
 */
export const EXECUTED_MS = 5_000;

export interface Case {
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

/** A case of one request refused within REFUSED_MS. */
export const refused = (
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

/** The table is at least as large as it was written, and names each case once. */
export function expectNamedOnce(cases: Case[], atLeast: number): void {
  const names = cases.map((c) => c.name);
  expect(names.length).toBeGreaterThanOrEqual(atLeast);
  expect(new Set(names).size).toBe(names.length);
}

export type GraphCounts = {
  entities: number;
  relationships: number;
  indicators: number;
  sources: number;
};

/** The graph's counts, read through `target`'s GraphQL (so it also proves the API answers). */
export async function graphCounts(target: TestApi): Promise<GraphCounts> {
  const res = await target.query<{ stats: GraphCounts }>(
    '{ stats { entities relationships indicators sources } }',
  );
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  return res.data?.stats as GraphCounts;
}

export interface CountedApi {
  api: TestApi;
  /** The graph's counts before the file's first test. */
  before: GraphCounts;
}

/** The API for this file's tests, started (and the graph counted) before them, closed after. */
export function countedApi(): CountedApi {
  // Filled in by beforeAll, before any test reads it.
  const counted = {} as CountedApi;
  beforeAll(async () => {
    counted.api = await startTestApi();
    counted.before = await graphCounts(counted.api);
  });
  afterAll(async () => counted.api?.close());
  return counted;
}

/**
 * Starts the API for this file's table before its tests (warming it up, and then sending
 * `warmUp`'s requests once) and closes it after, printing each case's time.
 */
export function refusalTable(
  title: string,
  warmUp: () => Send[] = () => [],
): { run(c: Case): Promise<void> } {
  const counted = countedApi();
  const timings: string[] = [];

  beforeAll(async () => {
    const { api } = counted;
    // Warm up the parser, validation and the HTTP path, so the first timed case is not the one
    // that pays for the JIT.
    for (let i = 0; i < 20; i++) await send(api.url, post({ query: ofDepth(11) }));
    for (const request of warmUp()) await send(api.url, request);
  });
  afterAll(() => {
    if (timings.length)
      process.stdout.write(`${title}, slowest of the fastest tries:\n${timings.join('\n')}\n`);
  });

  /**
   * The time bound is checked on the fastest of up to three tries: on a shared two-core machine a
   * single request can be delayed by something else entirely (another test file's JVM starting).
   * Status, code and message are checked on every try.
   */
  async function run(c: Case): Promise<void> {
    const { api, before } = counted;
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
    expect(await graphCounts(api)).toEqual(before);
  }

  return { run };
}
