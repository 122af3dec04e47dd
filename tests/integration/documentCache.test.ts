// Parsed documents are cached (so a repeated query skips parsing and validation), within a bound
// in bytes that counts each document's source text: a flood of distinct large documents must not
// grow the API's memory. Apollo's own default store sized entries without their source text, so
// every entry kept its whole query alive (110 MB per 1,000 requests of 95 kB).
//
// The API runs with its old generation capped: a store that keeps what it should drop runs out of
// heap within this flood and the process dies, whatever the garbage collector's timing. RSS alone
// moves with that timing and with the machine's load, so it is only reported.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { killAll, spawnApi } from '../helpers/processes.ts';

const REQUESTS = 3_000;
const CONCURRENCY = 4;
const PADDING = 'x'.repeat(95_000);
/** Enough for the API and its 8 MB cache; 3,000 retained documents alone would need about 330 MB. */
const HEAP_MB = 160;

afterAll(killAll);

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

async function flood(url: string, from: number, count: number): Promise<number> {
  let next = from;
  let answered = 0;
  const worker = async (): Promise<void> => {
    while (next < from + count) {
      const i = next++;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ stats { entities } }#${i}${PADDING}` }),
      });
      const body = (await res.json()) as { data?: { stats?: { entities?: number } } };
      if (!body.data?.stats?.entities) throw new Error(`request ${i}: ${JSON.stringify(body)}`);
      answered++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return answered;
}

describe('the parsed-document cache', () => {
  it(
    `keeps the API alive within a ${HEAP_MB} MB heap over ${REQUESTS} distinct 95 kB documents`,
    { timeout: 240_000 },
    async () => {
      const api = spawnApi({
        NEO4J_URI: inject('neo4jUri'),
        PORT: '0',
        NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
      });
      const [, url] = await api.waitForLine(/ready at (http:\/\/\S+\/graphql)/, 120_000);
      if (!url) throw new Error('no URL in the ready line');
      const before = rssMb(api.pid);
      const started = performance.now();
      const answered = await flood(url, 0, REQUESTS).catch((error: unknown) => {
        throw new Error(
          `the API stopped answering: ${String(error)}\n${api.stderr().slice(-2000)}`,
        );
      });
      console.log(
        `document cache: ${answered} answers, RSS ${before.toFixed(0)} MB → ${rssMb(api.pid).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(answered).toBe(REQUESTS);
      expect(api.child.exitCode).toBeNull();
    },
  );
});
