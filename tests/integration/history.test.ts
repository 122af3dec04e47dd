// Reverting applied changes, and the version, origin and history of facts, on a Neo4j of this
// file's own (the changes it applies and reverts must not reach the shared curated graph). The
// describes run in order on one graph; each works on entities the others leave alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATED_FILES, loadSeed, readSeedFiles } from '../../seed/load.ts';
import { SeedError } from '../../seed/validate.ts';
import { caughtAsync } from '../helpers/caught.ts';
import { snapshot } from '../helpers/graphSnapshot.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { changeRequests, codeOf, messageOf, type Requests } from '../helpers/changeRequests.ts';
import { curatedNeo4jOfItsOwn, warmUp } from '../helpers/ownNeo4j.ts';
import { retractionReads } from '../helpers/retractionReads.ts';

let neo4j: { uri: string; stop(): Promise<void> };
let api: TestApi;
let r: Requests;

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('history-neo4j');
  // Planned as npm start plans them, so the first path search is not also its planning; the
  // timeout allows for the two cores this small Neo4j shares with the rest of the run.
  await warmUp(neo4j.uri);
  api = await startTestApi({ QUERY_TIMEOUT_MS: '20000' }, neo4j.uri);
  r = await changeRequests(api, ['reader', 'curator', 'reviewer']);
}, 240_000);
afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
});

const TALENT_CITY = (paragraph: number) => ({ source: 'source:talent-city-2025', paragraph });
const EVENT = 'event:ai-ningbo-cixi-division';
const QIAN = 'enterprise:qian';

interface EntityRead {
  entity: {
    name: string;
    aliases: string[];
    year: number | null;
    version: number;
    origin: { kind: string; change: { id: string; status: string } | null };
    history: { totalCount: number; nodes: { id: string; status: string }[] };
  } | null;
}
const ENTITY = `query ($id: ID!) { entity(id: $id) {
  name aliases year version origin { kind change { id status } }
  history { totalCount nodes { id status } }
} }`;
const entity = async (id: string) => (await r.ask<EntityRead>(ENTITY, { id })).data?.entity;

const stored = async (id: string) =>
  (
    await api.graph.read<{ props: Record<string, unknown>; labels: string[]; year: string }>(
      'MATCH (n:Entity {id: $id}) RETURN properties(n) AS props, labels(n) AS labels, valueType(n.year) AS year',
      { id },
    )
  )[0];

const rename = (id: string, kind: string, name: string, version: number, paragraph: number) => ({
  entity: { id, kind, name, sources: [TALENT_CITY(paragraph)], version },
});

describe('who may revert, and what', () => {
  let applied = '';
  beforeAll(async () => {
    applied = await r.apply([
      {
        entity: {
          id: 'enterprise:history-roles',
          kind: 'ENTERPRISE',
          name: '历史角色有限公司',
          sources: [TALENT_CITY(26)],
        },
      },
    ]);
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['reader', 'FORBIDDEN'],
    ['curator', 'FORBIDDEN'],
  ])('refuses %s with %s', async (as, code) => {
    const a = await r.revert(applied, as);
    expect(codeOf(a)).toBe(code);
    if (code === 'FORBIDDEN') expect(messageOf(a)).toContain('the role reviewer or admin');
  });

  it('refuses an empty reason, an unknown id and a change not applied, writing nothing', async () => {
    const empty = await r.revert(applied, 'reviewer', '  ');
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(messageOf(empty)).toBe('reason must say why the change is reverted, in a few words.');
    const unknown = await r.revert('change:no-such-change');
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(messageOf(unknown)).toContain('change:no-such-change');
    const proposed = await r.propose([rename(QIAN, 'ENTERPRISE', '齐安提议有限公司', 0, 33)]);
    const notYet = await r.revert(proposed);
    expect(codeOf(notYet)).toBe('CONFLICT');
    expect(messageOf(notYet)).toBe(
      `The change ${proposed} is PROPOSED; only an APPLIED change can be reverted (a proposed one is rejected with reviewChange).`,
    );
    const status = async (id: string) =>
      (
        await r.ask<{ change: { status: string } }>(
          'query ($id: ID!) { change(id: $id) { status } }',
          { id },
        )
      ).data?.change.status;
    expect(await status(applied)).toBe('APPLIED');
    expect(await entity('enterprise:history-roles')).toMatchObject({ version: 1 });

    expect((await r.revert(applied)).data?.revertChange.status).toBe('REVERTED');
    const again = await r.revert(applied);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(messageOf(again)).toBe(
      `The change ${applied} is REVERTED already (by reviewer); nothing to revert.`,
    );
    expect(await entity('enterprise:history-roles')).toBeNull();
  });
});

