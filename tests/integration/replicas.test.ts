// Two API processes over one Neo4j, as behind a load balancer: one connects with bolt://, the
// other through the neo4j:// routing scheme (reads on read routing, writes on write routing).
// Review state and revocations live in Neo4j, so two reviewers on different replicas apply a
// change exactly once, and a key revoked through one replica is refused by the other within a
// second. On a Neo4j of this file's own: it writes changes and keys.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey, revokeKey, type Role } from '../../src/data/keys.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

interface Answer {
  data?: Record<string, { id?: string; status?: string; name?: string } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let neo4j: Awaited<ReturnType<typeof curatedNeo4jOfItsOwn>>;
let bolt: TestApi;
let routed: TestApi;
const keys: Record<string, string> = {};

async function ask(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  as: string,
): Promise<Answer> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[as]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}
const codeOf = (a: Answer): string | undefined => a.errors?.[0]?.extensions?.code;

const PROPOSE = `mutation ($input: ChangeInput!) { proposeChange(input: $input) { id status } }`;
const REVIEW = `mutation ($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { id status } }`;
const ENTITY = `query ($id: ID!) { entity(id: $id) { id name } }`;

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('replicas-neo4j');
  bolt = await startTestApi({}, neo4j.uri);
  routed = await startTestApi({}, neo4j.uri.replace(/^bolt:/, 'neo4j:'));
  for (const [name, role] of [
    ['curator', 'curator'],
    ['reviewer-a', 'reviewer'],
    ['reviewer-b', 'reviewer'],
    ['reader', 'reader'],
  ] as [string, Role][]) {
    keys[name] = newKey();
    await createKey(bolt.graph, { name, role, hash: hashOf(keys[name]) }, 'test');
  }
}, 240_000);
afterAll(async () => {
  await routed?.close();
  await bolt?.close();
  await neo4j?.stop();
});

describe('two API processes over one Neo4j', () => {
  it('the routed replica connects through neo4j:// and answers the same graph', async () => {
    expect(new URL(routed.url).port).not.toBe(new URL(bolt.url).port);
    const [a, b] = await Promise.all(
      [bolt, routed].map((api) => ask(api, ENTITY, { id: 'university:wust' }, 'reader')),
    );
    expect(a?.data?.entity?.name).toBe('武汉科技大学');
    expect(b?.data?.entity).toEqual(a?.data?.entity);
  });

  it('two reviewers on different replicas accept one change: it applies exactly once', async () => {
    const id = `enterprise:replica-${randomUUID().slice(0, 6)}`;
    const proposed = await ask(
      bolt,
      PROPOSE,
      {
        input: {
          reason: 'two replicas, one change',
          operations: [
            {
              entity: {
                id,
                kind: 'ENTERPRISE',
                name: '副本测试有限公司',
                sources: [{ source: 'source:talent-city-2025', paragraph: 26 }],
              },
            },
          ],
        },
      },
      'curator',
    );
    const changeId = proposed.data?.proposeChange?.id;
    expect(proposed.data?.proposeChange?.status).toBe('PROPOSED');
    const answers = await Promise.all([
      ask(bolt, REVIEW, { id: changeId }, 'reviewer-a'),
      ask(routed, REVIEW, { id: changeId }, 'reviewer-b'),
    ]);
    expect(answers.map((a) => a.data?.reviewChange?.status ?? codeOf(a)).sort()).toEqual([
      'APPLIED',
      'CONFLICT',
    ]);
    // The applied entity is read back through the other replica at once.
    expect((await ask(routed, ENTITY, { id }, 'reader')).data?.entity?.name).toBe(
      '副本测试有限公司',
    );
    const [applied] = await bolt.graph.read<{ n: number }>(
      "MATCH (e:AuditEvent {target: $id, action: 'change.apply'}) RETURN count(e) AS n",
      { id: changeId },
    );
    expect(applied?.n).toBe(1);
  });

  it('a key revoked through one replica is refused by the other within a second', async () => {
    expect((await ask(routed, ENTITY, { id: 'university:wust' }, 'reader')).errors).toBe(undefined);
    expect(await revokeKey(bolt.graph, 'reader', 'test')).toMatchObject({ name: 'reader' });
    await new Promise((done) => setTimeout(done, 1_050));
    const answer = await ask(routed, ENTITY, { id: 'university:wust' }, 'reader');
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
  });
});
