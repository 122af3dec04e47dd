// Parsed documents are cached (so a repeated query skips parsing and validation), within a bound
// in bytes that counts each document's source text: a flood of distinct large documents must not
// grow the API's memory. Apollo's own default store sized entries without their source text, so
// every entry kept its whole query alive (110 MB per 1,000 requests of 95 kB).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { killAll, spawnApi } from '../helpers/processes.ts';

const REQUESTS = 3_000;
const CONCURRENCY = 4;
const PADDING = 'x'.repeat(95_000);

afterAll(killAll);

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

async function flood(url: string, from: number, count: number): Promise<void> {
  let next = from;
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
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

describe('the parsed-document cache', () => {
  it(
    `stays within 50 MB over ${REQUESTS} distinct 95 kB documents`,
    { timeout: 240_000 },
    async () => {
      const api = spawnApi({ NEO4J_URI: inject('neo4jUri'), PORT: '0' });
      const [, url] = await api.waitForLine(/ready at (http:\/\/\S+\/graphql)/, 120_000);
      if (!url) throw new Error('no URL in the ready line');
      await flood(url, 0, 300); // warm up: JIT, pools, the cache filling to its bound
      const before = rssMb(api.pid);
      const started = performance.now();
      await flood(url, 300, REQUESTS);
      const after = rssMb(api.pid);
      console.log(
        `document cache: RSS ${before.toFixed(0)} MB → ${after.toFixed(0)} MB over ${REQUESTS} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(after - before).toBeLessThan(50);
    },
  );
});