describe('reverting an update', () => {
  it('puts back the exact before-image as a new version, and leaves an audit record', async () => {
    const before = await stored(EVENT);
    expect(await entity(EVENT)).toEqual({
      name: '“AI宁波”产业大赛慈溪赛区',
      aliases: ['大赛慈溪赛区', '慈溪赛区'],
      year: 2025,
      version: 0,
      origin: { kind: 'SEED', change: null },
      history: { totalCount: 0, nodes: [] },
    });
    const id = await r.apply([
      {
        entity: {
          id: EVENT,
          kind: 'EVENT',
          name: '慈溪赛区（改名）',
          nameEn: 'Renamed division',
          aliases: [{ name: '大赛慈溪赛区', source: TALENT_CITY(16) }],
          description: 'Changed.',
          year: 2024,
          sources: [TALENT_CITY(16)],
          version: 0,
        },
      },
    ]);
    expect(await entity(EVENT)).toMatchObject({
      name: '慈溪赛区（改名）',
      aliases: ['大赛慈溪赛区'],
      year: 2024,
      version: 1,
      origin: { kind: 'CHANGE', change: { id, status: 'APPLIED' } },
    });

    const reverted = await r.revert(id);
    expect(reverted.data?.revertChange).toMatchObject({
      id,
      status: 'REVERTED',
      revertedBy: 'reviewer',
      revertReason: 'the source does not say so',
    });
    expect(reverted.data?.revertChange.revertedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const after = await stored(EVENT);
    expect(after?.props).toEqual({ ...before?.props, version: 2 });
    expect(after?.labels.sort()).toEqual(before?.labels.sort());
    expect(after?.year).toBe('INTEGER NOT NULL');
    expect(await entity(EVENT)).toEqual({
      name: '“AI宁波”产业大赛慈溪赛区',
      aliases: ['大赛慈溪赛区', '慈溪赛区'],
      year: 2025,
      version: 2,
      origin: { kind: 'SEED', change: null },
      history: { totalCount: 1, nodes: [{ id, status: 'REVERTED' }] },
    });
    const audits = await api.graph.read<{ actor: string }>(
      "MATCH (e:AuditEvent {action: 'change.revert', target: $id}) RETURN e.actor AS actor",
      { id },
    );
    expect(audits).toEqual([{ actor: 'reviewer' }]);
  });
});

describe('reverting an addition', () => {
  it('deletes the entity and the link it added, and the totals are as before', async () => {
    const stats = '{ stats { entities relationships } }';
    const start = (await r.ask(stats)).data;
    const wustDegree = (await stored('university:wust'))?.props.degree;
    const id = await r.apply([
      {
        entity: {
          id: 'enterprise:history-added',
          kind: 'ENTERPRISE',
          name: '历史测试有限公司',
          sources: [TALENT_CITY(26)],
        },
      },
      {
        relationship: {
          type: 'COOPERATES_WITH',
          from: 'enterprise:history-added',
          to: 'university:wust',
          sources: [TALENT_CITY(26)],
        },
      },
    ]);
    expect((await r.ask(stats)).data).toEqual({
      stats: {
        entities: (start?.stats as { entities: number }).entities + 1,
        relationships: (start?.stats as { relationships: number }).relationships + 1,
      },
    });
    expect((await r.revert(id)).data?.revertChange.status).toBe('REVERTED');
    expect(await entity('enterprise:history-added')).toBeNull();
    expect((await r.ask(stats)).data).toEqual(start);
    expect((await stored('university:wust'))?.props.degree).toBe(wustDegree);
  });
});

describe('a retracted relationship', () => {
  const HUANCHI = 'enterprise:huanchi';
  const retracts = [
    { retract: { type: 'COOPERATES_WITH', from: HUANCHI, to: 'university:wust' } },
    { retract: { type: 'LEADS_CHAIN', from: HUANCHI, to: 'industry:bearings' } },
  ];

  it('leaves paths, counts, neighbourhoods and lists, and a revert brings it back', async () => {
    const seeded = await retractionReads(r);
    expect(seeded.paths).toEqual([['COOPERATES_WITH', '签订校企合作协议']]);
    expect(seeded.wustPartners).toContain(HUANCHI);
    expect(seeded.bearingsEnterprises).toContain(HUANCHI);
    expect(seeded.neighbours).toEqual(
      expect.arrayContaining(['university:wust', 'industry:bearings']),
    );

    const id = await r.apply(retracts);
    const retracted = await retractionReads(r);
    expect(retracted.paths).toEqual([]);
    expect(retracted.relationships).toBe(seeded.relationships - 2);
    expect(retracted.bearingsCount).toBe(seeded.bearingsCount - 1);
    expect(retracted.wustPartners).not.toContain(HUANCHI);
    expect(retracted.bearingsEnterprises).not.toContain(HUANCHI);
    expect(retracted.neighbours).not.toContain('university:wust');
    expect(retracted.neighbours).not.toContain('industry:bearings');

    expect((await r.revert(id)).data?.revertChange.status).toBe('REVERTED');
    expect(await retractionReads(r)).toEqual(seeded);
    const back = await r.ask<{
      entity: { relationships: { origin: { kind: string }; history: unknown }[] };
    }>(
      `{ entity(id: "${HUANCHI}") { relationships(types: [COOPERATES_WITH]) {
          origin { kind } history { totalCount nodes { id status } } } } }`,
    );
    expect(back.data?.entity.relationships).toEqual([
      { origin: { kind: 'SEED' }, history: { totalCount: 1, nodes: [{ id, status: 'REVERTED' }] } },
    ]);
  });
});

describe('a revert after a later change', () => {
  it('answers CONFLICT naming the later change and writes nothing; in order, both revert', async () => {
    const a = await r.apply([rename(QIAN, 'ENTERPRISE', '齐安一有限公司', 0, 33)]);
    const b = await r.apply([rename(QIAN, 'ENTERPRISE', '齐安二有限公司', 1, 33)]);
    expect(await entity(QIAN)).toMatchObject({ name: '齐安二有限公司', version: 2 });

    const refused = await r.revert(a);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(messageOf(refused)).toBe(
      `${QIAN} was written by the change ${b} after ${a} was applied; reverting would overwrite it, so nothing was written. Revert ${b} first, or propose a new change.`,
    );
    expect(await entity(QIAN)).toMatchObject({ name: '齐安二有限公司', version: 2 });

    expect((await r.revert(b)).data?.revertChange.status).toBe('REVERTED');
    expect(await entity(QIAN)).toMatchObject({
      name: '齐安一有限公司',
      version: 3,
      origin: { kind: 'CHANGE', change: { id: a, status: 'APPLIED' } },
    });
    expect((await r.revert(a)).data?.revertChange.status).toBe('REVERTED');
    expect(await entity(QIAN)).toMatchObject({
      name: '浙江齐安信息科技有限公司',
      aliases: ['齐安'],
      version: 4,
      origin: { kind: 'SEED', change: null },
    });
  });

  it('names the change that retracted a link since, and the one that linked an added entity', async () => {
    const link = {
      type: 'COOPERATES_WITH',
      from: QIAN,
      to: 'university:nbut',
      sources: [TALENT_CITY(33)],
    };
    const key = `${QIAN}|COOPERATES_WITH|university:nbut`;
    const added = await r.apply([{ relationship: link }]);
    const retracted = await r.apply([{ retract: { type: link.type, from: QIAN, to: link.to } }]);
    const refused = await r.revert(added);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(messageOf(refused)).toContain(`${key} was written by the change ${retracted} after`);
    expect((await r.revert(retracted)).data?.revertChange.status).toBe('REVERTED');
    expect((await r.revert(added)).data?.revertChange.status).toBe('REVERTED');

    const made = await r.apply([
      {
        entity: {
          id: 'enterprise:history-new',
          kind: 'ENTERPRISE',
          name: '历史新有限公司',
          sources: [TALENT_CITY(33)],
        },
      },
    ]);
    const linked = await r.apply([{ relationship: { ...link, from: 'enterprise:history-new' } }]);
    const blocked = await r.revert(made);
    expect(codeOf(blocked)).toBe('CONFLICT');
    expect(messageOf(blocked)).toBe(
      `${made} added enterprise:history-new, which a revert would delete, but the change ${linked} has linked it since (enterprise:history-new|COOPERATES_WITH|university:nbut); nothing was written. Revert ${linked} first.`,
    );
    expect(await entity('enterprise:history-new')).toMatchObject({ version: 1 });
  });
});

describe('the history of a fact', () => {
  it('lists the changes that wrote it newest first, a page at a time, with the count', async () => {
    const page = async (after: string | null) =>
      (
        await r.ask<{
          entity: {
            history: {
              totalCount: number;
              nodes: { id: string; status: string }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          };
        }>(
          `query ($after: String) { entity(id: "${QIAN}") { history(first: 1, after: $after) {
             totalCount nodes { id status } pageInfo { hasNextPage endCursor } } } }`,
          { after },
        )
      ).data?.entity.history;
    const [a, b] = (
      await api.graph.read<{ id: string }>(
        'MATCH (t:FactChange {fact: $fact}) RETURN t.change AS id ORDER BY t.at',
        { fact: QIAN },
      )
    ).map((x) => x.id);
    const first = await page(null);
    expect(first).toMatchObject({
      totalCount: 2,
      nodes: [{ id: b, status: 'REVERTED' }],
      pageInfo: { hasNextPage: true },
    });
    const second = await page(first?.pageInfo.endCursor ?? null);
    expect(second).toMatchObject({
      totalCount: 2,
      nodes: [{ id: a, status: 'REVERTED' }],
      pageInfo: { hasNextPage: false },
    });
    const foreign = await r.ask(
      `query ($after: String) { entity(id: "university:wust") { history(after: $after) { totalCount } } }`,
      { after: first?.pageInfo.endCursor },
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(messageOf(foreign)).toContain('the history of university:wust');
  });

  it('costs the same statements for 4 entities as for all, with their links', async () => {
    // By name, 历史新有限公司 (added, and linked, by changes above) is the fourth enterprise: both
    // answers have origins from a change at both levels, and so the same batches.
    const statementsFor = async (first: number) => {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query ($first: Int!) {
            enterprises(first: $first) { nodes { id version origin { kind change { id } }
              history(first: 5) { totalCount nodes { id } }
              relationships(first: 10) { origin { kind change { id } } history { totalCount } } } }
          }`,
          variables: { first },
        }),
      });
      const body = (await res.json()) as {
        data?: { enterprises: { nodes: { id: string; origin: { kind: string } }[] } };
      };
      const requestId = res.headers.get('x-request-id');
      const [event] = api.log.events.filter((e) => e.requestId === requestId && 'statements' in e);
      return { nodes: body.data?.enterprises.nodes ?? [], statements: event?.statements };
    };
    const few = await statementsFor(4);
    const many = await statementsFor(100);
    expect(few.nodes.map((n) => n.id)).toContain('enterprise:history-new');
    expect(few.nodes.find((n) => n.id === 'enterprise:history-new')?.origin.kind).toBe('CHANGE');
    expect(many.nodes.length).toBe(11);
    expect(many.statements).toBe(few.statements);
  });

  it('is empty for a fact of the seed, which says it came from the seed', async () => {
    const a = await r.ask(
      `{ entity(id: "university:zjbc") { version origin { kind change { id } } history { totalCount nodes { id } }
         relationships(types: [COOPERATES_WITH], first: 1) { origin { kind } history { totalCount } } } }`,
    );
    expect(a.data?.entity).toEqual({
      version: 0,
      origin: { kind: 'SEED', change: null },
      history: { totalCount: 0, nodes: [] },
      relationships: [{ origin: { kind: 'SEED' }, history: { totalCount: 0 } }],
    });
  });
});

describe('a load of the curated files after accepted changes', () => {
  const RUITANG = 'enterprise:ruitang';
  const PAIRING = { type: 'PAIRED_WITH', from: RUITANG, to: 'university:wust' };

  it('refuses each record a standing change wrote, with --replace too; after the reverts it loads', async () => {
    const renamed = await r.apply([rename(RUITANG, 'ENTERPRISE', '瑞堂测试有限公司', 0, 21)]);
    const retracted = await r.apply([{ retract: PAIRING }]);
    const merged = await r.apply([
      {
        merge: {
          keep: 'enterprise:zhuoli',
          keepVersion: 0,
          merge: 'enterprise:handian',
          mergeVersion: 0,
        },
      },
    ]);
    const before = await snapshot(api.graph);
    for (const replace of [false, true]) {
      const refused = await caughtAsync(
        SeedError,
        loadSeed(api.graph, await readSeedFiles(CURATED_FILES), { replace }),
        'the load was accepted',
      );
      const [entity, link] = refused.problems.filter((p) => !p.includes(merged));
      // The merge took away handian, and left zhuoli with its names and links.
      const ofMerge = refused.problems.filter((p) => p.includes(merged));
      expect(ofMerge.find((p) => p.includes('(id "enterprise:handian")'))).toContain(
        'the graph no longer holds it',
      );
      expect(ofMerge.find((p) => p.includes('(id "enterprise:zhuoli")'))).toContain(
        'the graph holds "aliases" as',
      );
      expect(refused.problems).toHaveLength(2 + ofMerge.length);
      expect(entity).toMatch(/entities\.json: entities\[\d+\] \(id "enterprise:ruitang"\): /);
      // The rename replaced the whole record: every field the file holds otherwise is named.
      expect(entity).toContain(`the graph holds "name" as "瑞堂测试有限公司", "nameEn" as null,`);
      expect(entity).toContain(`"sources" as ["source:talent-city-2025#21"],`);
      expect(entity).toContain(
        `as the accepted change ${renamed} (accepted by reviewer) left it; a load never overwrites an accepted change, so nothing was written.`,
      );
      expect(link).toContain(
        `the graph no longer holds it, as the accepted change ${retracted} (accepted by reviewer) left it`,
      );
      expect(await snapshot(api.graph)).toEqual(before);
    }

    for (const id of [merged, retracted, renamed])
      expect((await r.revert(id)).data?.revertChange.status).toBe('REVERTED');
    const loaded = await loadSeed(api.graph, await readSeedFiles(CURATED_FILES));
    expect(loaded.entities).toBeGreaterThan(0);
    expect((await stored(RUITANG))?.props.name).toBe('浙江瑞堂塑料科技股份有限公司');
  });
});
