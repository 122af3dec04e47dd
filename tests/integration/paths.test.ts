import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';

interface PathResult {
  length: number;
  nodes: { id: string }[];
  relationships: {
    type: string;
    status: string;
    from: { id: string };
    to: { id: string };
    sources: { paragraph: number }[];
  }[];
  explanation: string;
  explanationEn: string;
}

const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $types: [RelationshipType!],
  $throughKinds: [EntityKind!], $avoid: [ID!], $categories: [RelationshipCategory!],
  $statuses: [RelationshipStatus!]) {
  collaborationPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, types: $types,
    throughKinds: $throughKinds, avoid: $avoid, categories: $categories, statuses: $statuses) {
    length
    nodes { id }
    relationships { type status from { id } to { id } sources { paragraph } }
    explanation
    explanationEn
  }
}`;

let api: TestApi;
beforeAll(async () => {
  // These tests are about which paths come back, not how fast (timeouts.test.ts is): the first
  // statement of each shape is planned on first use, which on a shared, loaded machine can take
  // longer than the 5 s an interactive query gets.
  api = await startTestApi({ QUERY_TIMEOUT_MS: '30000', REQUEST_TIMEOUT_MS: '60000' });
});
afterAll(async () => api.close());

const paths = async (variables: Record<string, unknown>) =>
  api.query<{ collaborationPaths: PathResult[] }>(PATHS, variables);

/** The number of Cypher statements the most recent request sent (from its log event). */
const lastStatements = (): unknown =>
  api.log.events.filter((e) => 'statements' in e).at(-1)?.statements;

describe('collaborationPaths on the curated data', () => {
  it('finds 武汉科技大学 to 浙江瑞堂塑料科技 through the pairing, the programme both take part in, the team and the joint centre', async () => {
    const res = await paths({ from: 'university:wust', to: 'enterprise:ruitang' });
    const found = res.data?.collaborationPaths ?? [];
    expect(found.map((p) => p.length)).toEqual([1, 2, 3, 4, 4]);
    const [pairing, viaProgramme, viaTeam, , viaCentre] = found;
    expect(viaProgramme?.nodes.map((n) => n.id)).toEqual([
      'university:wust',
      'program:kechuang-partner',
      'enterprise:ruitang',
    ]);
    expect(viaProgramme?.relationships.map((r) => r.type)).toEqual([
      'PARTICIPATES_IN',
      'PARTICIPATES_IN',
    ]);
    expect(pairing?.relationships[0]).toMatchObject({
      type: 'PAIRED_WITH',
      from: { id: 'enterprise:ruitang' },
      to: { id: 'university:wust' },
    });
    expect(pairing?.relationships[0]?.sources.map((s) => s.paragraph)).toEqual([21, 22]);
    expect(pairing?.explanation).toBe(
      '浙江瑞堂塑料科技股份有限公司 与 武汉科技大学 结对（首批结对企业）。',
    );
    expect(pairing?.explanationEn).toBe(
      'Zhejiang Ruitang Plastic Technology Co., Ltd. is paired with Wuhan University of Science and Technology (first-batch paired enterprise).',
    );
    expect(viaTeam?.nodes.map((n) => n.id)).toEqual([
      'university:wust',
      'university:wust-mech',
      'talent:fu-team',
      'enterprise:ruitang',
    ]);
    expect(viaCentre?.nodes.map((n) => n.id)).toContain('platform:ruitang-joint-innovation-centre');
  });

  it('starts every path at from and ends it at to, each relationship joining consecutive nodes', async () => {
    const res = await paths({ from: 'enterprise:ruitang', to: 'university:wust', maxHops: 4 });
    for (const p of res.data?.collaborationPaths ?? []) {
      expect(p.nodes[0]?.id).toBe('enterprise:ruitang');
      expect(p.nodes.at(-1)?.id).toBe('university:wust');
      expect(p.relationships).toHaveLength(p.length);
      p.relationships.forEach((r, i) => {
        expect([r.from.id, r.to.id].sort()).toEqual([p.nodes[i]?.id, p.nodes[i + 1]?.id].sort());
      });
    }
  });

  it('honours first, types, avoid and throughKinds', async () => {
    const one = await paths({ from: 'university:wust', to: 'enterprise:ruitang', first: 1 });
    expect(one.data?.collaborationPaths.map((p) => p.length)).toEqual([1]);

    const pairingOnly = await paths({
      from: 'university:wust',
      to: 'enterprise:ruitang',
      types: ['PAIRED_WITH'],
    });
    expect(pairingOnly.data?.collaborationPaths.map((p) => p.length)).toEqual([1]);

    const avoided = await paths({
      from: 'university:wust',
      to: 'enterprise:ruitang',
      avoid: ['talent:fu-team', 'program:kechuang-partner'],
    });
    expect(avoided.data?.collaborationPaths.map((p) => p.length)).toEqual([1]);

    const direct = await paths({
      from: 'university:wust',
      to: 'enterprise:ruitang',
      throughKinds: [],
    });
    expect(direct.data?.collaborationPaths.map((p) => p.length)).toEqual([1]);
  });

  it('does not pass through hubs (regions, industries) or follow policy links by default', async () => {
    // 浙江瑞堂塑料科技 and 浙江齐安信息科技 are linked only through 慈溪 (LOCATED_IN, SUPPORTS).
    const byDefault = await paths({
      from: 'enterprise:ruitang',
      to: 'enterprise:qian',
      maxHops: 6,
    });
    expect(byDefault.data?.collaborationPaths).toEqual([]);
    const throughRegions = await paths({
      from: 'enterprise:ruitang',
      to: 'enterprise:qian',
      maxHops: 2,
      categories: ['COLLABORATION', 'AFFILIATION', 'POLICY'],
      throughKinds: ['REGION'],
    });
    const first = throughRegions.data?.collaborationPaths[0];
    expect(first?.length).toBe(2);
    expect(first?.nodes.map((n) => n.id)).toEqual([
      'enterprise:ruitang',
      'region:cixi',
      'enterprise:qian',
    ]);
  });

  it('answers 武汉科技大学 → 环驰集团 "through whom" by default: also through their joint R&D project', async () => {
    const res = await paths({ from: 'university:wust', to: 'enterprise:huanchi' });
    const found = res.data?.collaborationPaths ?? [];
    expect(found.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['university:wust', 'enterprise:huanchi'],
      ['university:wust', 'project:high-speed-bearing-rd', 'enterprise:huanchi'],
    ]);
    const viaProject = found[1];
    expect(
      viaProject?.relationships.map((r) => [r.type, r.sources.map((s) => s.paragraph)]),
    ).toEqual([
      ['SUPPORTS', [26]],
      ['DEVELOPS', [26]],
    ]);
    expect(viaProject?.explanation).toBe(
      '武汉科技大学 支持 高速轴承等产品研发（研发“新参谋”）；环驰集团 研发 高速轴承等产品研发（研发）。',
    );
  });

  it('finds 李龙 → the AI宁波 contest in 3 hops, each step citing the paragraph that states it', async () => {
    const res = await paths({ from: 'talent:li-long', to: 'event:ai-ningbo-contest', maxHops: 3 });
    const [path, ...more] = res.data?.collaborationPaths ?? [];
    expect(more).toEqual([]);
    expect(path?.nodes.map((n) => n.id)).toEqual([
      'talent:li-long',
      'enterprise:shiyidao',
      'event:ai-ningbo-cixi-final',
      'event:ai-ningbo-contest',
    ]);
    // ¶16+18: 参加赛区决赛的食医道智能科技 | 负责人李龙…; ¶5: “AI宁波”产业大赛慈溪赛区决赛.
    expect(path?.relationships.map((r) => [r.type, r.sources.map((s) => s.paragraph)])).toEqual([
      ['LEADS', [16, 18]],
      ['COMPETED_IN', [16]],
      ['PART_OF', [5, 16]],
    ]);
  });

  it('filters by status, and says a planned link is planned in both languages', async () => {
    const planned = { from: 'region:cixi', to: 'platform:ip-alliance', categories: ['POLICY'] };
    const any = await paths(planned);
    const [path] = any.data?.collaborationPaths ?? [];
    expect(path?.relationships.map((r) => [r.type, r.status])).toEqual([['BUILDS', 'PLANNED']]);
    expect(path?.explanation).toBe('慈溪 计划建设 制造业集群知识产权联盟（谋划建设）。');
    expect(path?.explanationEn).toBe(
      'Cixi plans to build Manufacturing Cluster Intellectual Property Alliance (plans to set it up).',
    );
    const inPlace = await paths({ ...planned, statuses: ['ACTUAL'] });
    expect(inPlace.data?.collaborationPaths).toEqual([]);
    const exploring = await paths({
      from: 'talent:li-long',
      to: 'industry:home-appliances',
      statuses: ['EXPLORING'],
    });
    expect(exploring.data?.collaborationPaths.map((p) => p.explanationEn)).toEqual([
      'Li Long is exploring cooperation with Home appliances (his team is in early project talks with several Cixi home-appliance makers).',
    ]);
  });

  it.each([
    [{ maxHops: 0 }, 'maxHops must be an integer from 1 to 6; got 0.'],
    [{ maxHops: 7 }, 'maxHops must be an integer from 1 to 6; got 7.'],
    [{ first: 0 }, 'first must be an integer from 1 to 50; got 0.'],
    [{ first: 51 }, 'first must be an integer from 1 to 50; got 51.'],
    [{ to: 'university:wust' }, 'from and to must be different entities.'],
    [
      { types: [], categories: [] },
      'choose at least one relationship category or type for paths to follow.',
    ],
    [{ statuses: [] }, 'choose at least one relationship status for paths to follow.'],
  ])('refuses %j with BAD_USER_INPUT before reaching Neo4j', async (override, message) => {
    const res = await paths({ from: 'university:wust', to: 'enterprise:ruitang', ...override });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe(message);
    expect(lastStatements()).toBe(0);
  });

  it('asked only for lengths, sends no nodes or relationships from Neo4j, and finds the same paths', async () => {
    const debug = await startTestApi({ LOG_LEVEL: 'debug', QUERY_TIMEOUT_MS: '30000' });
    try {
      const res = await debug.query<{ collaborationPaths: { length: number }[] }>(
        `{ collaborationPaths(from: "university:wust", to: "enterprise:ruitang") { length } }`,
      );
      expect(res.data?.collaborationPaths.map((p) => p.length)).toEqual([1, 2, 3, 4, 4]);
      const sent = debug.log.events.filter((e) => 'statement' in e);
      expect(sent.map((e) => (e.params as { steps?: unknown }).steps)).toEqual([false]);
    } finally {
      await debug.close();
    }
  });

  it('answers NOT_FOUND for an unknown id, naming it', async () => {
    const res = await paths({ from: 'university:nowhere', to: 'enterprise:ruitang' });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('"university:nowhere"');
  });
});

describe('neighborhood', () => {
  const HOOD = `query Hood($id: ID!, $depth: Int, $maxNodes: Int, $kinds: [EntityKind!], $types: [RelationshipType!]) {
    neighborhood(id: $id, depth: $depth, maxNodes: $maxNodes, kinds: $kinds, types: $types) {
      truncated nodes { id kind } relationships { id type from { id } to { id } }
    }
  }`;
  type Hood = {
    neighborhood: {
      truncated: boolean;
      nodes: { id: string; kind: string }[];
      relationships: { id: string; from: { id: string }; to: { id: string } }[];
    };
  };

  it('returns the entity first, its direct neighbours and the relationships among them', async () => {
    const res = await api.query<Hood>(HOOD, { id: 'talent:xie-fuyu' });
    const hood = res.data?.neighborhood;
    expect(hood?.nodes[0]?.id).toBe('talent:xie-fuyu');
    expect(hood?.nodes.map((n) => n.id)).toContain('enterprise:guangci');
    expect(hood?.truncated).toBe(false);
    const ids = new Set(hood?.nodes.map((n) => n.id));
    for (const r of hood?.relationships ?? []) {
      expect(ids.has(r.from.id) && ids.has(r.to.id)).toBe(true);
    }
    expect(hood?.relationships.map((r) => r.id)).toContain(
      'talent:xie-fuyu|JOINED|enterprise:guangci',
    );
  });

  it('cuts at maxNodes and says so', async () => {
    const res = await api.query<Hood>(HOOD, { id: 'region:cixi', depth: 2, maxNodes: 10 });
    expect(res.data?.neighborhood.nodes).toHaveLength(10);
    expect(res.data?.neighborhood.truncated).toBe(true);
  });

  it('filters the returned kinds, nearest and best connected first', async () => {
    const res = await api.query<Hood>(HOOD, {
      id: 'university:wust',
      depth: 1,
      kinds: ['ENTERPRISE'],
    });
    expect(res.data?.neighborhood.nodes.map((n) => n.id)).toEqual([
      'university:wust',
      'enterprise:ruitang',
      'enterprise:huanchi',
    ]);
  });

  it.each([
    [{ depth: 0 }, 'BAD_USER_INPUT', 'depth must be an integer from 1 to 3; got 0.'],
    [{ depth: 4 }, 'BAD_USER_INPUT', 'depth must be an integer from 1 to 3; got 4.'],
    [{ maxNodes: 501 }, 'BAD_USER_INPUT', 'maxNodes must be an integer from 1 to 500; got 501.'],
    [
      { id: 'talent:nobody' },
      'NOT_FOUND',
      'No entity has the id "talent:nobody"; search finds ids by name.',
    ],
  ])('refuses %j with %s', async (override, code, message) => {
    const res = await api.query<Hood>(HOOD, { id: 'university:wust', ...override });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toBe(message);
  });
});
