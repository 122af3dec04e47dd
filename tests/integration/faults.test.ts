// Neo4j dies under a running API and comes back: requests fail fast with a coded, retryable
// error while it is down, and the same API process recovers on its own once it is back.
// Uses its own Neo4j (not the shared one from globalSetup), since this test kills it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { tempDir } from '../helpers/files.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';
import { removeDataDir } from '../helpers/processes.ts';

const STATS = '{ stats { entities sources } }';

let dataDir: string;
let first: LocalNeo4j | undefined;
let second: LocalNeo4j | undefined;
let api: TestApi | undefined;
let curated: { entities: number; sources: number };

beforeAll(async () => {
  dataDir = tempDir('faults-neo4j');
  first = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  const summary = await seedCurated(first.uri);
  curated = { entities: summary.entities, sources: summary.sources };
  api = await startTestApi({}, first.uri);
});

afterAll(async () => {
  await api?.close();
  // stop() is a no-op for a Neo4j that already exited (the killed one).
  await second?.stop();
  await first?.stop();
  await removeDataDir(dataDir);
});

const readyUrl = (): string => `${api?.origin ?? ''}/ready`;
const healthUrl = (): string => `${api?.origin ?? ''}/health`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

describe('when Neo4j goes away and comes back', () => {
  it('serves a normal query while Neo4j is up', async () => {
    if (!api) throw new Error('the API did not start');
    expect(curated.entities).toBeGreaterThan(0);
    const res = await api.query<{ stats: { entities: number; sources: number } }>(STATS);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.stats).toEqual(curated);
    const ready = await fetch(readyUrl());
    expect(ready.status).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE within 2 s once Neo4j is killed; /ready 503, /health 200', async () => {
    if (!api || !first) throw new Error('the API did not start');
    const running = api;
    first.kill();
    const exitCode = await first.exited;
    expect(exitCode).toBeNull(); // killed by a signal, not exited on its own

    const { value: res, ms: queryMs } = await timed(() => running.query(STATS));
    console.log(
      `Neo4j down: GraphQL answered in ${queryMs} ms (${res.errors?.[0]?.extensions?.code})`,
    );
    expect(queryMs).toBeLessThan(2_000);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toMatch(/retry/i);

    const { value: ready, ms: readyMs } = await timed(() => fetch(readyUrl()));
    const readyBody = (await ready.json()) as { status: string; reason: string };
    console.log(`Neo4j down: /ready answered ${ready.status} in ${readyMs} ms`);
    expect(readyMs).toBeLessThan(2_000);
    expect(ready.status).toBe(503);
    expect(readyBody.status).toBe('unavailable');
    expect(readyBody.reason).toMatch(/^Neo4j does not answer: /);

    const health = await fetch(healthUrl());
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('recovers within 5 s of Neo4j being back on the same port, without an API restart', async () => {
    if (!api || !first) throw new Error('the API did not start');
    const port = Number(new URL(first.uri).port);
    expect(port).toBeGreaterThan(0);

    const { value: restarted, ms: restartMs } = await timed(() =>
      startLocalNeo4j({ boltPort: port, dataDir, ...SMALL_NEO4J }),
    );
    second = restarted;
    expect(restarted.uri).toBe(first.uri);

    const back = performance.now();
    const outcomes: string[] = [];
    let last: Awaited<ReturnType<TestApi['query']>> | undefined;
    while (performance.now() - back < 5_000) {
      last = await api.query<{ stats: { entities: number; sources: number } }>(STATS);
      outcomes.push(last.errors?.[0]?.extensions?.code ?? 'ok');
      if (!last.errors) break;
      await new Promise((done) => setTimeout(done, 200));
    }
    const recoveryMs = Math.round(performance.now() - back);
    console.log(
      `Neo4j restarted in ${restartMs} ms; ${recoveryMs} ms later the API answered: ${outcomes.join(', ')}`,
    );
    expect(last?.errors).toBeUndefined();
    expect(last?.status).toBe(200);
    expect(last?.data).toEqual({ stats: curated });
    expect(recoveryMs).toBeLessThan(5_000);

    const ready = await fetch(readyUrl());
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    // One API process throughout: its request log shows the failures, then the recovery.
    const logged = api.log.events.map((event) => event.outcome);
    expect(logged).toContain('SERVICE_UNAVAILABLE');
    expect(logged.at(-1)).toBe('ok');
  }, 240_000);
});
