// Each role against each mutation, on a Neo4j of this file's own (the changes it applies must not
// reach the shared graph). One row per mutation: how to make a request it can succeed on (a
// fresh target for every cell, so one cell's success never decides another's), and the answer
// expected from each principal, written out cell by cell: UNAUTHENTICATED, FORBIDDEN, or the
// status the mutation answers on success. A new mutation is one more row.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey, type Role } from '../../src/data/keys.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { changeRequests, codeOf, type Answer, type Requests } from '../helpers/changeRequests.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

const PRINCIPALS = ['anonymous', 'reader', 'curator', 'reviewer', 'admin'] as const;
type Who = (typeof PRINCIPALS)[number];
/** A refusal's code, or the `status` the mutation's answer has when it succeeds. */
type Outcome = 'UNAUTHENTICATED' | 'FORBIDDEN' | `succeeds: ${string}`;

interface Row {
  mutation: string;
  /** A request the principal may succeed with: made afresh for each cell. */
  prepare(): Promise<{ query: string; variables: Record<string, unknown> }>;
  expected: Record<Who, Outcome>;
}

const TALENT_CITY_26 = { source: 'source:talent-city-2025', paragraph: 26 };
const newEnterprise = () => {
  const tag = randomUUID().slice(0, 8);
  return {
    entity: {
      id: `enterprise:roles-${tag}`,
      kind: 'ENTERPRISE',
      name: `角色测试${tag}有限公司`,
      sources: [TALENT_CITY_26],
    },
  };
};

let neo4j: { uri: string; stop(): Promise<void> } | undefined;
let api: TestApi;
let requests: Requests;

const ROWS: Row[] = [
  {
    mutation: 'proposeChange',
    prepare: async () => ({
      query: `mutation ($input: ChangeInput!) { proposeChange(input: $input) { status } }`,
      variables: { input: { reason: 'seen in ¶26', operations: [newEnterprise()] } },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      reader: 'FORBIDDEN',
      curator: 'succeeds: PROPOSED',
      reviewer: 'succeeds: PROPOSED',
      admin: 'succeeds: PROPOSED',
    },
  },
  {
    mutation: 'reviewChange',
    // Proposed by the helper's curator key, so that no cell reviews its own change.
    prepare: async () => ({
      query: `mutation ($id: ID!) { reviewChange(id: $id, decision: ACCEPT, note: "checked") { status } }`,
      variables: { id: await requests.propose([newEnterprise()]) },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      reader: 'FORBIDDEN',
      curator: 'FORBIDDEN',
      reviewer: 'succeeds: APPLIED',
      admin: 'succeeds: APPLIED',
    },
  },
  {
    mutation: 'revertChange',
    prepare: async () => ({
      query: `mutation ($id: ID!) { revertChange(id: $id, reason: "not in the source") { status } }`,
      variables: { id: await requests.apply([newEnterprise()]) },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      reader: 'FORBIDDEN',
      curator: 'FORBIDDEN',
      reviewer: 'succeeds: REVERTED',
      admin: 'succeeds: REVERTED',
    },
  },
  {
    mutation: 'addDocument',
    prepare: async () => ({
      query: `mutation ($input: DocumentInput!) { addDocument(input: $input) { status: __typename } }`,
      variables: { input: { fileName: 'roles.txt', text: `${REPORT}\n\n第${randomUUID()}号。` } },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      reader: 'FORBIDDEN',
      curator: 'succeeds: Source',
      reviewer: 'succeeds: Source',
      admin: 'succeeds: Source',
    },
  },
  {
    mutation: 'proposeCandidate',
    prepare: async () => ({
      query: `mutation ($input: CandidateProposalInput!) { proposeCandidate(input: $input) { status } }`,
      variables: {
        input: { document, name: CANDIDATE, id: `enterprise:roles-${randomUUID().slice(0, 8)}` },
      },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      reader: 'FORBIDDEN',
      curator: 'succeeds: PROPOSED',
      reviewer: 'succeeds: PROPOSED',
      admin: 'succeeds: PROPOSED',
    },
  },
  {
    mutation: 'proposeSuggestedLink',
    prepare: async () => ({
      query: `mutation ($input: SuggestedLinkProposalInput!) { proposeSuggestedLink(input: $input) { status } }`,
      variables: {
        input: {
          document,
          from: 'enterprise:huanchi',
          to: 'university:nbut',
          type: 'COOPERATES_WITH',
        },
      },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      reader: 'FORBIDDEN',
      curator: 'succeeds: PROPOSED',
      reviewer: 'succeeds: PROPOSED',
      admin: 'succeeds: PROPOSED',
    },
  },
];

// A report for the review-queue rows: ¶1 and ¶3 name 环驰集团 and 宁波工程学院 together (a
// suggested link), ¶2 and ¶3 print an enterprise the graph lacks (a candidate).
const REPORT = [
  '环驰集团与宁波工程学院签约共建轴承联合实验室。',
  '慈溪甬舟精工轴承有限公司参加签约。',
  '环驰集团、宁波工程学院与慈溪甬舟精工轴承有限公司将联合攻关高速轴承。',
].join('\n\n');
const CANDIDATE = '慈溪甬舟精工轴承有限公司';
let document = '';

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('mutation-roles-neo4j');
  api = await startTestApi({}, neo4j.uri);
  // The keys "curator" and "reviewer" make the changes the rows act on; each cell sends with
  // a key of its own (cell-<role>).
  requests = await changeRequests(api, ['curator', 'reviewer']);
  const added = await requests.ask<{ addDocument: { id: string } }>(
    `mutation ($input: DocumentInput!) { addDocument(input: $input) { id } }`,
    { input: { fileName: 'queue.txt', text: REPORT } },
    'curator',
  );
  document = added.data?.addDocument.id ?? '';
  expect(document).toMatch(/^source:report-/);
  for (const role of ['reader', 'curator', 'reviewer', 'admin'] as const satisfies Role[]) {
    keys[role] = newKey();
    await createKey(api.graph, { name: `cell-${role}`, role, hash: hashOf(keys[role]) }, 'test');
  }
}, 240_000);
afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
});

const keys: Partial<Record<Who, string>> = {};

async function send(
  query: string,
  variables: Record<string, unknown>,
  key: string | undefined,
): Promise<Answer<Record<string, { status: string }>>> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer<Record<string, { status: string }>>;
}

describe.each(ROWS)('$mutation', (row) => {
  it.each(PRINCIPALS.map((who) => [who, row.expected[who]] as const))(
    'from %s: %s',
    async (who, expected) => {
      const { query, variables } = await row.prepare();
      const a = await send(query, variables, keys[who]);
      if (expected.startsWith('succeeds: ')) {
        expect(a.errors).toBeUndefined();
        expect(a.data?.[row.mutation]?.status).toBe(expected.slice('succeeds: '.length));
      } else {
        expect(codeOf(a)).toBe(expected);
        expect(a.data).toBeNull();
      }
    },
  );
});
