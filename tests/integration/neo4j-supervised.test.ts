// `npm start` keeps its local Neo4j running: a JVM that dies is logged at once, started again on
// the same port and data, /ready says why it is not ready meanwhile, and the same API process
// answers again afterwards, without a restart.
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.ts';
import { queryGraphQL } from '../helpers/graphqlFetch.ts';
import { jvmPids, killAll, removeDataDir, spawnApi } from '../helpers/processes.ts';

const READY = /^Cixi Innovation Graph API ready at (http:\/\/localhost:\d+)\/graphql\b/;
const dataDir = tempDir('supervised');

afterAll(async () => {
  await killAll();
  await removeDataDir(dataDir);
});

describe('the local Neo4j under a running API', () => {
  it('is restarted when it dies, and the API answers again', async () => {
    const api = spawnApi({ PORT: '0', NEO4J_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir });
    const origin = (await api.waitForLine(READY, 200_000))[1] ?? '';
    const stats = (): Promise<{ data?: { stats: { entities: number } } }> =>
      queryGraphQL<{ stats: { entities: number } }>(`${origin}/graphql`, '{ stats { entities } }');
    const before = (await stats()).data?.stats.entities;
    expect(before).toBeGreaterThan(100);

    const [jvm] = jvmPids(dataDir);
    if (jvm === undefined) throw new Error('no JVM for the data directory');
    const killed = Date.now();
    process.kill(jvm, 'SIGKILL');
    const lost = await api.waitForLine(
      /^Local Neo4j was killed unexpectedly; restarting it on port (\d+)…$/,
      5_000,
    );
    console.log(`loss logged ${Date.now() - killed} ms after the kill`);
    expect(Date.now() - killed).toBeLessThan(3_000);

    const ready = await fetch(`${origin}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toMatch(
      /^the local Neo4j was killed at .* and is restarting$/,
    );

    await api.waitForLine(
      /^Local Neo4j is back at bolt:\/\/127\.0\.0\.1:(\d+) after [\d.]+ s\.$/,
      120_000,
    );
    console.log(`back ${Date.now() - killed} ms after the kill, on port ${lost[1] ?? '?'}`);
    // Ready once the restarted Neo4j answers its first query (it may be cold for a moment).
    let status = 0;
    let reason = '';
    for (let i = 0; i < 50 && status !== 200; i++) {
      const res = await fetch(`${origin}/ready`);
      status = res.status;
      reason = JSON.stringify(await res.json());
      if (status !== 200) await new Promise((done) => setTimeout(done, 200));
    }
    expect(status, reason).toBe(200);
    let after: number | undefined;
    for (let i = 0; i < 50 && after === undefined; i++) {
      after = (await stats()).data?.stats.entities;
      if (after === undefined) await new Promise((done) => setTimeout(done, 200));
    }
    expect(after).toBe(before);
    expect(jvmPids(dataDir)).toHaveLength(1);
  }, 300_000);
});
