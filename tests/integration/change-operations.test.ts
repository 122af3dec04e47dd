// The indicator, alias and merge operations of a change, and curator knowledge, on a Neo4j of this
// file's own (the changes it applies must not reach the shared curated graph): each proposed,
// accepted, seen in the reads and reverted, and each kind of bad input refused with its code and
// the operation's field, writing nothing.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { createKey, type Role } from '../../src/data/keys.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { tempDir } from '../helpers/files.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';

interface Answer {
  // The answers of many queries, read field by field and checked by value in each test.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let neo4j: LocalNeo4j;
let dataDir: string;
let api: TestApi;
const keys: Partial<Record<string, string>> = {};

async function ask(query: string, variables: Record<string, unknown>, as?: string) {
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
const messageOf = (a: Answer): string => a.errors?.[0]?.message ?? '';

const PROPOSE = `mutation ($input: ChangeInput!) {
  proposeChange(input: $input) { id status operations { kind target record } }
}`;
const propose = (operations: unknown[], reason = 'seen in the reports') =>
  ask(PROPOSE, { input: { reason, operations } }, 'curator');

/** Proposes and accepts; returns the change id. */
async function apply(operations: unknown[]): Promise<string> {
  const proposed = await propose(operations);
  expect(proposed.errors).toBeUndefined();
  const id = proposed.data?.proposeChange.id as string;
  const review = await ask(
    `mutation ($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { status } }`,
    { id },
    'reviewer',
  );
  expect(review.errors).toBeUndefined();
  expect(review.data?.reviewChange.status).toBe('APPLIED');
  return id;
}
async function revert(id: string): Promise<void> {
  const a = await ask(
    `mutation ($id: ID!) { revertChange(id: $id, reason: "test revert") { status } }`,
    { id },
    'reviewer',
  );
  expect(a.errors).toBeUndefined();
  expect(a.data?.revertChange.status).toBe('REVERTED');
}

const ENTITY = `query ($id: ID!) { entity(id: $id) {
  id name version aliases aliasOrigins { name origin reason source { paragraph } }
  sources { document { id } paragraph }
  knowledge { reason change { id } }
  history { nodes { id status } }
  relationships { type from { id } to { id } sources { document { id } paragraph }
    knowledge { reason change { id } } }
} }`;
const entity = async (id: string) => (await ask(ENTITY, { id })).data?.entity;

const INDICATORS = `query ($q: String) { indicators(query: $q) {
  id value display version scope { id } sources { paragraph } knowledge { reason change { id } }
} }`;
const indicator = async (query: string) => (await ask(INDICATORS, { q: query })).data?.indicators;

const TECH_18 = { source: 'source:tech-engine-2025', paragraph: 18 };
const TALENT_26 = { source: 'source:talent-city-2025', paragraph: 26 };

/** How many changes and entities the graph holds: a refused proposal changes neither. */
const counts = async () =>
  (
    await api.graph.read<{ changes: number; entities: number }>(
      'RETURN COUNT { (:Change) } AS changes, COUNT { (:Entity) } AS entities',
    )
  )[0];

beforeAll(async () => {
  dataDir = tempDir('change-ops-neo4j');
  neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  await seedCurated(neo4j.uri);
  api = await startTestApi({}, neo4j.uri);
  for (const [label, role] of [
    ['curator', 'curator'],
    ['reviewer', 'reviewer'],
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

describe('curator knowledge', () => {
  it('refuses a fact with no source and no knowledge, naming operations[i] and sources', async () => {
    const before = await counts();
    const a = await propose([
      { entity: { id: 'enterprise:no-source', kind: 'ENTERPRISE', name: '无源测试', sources: [] } },
    ]);
    expect(codeOf(a)).toBe('BAD_USER_INPUT');
    expect(messageOf(a)).toContain('operations[0]');
    expect(messageOf(a)).toContain(
      'operations[0]: entities[0] (id "enterprise:no-source"): field "sources" is empty',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses an empty or oversized knowledge', async () => {
    const empty = await propose([
      {
        entity: {
          id: 'enterprise:empty-k',
          kind: 'ENTERPRISE',
          name: '空理由',
          sources: [],
          knowledge: ' ',
        },
      },
    ]);
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(messageOf(empty)).toContain('operations[0]');
    expect(messageOf(empty)).toContain('field "knowledge" must be a non-empty string');
    const big = await propose([
      {
        relationship: {
          type: 'COOPERATES_WITH',
          from: 'enterprise:bull',
          to: 'university:wust',
          sources: [],
          knowledge: 'x'.repeat(2001),
        },
      },
    ]);
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(messageOf(big)).toContain('knowledge');
  });

  it('stores an entity and a relationship the curators know, marked as theirs, and reverts them', async () => {
    const why = 'the company confirmed its name to the curators by letter, 2026-11-03';
    const id = await apply([
      {
        entity: {
          id: 'enterprise:known-co',
          kind: 'ENTERPRISE',
          name: '知识测试有限公司',
          sources: [],
          knowledge: why,
        },
      },
      {
        relationship: {
          type: 'COOPERATES_WITH',
          from: 'enterprise:known-co',
          to: 'university:wust',
          sources: [],
          knowledge: 'a joint lab plaque the curators photographed',
        },
      },
    ]);
    const e = await entity('enterprise:known-co');
    expect(e.sources).toEqual([]);
    expect(e.knowledge).toEqual({ reason: why, change: { id } });
    expect(e.relationships).toHaveLength(1);
    expect(e.relationships[0].knowledge).toEqual({
      reason: 'a joint lab plaque the curators photographed',
      change: { id },
    });
    // A fact from the seed carries none.
    expect((await entity('enterprise:bull')).knowledge).toBeNull();
    await revert(id);
    expect(await entity('enterprise:known-co')).toBeNull();
  });
});

describe('indicator', () => {
  const added = {
    id: 'indicator:test-labs',
    name: '测试实验室超12家',
    nameEn: 'More than 12 test labs',
    value: 12,
    unit: 'labs',
    display: '超12家',
    qualifier: 'MORE_THAN',
    topic: 'platforms',
    scope: ['region:cixi'],
    sources: [TALENT_26],
  };

  it('adds, updates on the version read, refuses a stale update, and reverts', async () => {
    const add = await apply([{ indicator: added }]);
    const [first] = await indicator('测试实验室');
    expect(first).toMatchObject({ id: added.id, value: 12, display: '超12家', version: 1 });
    expect(first.scope).toEqual([{ id: 'region:cixi' }]);
    expect(first.sources).toEqual([{ paragraph: 26 }]);

    const again = await propose([{ indicator: added }]);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(messageOf(again)).toContain('exists already (version 1, value 12)');

    const update = await apply([
      {
        indicator: {
          ...added,
          value: 15,
          display: '超15家',
          sources: [],
          knowledge: 'the 2026 count the bureau gave the curators',
          version: 1,
        },
      },
    ]);
    const [second] = await indicator('测试实验室');
    expect(second).toMatchObject({ value: 15, version: 2, sources: [] });
    expect(second.knowledge).toEqual({
      reason: 'the 2026 count the bureau gave the curators',
      change: { id: update },
    });

    const stale = await propose([{ indicator: { ...added, value: 20, version: 1 } }]);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(messageOf(stale)).toContain('is at version 2 (value 15, printed 超15家)');

    await revert(update);
    const [back] = await indicator('测试实验室');
    expect(back).toMatchObject({ value: 12, display: '超12家', version: 3, knowledge: null });
    await revert(add);
    expect(await indicator('测试实验室')).toEqual([]);
  });

  it.each([
    [
      'an unknown scope id',
      { scope: ['region:nowhere'] },
      'field "scope[0]" points at unknown id "region:nowhere"',
    ],
    [
      'a paragraph that does not exist',
      { sources: [{ source: 'source:talent-city-2025', paragraph: 99999 }] },
      'field "sources[0].paragraph" is 99999',
    ],
    ['an empty unit', { unit: ' ' }, 'field "unit" must be a non-empty string'],
  ])('refuses %s, naming operations[1] and the field', async (_what, change, text) => {
    const before = await counts();
    const a = await propose([
      { entity: { id: 'enterprise:ok-one', kind: 'ENTERPRISE', name: '正常', sources: [TECH_18] } },
      { indicator: { ...added, ...change } },
    ]);
    expect(codeOf(a)).toBe('BAD_USER_INPUT');
    expect(messageOf(a)).toContain('operations[1]');
    expect(messageOf(a)).toContain(text);
    expect(await counts()).toEqual(before);
  });

  it('refuses an update of an indicator that does not exist', async () => {
    const a = await propose([{ indicator: { ...added, id: 'indicator:none', version: 3 } }]);
    expect(codeOf(a)).toBe('NOT_FOUND');
    expect(messageOf(a)).toContain('indicator:none');
  });
});

describe('alias', () => {
  const aliasOp = (alias: Record<string, unknown>, version = 0, id = 'enterprise:bull') => ({
    alias: { entity: id, version, alias },
  });

  it("adds the curators' alias, bumping the version, and a revert takes it away", async () => {
    const id = await apply([aliasOp({ name: '公牛电工', reason: 'the name on its sockets' })]);
    const e = await entity('enterprise:bull');
    expect(e.version).toBe(1);
    expect(e.aliases).toEqual(['公牛集团', 'Bull Group', '公牛电工']);
    expect(e.aliasOrigins[2]).toEqual({
      name: '公牛电工',
      origin: 'CURATORS',
      reason: 'the name on its sockets',
      source: null,
    });
    expect(e.history.nodes).toEqual([{ id, status: 'APPLIED' }]);
    const stale = await propose([aliasOp({ name: '公牛插座', reason: 'x' }, 0)]);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(messageOf(stale)).toContain('is at version 1');
    await revert(id);
    const back = await entity('enterprise:bull');
    expect(back.aliases).toEqual(['公牛集团', 'Bull Group']);
    expect(back.version).toBe(2);
  });

  it('adds a cited alias', async () => {
    const [{ version }] = [await entity('enterprise:bull')];
    const id = await apply([aliasOp({ name: '公牛智能', source: TECH_18 }, version as number)]);
    const e = await entity('enterprise:bull');
    expect(e.aliasOrigins.at(-1)).toEqual({
      name: '公牛智能',
      origin: 'SOURCE',
      reason: null,
      source: { paragraph: 18 },
    });
    await revert(id);
  });

  it.each([
    [
      'a name it has already',
      { name: '公牛集团', reason: 'again' },
      'BAD_USER_INPUT',
      'operations[0].alias.name',
    ],
    [
      "another entity's name",
      { name: '环驰集团', reason: 'same?' },
      'BAD_USER_INPUT',
      'propose a merge instead',
    ],
    [
      'an empty reason',
      { name: '公牛新名', reason: '  ' },
      'BAD_USER_INPUT',
      'operations[0].alias.reason',
    ],
    [
      'no origin',
      { name: '公牛新名' },
      'BAD_USER_INPUT',
      'operations[0].alias must give exactly one',
    ],
    [
      'a paragraph that does not exist',
      { name: '公牛新名', source: { source: 'source:tech-engine-2025', paragraph: 99999 } },
      'BAD_USER_INPUT',
      'field "aliases[2].paragraph" is 99999',
    ],
    [
      'an unknown source',
      { name: '公牛新名', source: { source: 'source:nowhere', paragraph: 1 } },
      'BAD_USER_INPUT',
      'names unknown source "source:nowhere"',
    ],
  ])('refuses %s', async (_what, alias, code, text) => {
    const before = await counts();
    const { version } = await entity('enterprise:bull');
    const a = await propose([aliasOp(alias, version as number)]);
    expect(codeOf(a)).toBe(code);
    expect(messageOf(a)).toContain(text);
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown entity, naming operations[0].alias.entity', async () => {
    const a = await propose([aliasOp({ name: '无名', reason: 'x' }, 0, 'enterprise:nobody')]);
    expect(codeOf(a)).toBe('NOT_FOUND');
    expect(messageOf(a)).toContain('operations[0].alias.entity');
  });
});

describe('merge', () => {
  const copy = 'enterprise:bull-copy';

  it('moves links, names and citations to keep, answers the old id with keep, and reverts', async () => {
    const made = await apply([
      {
        entity: {
          id: copy,
          kind: 'ENTERPRISE',
          name: '公牛电器测试',
          nameEn: 'Bull Electric Test',
          aliases: [{ name: '公牛测试', reason: 'a short form' }],
          sources: [TALENT_26],
        },
      },
      {
        relationship: {
          type: 'LEADS_CHAIN',
          from: copy,
          to: 'industry:smart-home-appliances',
          sources: [TALENT_26],
        },
      },
      {
        relationship: {
          type: 'COOPERATES_WITH',
          from: copy,
          to: 'university:wust',
          sources: [TALENT_26],
        },
      },
      {
        indicator: {
          id: 'indicator:copy-staff',
          name: '测试员工数300人',
          value: 300,
          unit: 'people',
          display: '300人',
          topic: 'enterprises',
          scope: [copy, 'region:cixi'],
          sources: [TALENT_26],
        },
      },
    ]);
    const keepBefore = await entity('enterprise:bull');
    const keepVersion = keepBefore.version as number;
    const stale = await propose([
      { merge: { keep: 'enterprise:bull', keepVersion, merge: copy, mergeVersion: 0 } },
    ]);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(messageOf(stale)).toContain('operations[0].merge.mergeVersion');

    const merged = await apply([
      { merge: { keep: 'enterprise:bull', keepVersion, merge: copy, mergeVersion: 1 } },
    ]);
    const kept = await entity('enterprise:bull');
    expect(kept.version).toBe(keepVersion + 1);
    expect(kept.aliases).toEqual([
      ...(keepBefore.aliases as string[]),
      '公牛电器测试',
      'Bull Electric Test',
      '公牛测试',
    ]);
    expect(kept.sources.map((s: { paragraph: number }) => s.paragraph)).toEqual([18, 26]);
    const links = (kept.relationships as { type: string; to: { id: string }; sources: unknown[] }[])
      .map((r) => `${r.type} ${r.to.id} ${r.sources.length}`)
      .sort();
    // The two LEADS_CHAIN links became one with both citations; COOPERATES_WITH moved.
    expect(links).toEqual([
      'COOPERATES_WITH university:wust 1',
      'LEADS_CHAIN industry:smart-home-appliances 2',
    ]);
    expect(kept.history.nodes[0]).toEqual({ id: merged, status: 'APPLIED' });
    const scope = async () =>
      ((await indicator('测试员工数'))[0].scope as { id: string }[]).map((e) => e.id);
    // The indicator about the merged entity is about the kept one, in the same place.
    expect(await scope()).toEqual(['enterprise:bull', 'region:cixi']);
    // The merged id answers the kept entity; no read finds the merged one.
    expect((await entity(copy)).id).toBe('enterprise:bull');
    const search = await ask(`{ search(query: "公牛电器测试") { id } }`, {});
    expect(search.data?.search.map((e: { id: string }) => e.id)).toEqual(['enterprise:bull']);
    const left = await api.graph.read<{ left: number }>(
      'RETURN COUNT { (:Entity {id: $id}) } AS left',
      { id: copy },
    );
    expect(left[0]?.left).toBe(0);
    const feed = await ask(`query ($e: ID) { changes(entity: $e) { nodes { id } } }`, { e: copy });
    expect(feed.data?.changes.nodes.map((c: { id: string }) => c.id)).toEqual([merged, made]);

    await revert(merged);
    const back = await entity(copy);
    expect(back.id).toBe(copy);
    expect(back.version).toBe(3);
    expect(back.aliases).toEqual(['公牛测试']);
    expect(back.relationships.map((r: { type: string }) => r.type).sort()).toEqual([
      'COOPERATES_WITH',
      'LEADS_CHAIN',
    ]);
    expect(back.history.nodes.map((c: { id: string }) => c.id)).toEqual([merged, made]);
    expect(await scope()).toEqual([copy, 'region:cixi']);
    const restored = await entity('enterprise:bull');
    expect(restored.aliases).toEqual(keepBefore.aliases);
    expect(restored.version).toBe(keepVersion + 2);
    expect(
      restored.relationships.map((r: { type: string; sources: unknown[] }) => [
        r.type,
        r.sources.length,
      ]),
    ).toEqual([['LEADS_CHAIN', 1]]);
    await revert(made);
    expect(await entity(copy)).toBeNull();
    expect(await indicator('测试员工数')).toEqual([]);
  });

  it.each([
    [
      'an entity with itself',
      { keep: 'enterprise:bull', merge: 'enterprise:bull' },
      'BAD_USER_INPUT',
      'operations[0].merge.merge must differ from merge.keep',
    ],
    [
      'an unknown id',
      { keep: 'enterprise:nobody', merge: 'enterprise:bull' },
      'NOT_FOUND',
      'operations[0].merge.keep',
    ],
    [
      'entities of two kinds',
      { keep: 'enterprise:bull', merge: 'university:wust' },
      'BAD_USER_INPUT',
      'only entities of one kind',
    ],
  ])('refuses a merge of %s', async (_what, sides, code, text) => {
    const before = await counts();
    const { version } = await entity('enterprise:bull');
    const a = await propose([{ merge: { ...sides, keepVersion: version, mergeVersion: version } }]);
    expect(codeOf(a)).toBe(code);
    expect(messageOf(a)).toContain(text);
    expect(await counts()).toEqual(before);
  });

  it('refuses a merge whose entity another operation of the change writes', async () => {
    const a = await propose([
      { entity: { id: 'enterprise:x-new', kind: 'ENTERPRISE', name: '新', sources: [TECH_18] } },
      {
        merge: {
          keep: 'enterprise:bull',
          keepVersion: 0,
          merge: 'enterprise:x-new',
          mergeVersion: 0,
        },
      },
    ]);
    expect(codeOf(a)).toBe('BAD_USER_INPUT');
    expect(messageOf(a)).toContain('operations[1].merge');
  });

  it('refuses an oversized id', async () => {
    const a = await propose([
      {
        merge: {
          keep: `enterprise:${'x'.repeat(200)}`,
          keepVersion: 0,
          merge: 'enterprise:bull',
          mergeVersion: 0,
        },
      },
    ]);
    expect(codeOf(a)).toBe('BAD_USER_INPUT');
    expect(messageOf(a)).toContain('keep');
  });
});
