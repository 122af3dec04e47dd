// Statements can be traced to their request: at LOG_LEVEL=debug each one is logged with its
// parameters and duration under the request id, and each transaction carries that id as
// metadata, so SHOW TRANSACTIONS ties a slow query to the request that sent it.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { Graph } from '../../src/neo4j/graph.ts';
import { startTestApi, testDriver, type TestApi } from '../helpers/api.ts';

const ALL_KINDS =
  'ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, PLATFORM, TALENT, PROJECT, PROGRAM, EVENT, INDUSTRY, REGION, AGENCY';
const SLOW = `{ brokers(between: {kinds: [${ALL_KINDS}]}, and: {kinds: [${ALL_KINDS}]}, maxHops: 6, categories: [COLLABORATION, AFFILIATION, POLICY]) { score } }`;

let api: TestApi;
let quiet: TestApi;
beforeAll(async () => {
  api = await startTestApi({ LOG_LEVEL: 'debug' });
  quiet = await startTestApi({ LOG_LEVEL: 'info' });
});
afterAll(async () => Promise.all([api?.close(), quiet?.close()]));

function lines(level: 'debug' | 'info'): { graph: Graph; logged: () => Record<string, unknown>[] } {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const graph = new Graph(api.driver, 'neo4j', {
    timeoutMs: 5_000,
    requestId: 'request-1',
    log: createLogger(level, out),
  });
  return {
    graph,
    logged: () =>
      text
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('statement log', () => {
  it('at debug, logs each statement with its parameters, duration and request id', async () => {
    const { graph, logged } = lines('debug');
    await graph.read('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: 'university:wust' });
    expect(logged()).toEqual([
      {
        time: expect.any(String),
        level: 'debug',
        requestId: 'request-1',
        statement: 'MATCH (n:Entity {id: $id}) RETURN n.name AS name',
        params: { id: 'university:wust' },
        durationMs: expect.any(Number),
      },
    ]);
  });

  it('at info, logs no statement', async () => {
    const { graph, logged } = lines('info');
    await graph.read('RETURN 1 AS one');
    expect(logged()).toEqual([]);
  });

  it('at info, a request logs its summary line and no statement', async () => {
    const res = await quiet.query('{ stats { entities } }');
    expect(res.status).toBe(200);
    expect(quiet.log.events.map((e) => e.level)).toEqual(['info']);
  });

  it('logs a request’s statements under the id its response carries', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ enterprises(first: 2) { nodes { name partners { name } } } }',
      }),
    });
    const id = res.headers.get('x-request-id');
    expect(res.status).toBe(200);
    const mine = api.log.events.filter((e) => e.requestId === id);
    const statements = mine.filter((e) => e.level === 'debug');
    const summary = mine.find((e) => e.level === 'info');
    expect(statements.length).toBe(2);
    expect(summary).toMatchObject({ statements: 2, outcome: 'ok' });
    expect(String(statements[0]?.statement)).toContain('MATCH (n:Enterprise)');
    expect(statements[0]?.params).toMatchObject({ limit: 3 });
  });
});

describe('transaction metadata', () => {
  it('SHOW TRANSACTIONS names the request id of a running request', async () => {
    const driver = testDriver();
    try {
      const request = fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SLOW }),
      });
      let seen: string | undefined;
      for (let i = 0; i < 100 && !seen; i++) {
        const { records } = await driver.executeQuery(
          'SHOW TRANSACTIONS YIELD metaData, currentQuery RETURN metaData.requestId AS id, currentQuery',
          {},
          { database: 'neo4j' },
        );
        seen = records
          .filter((r) => String(r.get('currentQuery')).includes('ALL SHORTEST'))
          .map((r) => r.get('id') as string | null)
          .find((x) => typeof x === 'string');
        if (!seen) await new Promise((done) => setTimeout(done, 50));
      }
      const res = await request;
      expect(seen).toBeDefined();
      expect(seen).toBe(res.headers.get('x-request-id'));
    } finally {
      await driver.close();
    }
  });
});
