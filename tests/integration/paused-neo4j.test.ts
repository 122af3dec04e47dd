// A Neo4j that hangs (paused, not dead) cannot hold a request past its deadline: the client is
// answered at REQUEST_TIMEOUT_MS whatever the statement waits for, new requests fail fast, and
// everything works again once Neo4j resumes. Uses its own Neo4j, since it pauses it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { tempDir } from '../helpers/files.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';
import { removeDataDir } from '../helpers/processes.ts';

const DEADLINE_MS = 2_000;
const STATS = '{ stats { entities } }';

let dataDir: string;
let neo4j: LocalNeo4j | undefined;
let api: TestApi | undefined;

beforeAll(async () => {
  dataDir = tempDir('paused-neo4j');
  neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  await seedCurated(neo4j.uri);
  api = await startTestApi({ REQUEST_TIMEOUT_MS: String(DEADLINE_MS) }, neo4j.uri);
}, 120_000);

afterAll(async () => {
  if (neo4j) process.kill(neo4j.pid, 'SIGCONT');
  await api?.close();
  await neo4j?.stop();
  await removeDataDir(dataDir);
});

describe('Neo4j paused under a running request', () => {
  it('answers TIMEOUT at the deadline, then recovers once Neo4j resumes', async () => {
    if (!api || !neo4j) throw new Error('not started');
    const before = await api.query<{ stats: { entities: number } }>(STATS);
    expect(before.data?.stats.entities).toBeGreaterThan(100);

    // The request is on its way when the JVM stops.
    const started = performance.now();
    const request = api.query(
      '{ collaborationPaths(from: "university:wust", to: "enterprise:huanchi", maxHops: 6) { length } }',
    );
    await new Promise((done) => setTimeout(done, 20));
    process.kill(neo4j.pid, 'SIGSTOP');
    const answer = await request;
    const ms = performance.now() - started;
    expect(answer.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(answer.errors?.[0]?.message).toBe(
      'The request took longer than the 2000 ms allowed (REQUEST_TIMEOUT_MS); its database work was stopped. Ask for less, or retry.',
    );
    // Answered at the deadline, not when Neo4j lets go (before: over 40 s).
    expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(ms).toBeLessThan(DEADLINE_MS + 1_500);

    // A new request while it is paused fails within the same bound.
    const meanwhile = performance.now();
    const refused = await api.query(STATS);
    expect(['SERVICE_UNAVAILABLE', 'TIMEOUT']).toContain(refused.errors?.[0]?.extensions?.code);
    expect(performance.now() - meanwhile).toBeLessThan(DEADLINE_MS + 1_500);

    process.kill(neo4j.pid, 'SIGCONT');
    let after: { stats: { entities: number } } | undefined;
    for (let i = 0; i < 50 && !after; i++) {
      after = (await api.query<{ stats: { entities: number } }>(STATS)).data;
      if (!after) await new Promise((done) => setTimeout(done, 200));
    }
    expect(after).toEqual(before.data);
  }, 60_000);
});
