// `kill -9` of the API while it applies a large change, on a Neo4j of this file's own with the API
// as a real process (`node --import tsx src/main.ts`, as `npm start` runs it). The change has
// 100 operations, the most one may hold: 50 new entities and a relationship from each to one
// university. The test holds a write lock on that university, so the apply, which writes the
// entities first, is caught in the middle: its transaction shows in SHOW TRANSACTIONS as blocked.
// Then the API is killed. Nothing may be half-applied: the change is still PROPOSED and none of
// its facts exist; accepted again through a new API process, it applies whole.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey } from '../../src/data/keys.ts';
import { createDriver, Graph } from '../../src/neo4j/graph.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';
import { killAll, spawnApi, type ApiProcess } from '../helpers/processes.ts';

const ENTITIES = 50;
const PARTNER = 'university:wust';
const tag = randomUUID().slice(0, 6);
const idOf = (i: number): string => `enterprise:killed-${tag}-${i}`;
const TALENT_CITY_26 = { source: 'source:talent-city-2025', paragraph: 26 };
const OPERATIONS = [
  ...Array.from({ length: ENTITIES }, (_, i) => ({
    entity: {
      id: idOf(i),
      kind: 'ENTERPRISE',
      name: `断电测试${tag}第${i}号有限公司`,
      sources: [TALENT_CITY_26],
    },
  })),
  ...Array.from({ length: ENTITIES }, (_, i) => ({
    relationship: {
      type: 'COOPERATES_WITH',
      from: idOf(i),
      to: PARTNER,
      sources: [TALENT_CITY_26],
    },
  })),
];

let neo4j: { uri: string; stop(): Promise<void> } | undefined;
let driver: Driver;
let graph: Graph;
const keys = { curator: newKey(), reviewer: newKey() };

interface Answer {
  data?: Record<string, { id: string; status: string } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
async function send(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  key: string,
): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}
const PROPOSE = `mutation ($input: ChangeInput!) { proposeChange(input: $input) { id status } }`;
const ACCEPT = `mutation ($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { id status } }`;

async function startApi(): Promise<{ api: ApiProcess; url: string }> {
  const api = spawnApi({
    NEO4J_URI: neo4j?.uri ?? '',
    PORT: '0',
    // The apply waits on the test's lock; the statement time limit must not end it first.
    QUERY_TIMEOUT_MS: '60000',
    REQUEST_TIMEOUT_MS: '60000',
  });
  const [, url] = await api.waitForLine(/ready at (http:\/\/\S+\/graphql)/, 120_000);
  if (!url) throw new Error('no URL in the ready line');
  return { api, url };
}

/** What of the change the graph holds, read committed: its entities and its relationships. */
async function written(): Promise<{ entities: number; relationships: number; status: string }> {
  const [row] = await graph.read<{ entities: number; relationships: number }>(
    `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
     OPTIONAL MATCH (n)-[r:COOPERATES_WITH]->(:Entity {id: $partner})
     RETURN count(DISTINCT n) AS entities, count(r) AS relationships`,
    { prefix: `enterprise:killed-${tag}-`, partner: PARTNER },
  );
  const [change] = await graph.read<{ status: string }>(
    "MATCH (c:Change {author: 'curator'}) RETURN c.status AS status",
  );
  return {
    entities: Number(row?.entities),
    relationships: Number(row?.relationships),
    status: String(change?.status),
  };
}

/** The transactions other than the caller's own SHOW: their status and statement. */
async function otherTransactions(): Promise<{ status: string; query: string }[]> {
  const rows = await graph.read<{ status: string; query: string }>(
    `SHOW TRANSACTIONS YIELD status, currentQuery
     WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
     RETURN status, currentQuery AS query`,
  );
  return rows.map((r) => ({ status: String(r.status), query: String(r.query) }));
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('apply-killed-neo4j');
  driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' });
  graph = new Graph(driver, 'neo4j', { timeoutMs: 30_000 });
  await createKey(graph, { name: 'curator', role: 'curator', hash: hashOf(keys.curator) }, 'test');
  await createKey(
    graph,
    { name: 'reviewer', role: 'reviewer', hash: hashOf(keys.reviewer) },
    'test',
  );
}, 240_000);
afterAll(async () => {
  await killAll();
  await driver?.close();
  await neo4j?.stop();
});

describe('kill -9 of the API while it applies a change of 100 operations', () => {
  it(
    'leaves the change PROPOSED and none of its facts; accepted again it applies whole',
    { timeout: 300_000 },
    async () => {
      const first = await startApi();
      const proposed = await send(
        first.url,
        PROPOSE,
        { input: { reason: 'the partners of ¶26', operations: OPERATIONS } },
        keys.curator,
      );
      expect(proposed.errors).toBeUndefined();
      const id = proposed.data?.proposeChange?.id ?? '';
      expect(proposed.data?.proposeChange?.status).toBe('PROPOSED');

      let killedAt = 0;
      let caughtOn = '';
      const session = driver.session({ database: 'neo4j' });
      const lock = await session.beginTransaction({ timeout: 120_000 });
      try {
        await lock.run('MATCH (n:Entity {id: $id}) SET n.lockProbe = true', { id: PARTNER });
        const accepting = send(first.url, ACCEPT, { id }, keys.reviewer).catch((e: unknown) => e);
        // The apply has locked its Change and written its entities, and waits for the partner.
        const blocked = await until(
          'the apply to wait on the lock',
          async () => (await otherTransactions()).find((t) => t.status.startsWith('Blocked')),
          60_000,
        );
        expect(blocked.query).toMatch(/MERGE|MATCH|UNWIND/);
        caughtOn = blocked.query.replace(/\s+/g, ' ').slice(0, 80);
        killedAt = performance.now();
        first.api.child.kill('SIGKILL');
        expect((await first.api.exited).signal).toBe('SIGKILL');
        expect(await accepting).toBeInstanceOf(Error);
      } finally {
        await lock.rollback();
        await session.close();
      }
      // Neo4j ends the dead client's transaction; nothing of it may remain committed.
      await until(
        'the killed apply to end',
        async () => ((await otherTransactions()).length === 0 ? true : undefined),
        60_000,
      );
      console.log(
        `kill -9: apply caught waiting in "${caughtOn}…"; its transaction gone ${Math.round(performance.now() - killedAt)} ms after the kill`,
      );
      expect(await written()).toEqual({ entities: 0, relationships: 0, status: 'PROPOSED' });

      const second = await startApi();
      const accepted = await send(second.url, ACCEPT, { id }, keys.reviewer);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.reviewChange?.status).toBe('APPLIED');
      expect(await written()).toEqual({
        entities: ENTITIES,
        relationships: ENTITIES,
        status: 'APPLIED',
      });
    },
  );
});
