// A write flood from one key, on a Neo4j of this file's own (the proposals it makes must not reach
// the shared graph), sent through two API processes over that Neo4j as a load balancer would:
// the key gets WRITE_RATE_LIMIT writes per window across both, every other is answered 429
// TOO_MANY_REQUESTS with the seconds to wait, and reads sent meanwhile all answer, nearly as
// fast as without the flood.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey } from '../../src/data/keys.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

const LIMIT = 12;
const FLOOD = 60;
/** Proposals in flight at once, spread over the two processes. */
const CONCURRENCY = 12;
const READS = 40;
/** Read p50 under the flood may be this many times its p50 alone (plus the floor below). */
const SLOWDOWN = 3;
/** Below a few milliseconds, timer and scheduler noise on a shared machine outweighs any ratio. */
const FLOOR_MS = 20;

const READ = `{ entity(id: "university:wust") { name relationships(first: 10) { type } } search(query: "慈溪", first: 5) { id } }`;

let neo4j: { uri: string; stop(): Promise<void> } | undefined;
let replicas: TestApi[] = [];
let key: string;

interface Sent {
  status: number;
  retryAfter: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
  };
}

async function post(url: string, query: string, variables = {}, bearer?: string): Promise<Sent> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as Sent['body'],
  };
}

const proposal = (i: number) => ({
  input: {
    reason: 'seen in ¶26',
    operations: [
      {
        entity: {
          id: `enterprise:flood-${i}-${randomUUID().slice(0, 6)}`,
          kind: 'ENTERPRISE',
          name: `洪水测试${i}号有限公司`,
          sources: [{ source: 'source:talent-city-2025', paragraph: 26 }],
        },
      },
    ],
  },
});
const PROPOSE = `mutation ($input: ChangeInput!) { proposeChange(input: $input) { id } }`;

/** Sequential reads until `until` settles (at least READS of them): each one's ms. */
async function readLatencies(url: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.then(() => (done = true));
  const times: number[] = [];
  while (!done || times.length < READS) {
    const started = performance.now();
    const a = await post(url, READ);
    times.push(performance.now() - started);
    expect(a.status).toBe(200);
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data?.entity).toMatchObject({ name: '武汉科技大学' });
  }
  return times;
}
const p50 = (times: number[]): number => [...times].sort((a, b) => a - b)[times.length >> 1] ?? 0;

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('write-flood-neo4j');
  const env = { WRITE_RATE_LIMIT: String(LIMIT), WRITE_RATE_WINDOW_MS: '60000' };
  replicas = [await startTestApi(env, neo4j.uri), await startTestApi(env, neo4j.uri)];
  key = newKey();
  await createKey(
    replicas[0]!.graph,
    { name: 'flooder', role: 'curator', hash: hashOf(key) },
    'test',
  );
  // Both processes plan the read once before anything is timed.
  for (const api of replicas) for (let i = 0; i < 5; i++) await post(api.url, READ);
}, 240_000);
afterAll(async () => {
  for (const api of replicas) await api.close();
  await neo4j?.stop();
});

describe(`a write flood from one key (WRITE_RATE_LIMIT=${LIMIT})`, () => {
  it(
    `lets ${LIMIT} of ${FLOOD} proposals through over two processes, refuses the rest with 429, and reads stay fast`,
    { timeout: 180_000 },
    async () => {
      const [one, two] = replicas as [TestApi, TestApi];
      const alone = await readLatencies(one.url, Promise.resolve());

      const answers: Sent[] = [];
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < FLOOD) {
          const i = next++;
          answers.push(await post((i % 2 ? two : one).url, PROPOSE, proposal(i), key));
        }
      };
      const flood = Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const during = await readLatencies(one.url, flood);
      await flood;

      const accepted = answers.filter((a) => a.status === 200 && a.body.data?.proposeChange);
      const refused = answers.filter((a) => a.status === 429);
      expect(accepted).toHaveLength(LIMIT);
      expect(refused).toHaveLength(FLOOD - LIMIT);
      for (const a of refused) {
        expect(a.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
        const seconds = Number(a.retryAfter);
        expect(seconds).toBeGreaterThanOrEqual(1);
        expect(seconds).toBeLessThanOrEqual(60);
        expect(a.body.errors?.[0]?.extensions?.retryAfter).toBe(seconds);
        expect(a.body.errors?.[0]?.message).toContain(`at most ${LIMIT} per 60 s`);
      }
      const [stored] = await one.graph.read<{ changes: number }>(
        "MATCH (c:Change {author: 'flooder'}) RETURN count(c) AS changes",
      );
      expect(Number(stored?.changes)).toBe(LIMIT);

      const bound = Math.max(SLOWDOWN * p50(alone), p50(alone) + FLOOR_MS);
      console.log(
        `write flood: read p50 ${p50(alone).toFixed(1)} ms alone, ${p50(during).toFixed(1)} ms during ${FLOOD} proposals (${during.length} reads; bound ${bound.toFixed(1)} ms)`,
      );
      expect(p50(during)).toBeLessThanOrEqual(bound);

      // Reads are never counted: the key reads on, anonymous or signed.
      const signedRead = await post(two.url, READ, {}, key);
      expect([signedRead.status, signedRead.body.errors]).toEqual([200, undefined]);
    },
  );
});
