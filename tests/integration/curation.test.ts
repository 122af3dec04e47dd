// Changes proposed by a curator and reviewed by a reviewer, on a Neo4j of this file's own (the
// changes it applies must not reach the shared curated graph): roles, the loader's checks on
// every operation, versions, concurrent reviews, retraction, and the feed of changes.
import { rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey, type Role } from '../../src/data/keys.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { tempDir } from '../helpers/files.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';

interface ChangeOut {
  id: string;
  status: string;
  author: string;
  reviewer: string | null;
  operations: { kind: string; target: string; record: string }[];
}
interface Answer {
  data?: {
    proposeChange: ChangeOut;
    reviewChange: ChangeOut;
    entity: unknown;
    change: unknown;
    changes: ChangeOut[];
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let neo4j: LocalNeo4j;
let dataDir: string;
let api: TestApi;
const keys: Partial<Record<string, string>> = {};

async function ask(
  query: string,
  variables: Record<string, unknown>,
  as?: string,
): Promise<Answer> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as && keys[as] ? { authorization: `Bearer ${keys[as]}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}
const codeOf = (a: Answer): string | undefined => a.errors?.[0]?.extensions?.code;

const PROPOSE = `mutation ($input: ChangeInput!) {
  proposeChange(input: $input) { id status author reason operations { kind target record } }
}`;
const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewChange(id: $id, decision: $decision, note: $note) { id status reviewer note decidedAt }
}`;
const TALENT_CITY_26 = { source: 'source:talent-city-2025', paragraph: 26 };

const newEnterprise = (id: string, extra: Record<string, unknown> = {}) => ({
  entity: {
    id,
    kind: 'ENTERPRISE',
    name: `测试轴承${id.slice(-6)}有限公司`,
    nameEn: 'Test Bearings Co.',
    sources: [TALENT_CITY_26],
    ...extra,
  },
});
const linkToWust = (from: string) => ({
  relationship: { type: 'COOPERATES_WITH', from, to: 'university:wust', sources: [TALENT_CITY_26] },
});

async function propose(
  operations: unknown[],
  as = 'curator',
  reason = 'seen in ¶26',
): Promise<Answer> {
  return ask(PROPOSE, { input: { reason, operations } }, as);
}
const entityNow = async (id: string) =>
  (
    await api.graph.read<{ name: string; version: number; changedBy: string; degree: number }>(
      'MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.version AS version, n.changedBy AS changedBy, n.degree AS degree',
      { id },
    )
  )[0];

beforeAll(async () => {
  dataDir = tempDir('curation-neo4j');
  neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  await seedCurated(neo4j.uri);
  api = await startTestApi({}, neo4j.uri);
  for (const [label, role] of [
    ['reader', 'reader'],
    ['curator', 'curator'],
    ['reviewer', 'reviewer'],
    ['reviewer2', 'reviewer'],
  ] as [string, Role][]) {
    keys[label] = newKey();
    await createKey(api.graph, { name: label, role, hash: hashOf(keys[label] ?? '') }, 'test');
  }
}, 240_000);
afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('roles', () => {
  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['reader', 'FORBIDDEN'],
  ])('refuses a proposal from %s with %s', async (as, code) => {
    const a = await propose([newEnterprise('enterprise:test-role')], as);
    expect(codeOf(a)).toBe(code);
  });

  it('refuses a review from a curator with FORBIDDEN, naming reviewer', async () => {
    const proposed = await propose([newEnterprise(`enterprise:t-${randomUUID().slice(0, 6)}`)]);
    const a = await ask(
      REVIEW,
      { id: proposed.data?.proposeChange.id, decision: 'ACCEPT' },
      'curator',
    );
    expect(codeOf(a)).toBe('FORBIDDEN');
    expect(a.errors?.[0]?.message).toContain('the role reviewer or admin');
  });

  it('refuses a reviewer accepting their own change', async () => {
    const proposed = await propose(
      [newEnterprise(`enterprise:t-${randomUUID().slice(0, 6)}`)],
      'reviewer',
    );
    expect(proposed.data?.proposeChange.author).toBe('reviewer');
    const a = await ask(
      REVIEW,
      { id: proposed.data?.proposeChange.id, decision: 'ACCEPT' },
      'reviewer',
    );
    expect(codeOf(a)).toBe('FORBIDDEN');
    expect(a.errors?.[0]?.message).toContain('cannot accept their own change');
  });

  it('lets a reviewer accept their own change where CURATION_SELF_REVIEW=true', async () => {
    // A one-person deployment: another API process over the same Neo4j, set up for it.
    const alone = await startTestApi({ CURATION_SELF_REVIEW: 'true' }, neo4j.uri);
    try {
      const id = `enterprise:t-${randomUUID().slice(0, 6)}`;
      const send = async (query: string, variables: Record<string, unknown>) =>
        (await (
          await fetch(alone.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${keys.reviewer}`,
            },
            body: JSON.stringify({ query, variables }),
          })
        ).json()) as Answer;
      const proposed = await send(PROPOSE, {
        input: { reason: 'seen in ¶26', operations: [newEnterprise(id)] },
      });
      expect(proposed.data?.proposeChange.author).toBe('reviewer');
      const accepted = await send(REVIEW, {
        id: proposed.data?.proposeChange.id,
        decision: 'ACCEPT',
      });
      expect(accepted.data?.reviewChange).toMatchObject({
        status: 'APPLIED',
        reviewer: 'reviewer',
      });
      expect((await entityNow(id))?.version).toBe(1);
    } finally {
      await alone.close();
    }
  });
});

describe('a change proposed, accepted and applied', () => {
  const id = `enterprise:t-${randomUUID().slice(0, 6)}`;

  it('stores the proposal and leaves the graph as it was', async () => {
    const a = await propose([newEnterprise(id), linkToWust(id)]);
    expect(a.errors).toBeUndefined();
    const change = a.data?.proposeChange;
    if (!change) throw new Error(JSON.stringify(a.errors));
    expect(change).toMatchObject({ status: 'PROPOSED', author: 'curator', reason: 'seen in ¶26' });
    expect(change.operations.map((o) => [o.kind, o.target])).toEqual([
      ['ENTITY', id],
      ['RELATIONSHIP', `${id}|COOPERATES_WITH|university:wust`],
    ]);
    expect(await entityNow(id)).toBeUndefined();

    const accepted = await ask(
      REVIEW,
      { id: change.id, decision: 'ACCEPT', note: 'checked' },
      'reviewer',
    );
    expect(accepted.data?.reviewChange).toMatchObject({
      status: 'APPLIED',
      reviewer: 'reviewer',
      note: 'checked',
    });
    expect(await entityNow(id)).toEqual({
      name: `测试轴承${id.slice(-6)}有限公司`,
      version: 1,
      changedBy: change.id,
      degree: 1,
    });
    const read = await ask(`{ entity(id: "${id}") { name relationships { type to { id } } } }`, {});
    expect(read.data?.entity).toEqual({
      name: `测试轴承${id.slice(-6)}有限公司`,
      relationships: [{ type: 'COOPERATES_WITH', to: { id: 'university:wust' } }],
    });

    const again = await ask(REVIEW, { id: change.id, decision: 'REJECT' }, 'reviewer2');
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe(
      `The change ${change.id} is APPLIED (by reviewer), no longer PROPOSED; only a proposed change can be reviewed.`,
    );
  });

  it('refuses to add an entity that exists, and a stale version, with CONFLICT', async () => {
    const exists = await propose([newEnterprise(id)]);
    expect(codeOf(exists)).toBe('CONFLICT');
    expect(exists.errors?.[0]?.message).toBe(
      `${id} exists already (version 1); to update it, give version: 1.`,
    );

    const first = await propose([newEnterprise(id, { name: '新名称一有限公司', version: 1 })]);
    const second = await propose([newEnterprise(id, { name: '新名称二有限公司', version: 1 })]);
    expect(
      (await ask(REVIEW, { id: first.data?.proposeChange.id, decision: 'ACCEPT' }, 'reviewer')).data
        ?.reviewChange.status,
    ).toBe('APPLIED');
    const stale = await ask(
      REVIEW,
      { id: second.data?.proposeChange.id, decision: 'ACCEPT' },
      'reviewer',
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('is at version 2, but the change edits version 1');
    expect(await entityNow(id)).toMatchObject({ name: '新名称一有限公司', version: 2 });
    const left = await ask(`query ($id: ID!) { change(id: $id) { status } }`, {
      id: second.data?.proposeChange.id,
    });
    expect(left.data?.change).toEqual({ status: 'PROPOSED' });
  });

  it('retracts the relationship, which leaves the reads and stays in the change', async () => {
    const a = await propose([
      { retract: { type: 'COOPERATES_WITH', from: id, to: 'university:wust' } },
    ]);
    const applied = await ask(
      REVIEW,
      { id: a.data?.proposeChange.id, decision: 'ACCEPT' },
      'reviewer',
    );
    expect(applied.data?.reviewChange.status).toBe('APPLIED');
    const read = await ask(`{ entity(id: "${id}") { relationships { type } } }`, {});
    expect(read.data?.entity).toEqual({ relationships: [] });
    expect((await entityNow(id))?.degree).toBe(0);
    const [kept] = await api.graph.read<{ before: string }>(
      'MATCH (c:Change {id: $id}) RETURN c.before AS before',
      {
        id: a.data?.proposeChange.id,
      },
    );
    expect(JSON.parse(kept?.before ?? '[]')).toMatchObject([
      { relationship: `${id}|COOPERATES_WITH|university:wust`, props: { status: 'ACTUAL' } },
    ]);
  });
});

describe('bad operations are refused with every problem, and nothing is written', () => {
  it.each([
    [
      'an unknown end and a paragraph past the end of its source',
      [
        {
          relationship: {
            type: 'COOPERATES_WITH',
            from: 'enterprise:nobody',
            to: 'university:wust',
            sources: [{ source: 'source:tech-engine-2025', paragraph: 99 }],
          },
        },
      ],
      ['operations[0]', 'enterprise:nobody', '99'],
    ],
    [
      'an empty name',
      [newEnterprise('enterprise:t-empty', { name: ' ' })],
      ['operations[0]', '"name"'],
    ],
    [
      'two things in one operation',
      [{ ...newEnterprise('enterprise:t-two'), ...linkToWust('enterprise:t-two') }],
      ['operations[0] must give exactly one'],
    ],
    [
      'a retraction of a link that is not there',
      [{ retract: { type: 'WON', from: 'university:wust', to: 'enterprise:huanchi' } }],
      ['university:wust|WON|enterprise:huanchi'],
    ],
  ])('%s', async (_what, operations, phrases) => {
    const [before] = await api.graph.read<{ n: number }>('MATCH (c:Change) RETURN count(c) AS n');
    const a = await propose(operations);
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(a));
    for (const phrase of phrases) expect(a.errors?.[0]?.message).toContain(phrase);
    const [after] = await api.graph.read<{ n: number }>('MATCH (c:Change) RETURN count(c) AS n');
    expect(after?.n).toBe(before?.n);
  });

  it('refuses an empty reason', async () => {
    const a = await propose([newEnterprise('enterprise:t-reason')], 'curator', '  ');
    expect(codeOf(a)).toBe('BAD_USER_INPUT');
    expect(a.errors?.[0]?.message).toContain('reason must say why');
  });
});

describe('two reviewers accepting the same change at once', () => {
  it('apply it exactly once; the other gets CONFLICT', async () => {
    const id = `enterprise:t-${randomUUID().slice(0, 6)}`;
    const proposed = await propose([newEnterprise(id)]);
    const changeId = proposed.data?.proposeChange.id;
    const answers = await Promise.all(
      ['reviewer', 'reviewer2'].map((as) => ask(REVIEW, { id: changeId, decision: 'ACCEPT' }, as)),
    );
    const outcomes = answers.map((a) => a.data?.reviewChange?.status ?? codeOf(a)).sort();
    expect(outcomes).toEqual(['APPLIED', 'CONFLICT']);
    expect((await entityNow(id))?.version).toBe(1);
    const [audit] = await api.graph.read<{ n: number }>(
      "MATCH (e:AuditEvent {target: $id, action: 'change.apply'}) RETURN count(e) AS n",
      { id: changeId },
    );
    expect(audit?.n).toBe(1);
  });
});

describe('two conflicting changes accepted at once', () => {
  // Each pair is accepted by two reviewers at the same moment, a few times over, so the two
  // transactions overlap: the second must see the first and answer CONFLICT, never overwrite it.
  const acceptBoth = async (a: Answer, b: Answer) => {
    const answers = await Promise.all(
      [
        [a, 'reviewer'],
        [b, 'reviewer2'],
      ].map(([p, as]) =>
        ask(REVIEW, { id: (p as Answer).data?.proposeChange.id, decision: 'ACCEPT' }, as as string),
      ),
    );
    return answers.map((x) => x.data?.reviewChange?.status ?? codeOf(x));
  };

  it('two edits of the same version: one applies, the other gets CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const id = `enterprise:t-${randomUUID().slice(0, 6)}`;
      await ask(
        REVIEW,
        { id: (await propose([newEnterprise(id)])).data?.proposeChange.id, decision: 'ACCEPT' },
        'reviewer',
      );
      const a = await propose([newEnterprise(id, { name: '甲有限公司', version: 1 })]);
      const b = await propose([newEnterprise(id, { name: '乙有限公司', version: 1 })]);
      const outcomes = await acceptBoth(a, b);
      expect([...outcomes].sort()).toEqual(['APPLIED', 'CONFLICT']);
      const winner = outcomes[0] === 'APPLIED' ? '甲有限公司' : '乙有限公司';
      expect(await entityNow(id)).toMatchObject({ name: winner, version: 2 });
    }
  });

  it('two adds of the same new id: one applies, the other gets CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const id = `enterprise:t-${randomUUID().slice(0, 6)}`;
      const a = await propose([newEnterprise(id, { name: '丙有限公司' })]);
      const b = await propose([newEnterprise(id, { name: '丁有限公司' })]);
      const outcomes = await acceptBoth(a, b);
      expect([...outcomes].sort()).toEqual(['APPLIED', 'CONFLICT']);
      const winner = outcomes[0] === 'APPLIED' ? '丙有限公司' : '丁有限公司';
      expect(await entityNow(id)).toMatchObject({ name: winner, version: 1 });
    }
  });

  it('two updates of the same relationship: one applies, the other gets CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const id = `enterprise:t-${randomUUID().slice(0, 6)}`;
      await ask(
        REVIEW,
        {
          id: (await propose([newEnterprise(id), linkToWust(id)])).data?.proposeChange.id,
          decision: 'ACCEPT',
        },
        'reviewer',
      );
      const withRole = (role: string) => ({
        relationship: { ...linkToWust(id).relationship, role },
      });
      const outcomes = await acceptBoth(
        await propose([withRole('甲')]),
        await propose([withRole('乙')]),
      );
      expect([...outcomes].sort()).toEqual(['APPLIED', 'CONFLICT']);
      const [link] = await api.graph.read<{ role: string }>(
        'MATCH (:Entity {id: $id})-[r:COOPERATES_WITH]->(:Entity {id: "university:wust"}) RETURN r.role AS role',
        { id },
      );
      expect(link?.role).toBe(outcomes[0] === 'APPLIED' ? '甲' : '乙');
    }
  });
});

describe('the feed of changes', () => {
  type Feed = {
    nodes: { id: string; status: string; author: string; updatedAt: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
  const feed = async (args: string): Promise<Feed> => {
    const a = await ask(
      `{ changes(${args}) { nodes { id status author updatedAt } pageInfo { hasNextPage endCursor } totalCount } }`,
      {},
    );
    if (!a.data) throw new Error(JSON.stringify(a.errors));
    return (a.data as unknown as { changes: Feed }).changes;
  };

  it('lists changes newest first, by status and author', async () => {
    const listed = await feed('status: APPLIED, author: "curator", first: 50');
    expect(listed.nodes.length).toBeGreaterThanOrEqual(4);
    expect(listed.totalCount).toBe(listed.nodes.length);
    expect(new Set(listed.nodes.map((c) => `${c.status}/${c.author}`))).toEqual(
      new Set(['APPLIED/curator']),
    );
    const times = listed.nodes.map((c) => Date.parse(c.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('finds the changes that touch an entity, as the entity written or an end of a link', async () => {
    const id = `enterprise:t-${randomUUID().slice(0, 6)}`;
    const added = await propose([newEnterprise(id)]);
    await ask(REVIEW, { id: added.data?.proposeChange.id, decision: 'ACCEPT' }, 'reviewer');
    const linked = await propose([linkToWust(id)]);
    const ids = (f: Feed) => f.nodes.map((c) => c.id);
    // A proposed change touches it as much as an applied one; the link's change names it as `from`.
    expect(ids(await feed(`entity: "${id}", first: 10`))).toEqual([
      linked.data?.proposeChange.id,
      added.data?.proposeChange.id,
    ]);
    // An id that is only the start of this one names another entity.
    expect(ids(await feed(`entity: "${id.slice(0, -1)}", first: 10`))).toEqual([]);
  });

  it('syncs a mirror: since, oldest first, a page at a time, and a decided change comes again', async () => {
    const since = new Date().toISOString();
    const proposed = [];
    for (let i = 0; i < 3; i++) {
      const p = await propose([newEnterprise(`enterprise:t-${randomUUID().slice(0, 6)}`)]);
      proposed.push(p.data?.proposeChange.id);
    }
    const first = await feed(`since: "${since}", order: OLDEST_FIRST, first: 2`);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await feed(
      `since: "${since}", order: OLDEST_FIRST, first: 2, after: "${first.pageInfo.endCursor}"`,
    );
    expect([...first.nodes, ...rest.nodes].map((c) => c.id)).toEqual(proposed);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    // The first one is decided after the mirror read it: it comes after the page it was read on.
    await ask(REVIEW, { id: proposed[0], decision: 'REJECT', note: 'a duplicate' }, 'reviewer');
    const later = await feed(
      `since: "${since}", order: OLDEST_FIRST, first: 10, after: "${rest.pageInfo.endCursor}"`,
    );
    expect(later.nodes.map((c) => [c.id, c.status])).toEqual([[proposed[0], 'REJECTED']]);
  });

  it('refuses a since that is no date-time and a cursor of another list', async () => {
    const bad = await ask('{ changes(since: "yesterday") { totalCount } }', {});
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toBe(
      'since must be an ISO 8601 date-time, e.g. 2026-12-01T08:00:00Z or 2026-12-01.',
    );
    const foreign = Buffer.from(JSON.stringify(['history', 'x', '2026-01-01', 'y'])).toString(
      'base64url',
    );
    const refused = await ask(`{ changes(after: "${foreign}") { totalCount } }`, {});
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      'after is not a cursor of the feed of changes; pass pageInfo.endCursor from the previous page of the same list.',
    );
  });
});
