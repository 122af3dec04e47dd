// Neo4j is killed under a steady load and started again on the same port and data: while it is
// gone, every request still answers, either correctly or with SERVICE_UNAVAILABLE within 2 s;
// within 5 s of Neo4j being back the same API process serves everything again. A request let in
// while the new Neo4j starts may time out on it instead: that measures the machine, and is reported.
// The load comes from a second process (steadyLoad.ts) so this process's event loop, which also
// runs the API, does not time its own requests. It uses its own Neo4j, since it kills it.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { ROOT, tempDir } from '../helpers/files.ts';
import { LOAD_OPERATIONS } from '../helpers/loadOperations.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';

const RATE = 20; // requests per second
const KILL_AFTER_MS = 4_000; // of load
const DOWN_MS = 3_000; // between the kill and the restart
const LOAD_AFTER_BACK_MS = 8_000; // of load once Neo4j is back, then the load stops
const FAIL_WITHIN_MS = 2_000;
const RECOVER_WITHIN_MS = 5_000;

interface Outcome {
  i: number;
  sentAtMs: number;
  ms: number;
  status: number;
  code: string | null;
  ok: boolean;
}

let dataDir: string;
const started: LocalNeo4j[] = [];
let api: TestApi | undefined;

beforeAll(async () => {
  dataDir = tempDir('fault-load-neo4j');
  const neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  started.push(neo4j);
  await seedCurated(neo4j.uri);
  api = await startTestApi({}, neo4j.uri);
  // A steady load on a warm API: query plans compiled, driver connections open.
  for (let round = 0; round < 3; round++)
    for (const query of LOAD_OPERATIONS) expect((await api.query(query)).errors).toBeUndefined();
});

afterAll(async () => {
  await api?.close();
  for (const neo4j of started) await neo4j.stop(); // a no-op for the killed one
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

describe('Neo4j killed under a steady load', () => {
  it('fails fast with SERVICE_UNAVAILABLE while it is gone and recovers without an API restart', async () => {
    const first = started[0];
    if (!api || !first) throw new Error('set-up failed');
    const port = Number(new URL(first.uri.replace(/^bolt/, 'http')).port);

    // The load runs until its stdin closes, at most 120 s.
    const load = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/helpers/steadyLoad.ts', api.url, String(RATE), '120'],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const outcomes: Outcome[] = [];
    let stderr = '';
    load.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    createInterface({ input: load.stdout }).on('line', (line) => {
      const parsed = JSON.parse(line) as Outcome | { done: true };
      if (!('done' in parsed)) outcomes.push(parsed);
    });
    const exited = new Promise<number | null>((done) => load.once('close', done));

    try {
      await sleep(KILL_AFTER_MS);
      const killedAt = Date.now();
      first.kill();
      await first.exited;
      await sleep(DOWN_MS);
      const restartAt = Date.now();
      const second = await startLocalNeo4j({ boltPort: port, dataDir, ...SMALL_NEO4J });
      started.push(second);
      const backAt = Date.now();
      await sleep(LOAD_AFTER_BACK_MS);
      load.stdin.end();
      const code = await Promise.race([exited, sleep(20_000).then(() => 'timeout' as const)]);
      expect(code, stderr).toBe(0);

      if (process.env.FAULT_LOAD_DUMP)
        writeFileSync(
          process.env.FAULT_LOAD_DUMP,
          JSON.stringify({ killedAt, restartAt, backAt, outcomes }),
        );
      const failed = outcomes.filter((o) => !o.ok);
      // Neo4j is gone from the kill until the restart begins. A request sent while the new JVM
      // starts may be let in on a Neo4j that accepts but is cold; how fast that one answers
      // measures this machine, so it may also time out, and is reported.
      const recovering = (o: Outcome) => o.sentAtMs >= restartAt;
      const byCode = new Map<string, number>();
      for (const o of failed) byCode.set(String(o.code), (byCode.get(String(o.code)) ?? 0) + 1);
      const afterBack = outcomes.filter((o) => o.sentAtMs >= backAt + RECOVER_WITHIN_MS);
      const firstOkAfterBack = outcomes
        .filter((o) => o.ok && o.sentAtMs >= backAt)
        .reduce((min, o) => Math.min(min, o.sentAtMs + o.ms), Number.POSITIVE_INFINITY);
      const worstFailure = failed.reduce((max, o) => Math.max(max, o.ms), 0);
      process.stdout.write(
        `fault under load: ${outcomes.length} requests at ${RATE}/s; Neo4j down for ${
          backAt - killedAt
        } ms (restart included); ${failed.length} failed (${[...byCode]
          .map(([c, n]) => `${c} ×${n}`)
          .join(', ')}), slowest failure ${worstFailure} ms; first success ${
          firstOkAfterBack - backAt
        } ms after Neo4j was back (${
          failed.filter((o) => recovering(o) && o.code === 'TIMEOUT').length
        } timed out on it as it started); ${afterBack.length} requests sent from 5 s after, ${
          afterBack.filter((o) => o.ok).length
        } ok\n`,
      );

      // Every failure is SERVICE_UNAVAILABLE within the bound, but for a request that met the cold
      // restarted Neo4j, which may time out instead.
      expect(outcomes.length).toBeGreaterThan((RATE * (KILL_AFTER_MS + DOWN_MS)) / 1_000);
      for (const o of failed) {
        if (recovering(o) && o.code === 'TIMEOUT') continue;
        expect(o, JSON.stringify(o)).toMatchObject({ status: 200, code: 'SERVICE_UNAVAILABLE' });
        expect(o.ms, JSON.stringify(o)).toBeLessThan(FAIL_WITHIN_MS);
      }
      // The outage was seen (the test did kill Neo4j under load)…
      expect(failed.filter((o) => !recovering(o)).length).toBeGreaterThan(0);
      // …and full service is back within 5 s of Neo4j: every request sent from then succeeds.
      expect(firstOkAfterBack - backAt).toBeLessThan(RECOVER_WITHIN_MS);
      expect(afterBack.length).toBeGreaterThan(RATE * 2);
      expect(afterBack.filter((o) => !o.ok)).toEqual([]);

      // The same API process served all of it: one request log line per request.
      const served = api.log.events.filter((e) => e.level === 'info' && 'status' in e);
      expect(served.length).toBeGreaterThanOrEqual(outcomes.length);
      const health = await fetch(`${api.origin}/ready`);
      expect(health.status).toBe(200);
    } finally {
      if (load.exitCode === null) load.kill('SIGKILL');
    }
  }, 240_000);
});
