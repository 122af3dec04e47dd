// A client that disconnects mid-query takes its Neo4j work with it: the statement is cancelled
// soon after the disconnect, not left to run until it finishes or reaches its time limit.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS } from '../helpers/documents.ts';
import { postGraphQL } from '../helpers/graphqlFetch.ts';
import { countedApi, graphCounts } from '../helpers/refusalTable.ts';

const counted = countedApi();

describe('failures inside the server', () => {
  it('cancels the Neo4j work of a client that disconnects mid-query', async () => {
    // Brokers over every kind and category at 6 hops: seconds of work on the curated data.
    const query = `query SlowBrokers { brokers(between: {kinds: [${ALL_KINDS}]}, and: {kinds: [${ALL_KINDS}]}, maxHops: 6, categories: [COLLABORATION, AFFILIATION, POLICY]) { score } }`;
    const { api, before } = counted;
    const controller = new AbortController();
    const started = performance.now();
    const request = postGraphQL(
      api.url,
      { query, operationName: 'SlowBrokers' },
      controller.signal,
    ).catch((error: unknown) => error);
    await sleep(400);
    controller.abort();
    expect(await request).toBeInstanceOf(Error);

    // The request is logged once its Neo4j work has stopped: soon after the disconnect, not
    // when the query would have finished or hit its 5 s timeout.
    let entry: Record<string, unknown> | undefined;
    for (let i = 0; i < 60 && !entry; i++) {
      entry = api.log.events.find((e) => e.operationName === 'SlowBrokers');
      if (!entry) await sleep(50);
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
      await sleep(100);
    }
    expect(running).toEqual([]);
    expect(await graphCounts(api)).toEqual(before);
  });
});
