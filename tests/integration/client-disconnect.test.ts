// A client that disconnects mid-query takes its Neo4j work with it: the statement is cancelled
// soon after the disconnect, not left to run until it finishes or reaches its time limit.
// Uses a Neo4j of its own holding a small synthetic graph (2,000 entities): on it, brokers over
// every kind at 6 hops run into the 5 s statement limit, so the query is surely still running
// when the client leaves. On the curated data the same query can finish in 300 ms.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyntheticDatabase } from '../../scripts/synthetic/database.ts';
import { ensureSyntheticGraph } from '../../scripts/synthetic/ensure.ts';
import { loadConfig } from '../../src/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { ALL_KINDS } from '../helpers/documents.ts';
import { tempDir } from '../helpers/files.ts';
import { postGraphQL } from '../helpers/graphqlFetch.ts';
import { SMALL_NEO4J } from '../helpers/ownNeo4j.ts';
import { removeDataDir } from '../helpers/processes.ts';
import { graphCounts, type GraphCounts } from '../helpers/refusalTable.ts';

let dataDir: string;
let neo4j: LocalNeo4j | undefined;
let api: TestApi | undefined;
let before: GraphCounts;

beforeAll(async () => {
  dataDir = tempDir('client-disconnect');
  neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  const db = await openSyntheticDatabase(
    { ...loadConfig({}).synthetic, neo4jUri: neo4j.uri },
    () => undefined,
  );
  try {
    await ensureSyntheticGraph(
      db,
      { scale: 2, seed: 1, force: false, cypher: false },
      () => undefined,
    );
  } finally {
    await db.close();
  }
  api = await startTestApi({}, neo4j.uri);
  before = await graphCounts(api);
}, 180_000);

afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
  await removeDataDir(dataDir);
});

/** The brokers statements Neo4j is running now. */
async function runningBrokers(target: TestApi): Promise<string[]> {
  const { records } = await target.driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery',
    {},
    { database: 'neo4j' },
  );
  return records
    .map((r) => String(r.get('currentQuery')))
    .filter((q) => q.includes('ALL SHORTEST'));
}

describe('failures inside the server', () => {
  it('cancels the Neo4j work of a client that disconnects mid-query', async () => {
    if (!api) throw new Error('not started');
    const query = `query SlowBrokers { brokers(between: {kinds: [${ALL_KINDS}]}, and: {kinds: [${ALL_KINDS}]}, maxHops: 6, categories: [COLLABORATION, PARTICIPATION, AFFILIATION, POLICY]) { score } }`;
    const controller = new AbortController();
    const request = postGraphQL(
      api.url,
      { query, operationName: 'SlowBrokers' },
      controller.signal,
    ).catch((error: unknown) => error);

    // Leave once Neo4j is running the statement.
    let running: string[] = [];
    for (let i = 0; i < 100 && running.length === 0; i++) {
      running = await runningBrokers(api);
      if (running.length === 0) await sleep(20);
    }
    expect(running).toHaveLength(1);
    await sleep(200);
    const left = performance.now();
    controller.abort();
    expect(await request).toBeInstanceOf(Error);

    // The request is logged once its Neo4j work has stopped: soon after the disconnect, not
    // when the statement would have hit its 5 s limit.
    let entry: Record<string, unknown> | undefined;
    for (let i = 0; i < 60 && !entry; i++) {
      entry = api.log.events.find((e) => e.operationName === 'SlowBrokers');
      if (!entry) await sleep(50);
    }
    expect(entry).toMatchObject({ level: 'info', clientGone: true, outcome: 'TIMEOUT' });
    expect(performance.now() - left).toBeLessThan(2_500);

    // And Neo4j runs nothing for it any more.
    for (let i = 0; i < 20; i++) {
      running = await runningBrokers(api);
      if (running.length === 0) break;
      await sleep(100);
    }
    expect(running).toEqual([]);
    expect(await graphCounts(api)).toEqual(before);
  });
});
