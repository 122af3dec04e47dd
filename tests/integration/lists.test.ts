// The per-kind lists (keyset pagination, orders, filters, argument errors) and the typed link
// fields of the entity types, over the curated data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, testDriver, type TestApi } from '../helpers/api.ts';
import type { GraphQLResponse } from '../helpers/graphqlFetch.ts';

type Order =
  'NAME_ASC' | 'NAME_DESC' | 'NAME_EN_ASC' | 'YEAR_ASC' | 'YEAR_DESC' | 'CONNECTIONS_DESC';
const ORDERS: Order[] = [
  'NAME_ASC',
  'NAME_DESC',
  'NAME_EN_ASC',
  'YEAR_ASC',
  'YEAR_DESC',
  'CONNECTIONS_DESC',
];

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string; name: string }[];
}
interface Filter {
  nameContains?: string;
  industry?: string;
  region?: string;
  program?: string;
  year?: number;
}

// The list fields walked below, with their label and a page size that needs several pages.
const LISTS = [
  { field: 'enterprises', label: 'Enterprise', size: 3 },
  { field: 'talents', label: 'Talent', size: 4 },
  { field: 'events', label: 'Event', size: 5 },
  { field: 'platforms', label: 'Platform', size: 7 },
  { field: 'programs', label: 'Program', size: 12 },
];

const page = (field: string): string => `query Page(
  $first: Int, $after: String, $orderBy: EntityOrder, $filter: EntityFilter
) {
  list: ${field}(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id } }
    nodes { id name }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

async function list(
  field: string,
  args: { first?: number; after?: string | null; orderBy?: Order; filter?: Filter },
): Promise<GraphQLResponse<{ list: Connection }>> {
  return api.query<{ list: Connection }>(page(field), args);
}

async function listOk(field: string, args: Parameters<typeof list>[1]): Promise<Connection> {
  const res = await list(field, args);
  expect(res.errors, `${field} ${JSON.stringify(args)}`).toBeUndefined();
  return res.data?.list as Connection;
}

/** Follows endCursor until hasNextPage is false; checks each page's shape on the way. */
async function walk(field: string, orderBy: Order, size: number, filter?: Filter) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const c = await listOk(field, { first: size, after, orderBy, filter });
    totals.add(c.totalCount);
    expect(c.edges.map((e) => e.node.id)).toEqual(c.nodes.map((n) => n.id));
    expect(c.pageInfo.endCursor).toBe(c.edges.at(-1)?.cursor ?? null);
    ids.push(...c.nodes.map((n) => n.id));
    if (!c.pageInfo.hasNextPage) return { ids, totals };
    expect(c.nodes).toHaveLength(size);
    after = c.pageInfo.endCursor;
  }
  throw new Error(`${field} ${orderBy}: still a next page after 100 pages`);
}

interface Row {
  id: string;
  name: string;
  nameEn: string | null;
  year: number | null;
  degree: number;
}

/** Every entity of a label, read straight from Neo4j, its degree counted afresh. */
async function rowsOf(label: string): Promise<Row[]> {
  const driver = testDriver();
  try {
    const { records } = await driver.executeQuery(
      `MATCH (n:${label}) RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, n.year AS year,
         COUNT { (n)--(:Entity) } AS degree`,
      {},
      { database: 'neo4j' },
    );
    return records.map((r) => r.toObject() as Row);
  } finally {
    await driver.close();
  }
}

// Strings compare by code point, as Neo4j orders them.
const byCodePoint = (a: string, b: string): number => {
  const x = [...a].map((c) => c.codePointAt(0) ?? 0);
  const y = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return x.length - y.length;
};
const byNumber = (a: number, b: number): number => a - b;

/** The documented orders: the key, its direction, values missing last, ties by id ascending. */
const EXPECTED: Record<Order, (a: Row, b: Row) => number> = {
  NAME_ASC: (a, b) => byCodePoint(a.name, b.name),
  NAME_DESC: (a, b) => byCodePoint(b.name, a.name),
  NAME_EN_ASC: (a, b) =>
    byCodePoint(a.nameEn?.toLowerCase() ?? '\uffff', b.nameEn?.toLowerCase() ?? '\uffff'),
  YEAR_ASC: (a, b) => byNumber(a.year ?? 9999, b.year ?? 9999),
  YEAR_DESC: (a, b) => byNumber(b.year ?? -1, a.year ?? -1),
  CONNECTIONS_DESC: (a, b) => byNumber(b.degree, a.degree),
};
const sorted = (rows: Row[], order: Order): string[] =>
  [...rows].sort((a, b) => EXPECTED[order](a, b) || byCodePoint(a.id, b.id)).map((r) => r.id);

describe('keyset pagination and orders', () => {
  it.each(LISTS)(
    '$field: every order walks all items in pages of $size, no duplicates or gaps',
    async ({ field, label, size }) => {
      const rows = await rowsOf(label);
      expect(rows.length).toBeGreaterThan(size);
      for (const order of ORDERS) {
        const { ids, totals } = await walk(field, order, size);
        expect([...totals], `${field} ${order} totalCount`).toEqual([rows.length]);
        expect(new Set(ids).size, `${field} ${order} duplicates`).toBe(ids.length);
        expect(ids, `${field} ${order}`).toEqual(sorted(rows, order));
      }
    },
    120_000,
  );

  it('the orders are told apart by the data: known first items', async () => {
    const first = async (field: string, orderBy: Order) =>
      (await listOk(field, { first: 1, orderBy })).nodes[0]?.id;
    expect(await first('enterprises', 'NAME_ASC')).toBe('enterprise:xianfeng'); // 先锋
    expect(await first('enterprises', 'NAME_DESC')).toBe('enterprise:shiyidao'); // 食医道智能科技
    expect(await first('enterprises', 'NAME_EN_ASC')).toBe('enterprise:bull'); // Bull Group
    expect(await first('enterprises', 'CONNECTIONS_DESC')).toBe('enterprise:ruitang');
    expect(await first('programs', 'YEAR_DESC')).toBe('program:key-enterprise-talent-coverage');
    expect(await first('events', 'YEAR_ASC')).toBe('event:wust-100-experts'); // 2024
    expect(await first('events', 'YEAR_DESC')).toBe('event:ai-ningbo-cixi-division'); // 2025
    expect(await first('regions', 'CONNECTIONS_DESC')).toBe('region:cixi');
  });

  it('a filtered list pages through its matches only', async () => {
    const filter = { region: 'region:cixi' };
    const { ids, totals } = await walk('events', 'NAME_ASC', 4, filter);
    expect([...totals]).toEqual([14]);
    expect(ids).toHaveLength(14);
    expect(ids).toEqual(
      expect.arrayContaining(['event:shanglin-summit', 'event:wust-100-experts']),
    );
  });
});

describe('filters', () => {
  const names = async (field: string, filter: Filter) => {
    const c = await listOk(field, { first: 100, filter });
    expect(c.totalCount).toBe(c.nodes.length);
    return c.nodes.map((n) => n.id);
  };

  it('nameContains matches part of the Chinese name, the English name or an alias', async () => {
    expect(await names('enterprises', { nameContains: '浙江' })).toEqual([
      'enterprise:guangci',
      'enterprise:ruitang',
      'enterprise:qian',
    ]);
    // English, case-insensitive: Bull Group (Gongniu), Huanchi Group
    expect(await names('enterprises', { nameContains: 'GROUP' })).toEqual([
      'enterprise:bull',
      'enterprise:huanchi',
    ]);
    // Aliases only: 先锋电器, 卓力电器, 月立电器
    expect(await names('enterprises', { nameContains: '电器' })).toEqual([
      'enterprise:xianfeng',
      'enterprise:zhuoli',
      'enterprise:yueli',
    ]);
    expect(await names('universities', { nameContains: '武科大' })).toEqual(['university:wust']);
  });

  it('industry keeps entities linked to that industry', async () => {
    expect(await names('enterprises', { industry: 'industry:smart-home-appliances' })).toEqual([
      'enterprise:xianfeng',
      'enterprise:bull',
      'enterprise:zhuoli',
      'enterprise:yueli',
      'enterprise:handian',
    ]);
    expect(await names('platforms', { industry: 'industry:life-health' })).toEqual([
      'platform:industry-innovation-service-complex',
      'platform:sci-tech-enclave',
    ]);
    expect(await names('enterprises', { industry: 'industry:bearings' })).toEqual([
      'enterprise:huanchi',
    ]);
  });

  it('region keeps entities linked to that region', async () => {
    expect(await names('universities', { region: 'region:cixi' })).toEqual([
      'university:nbu-st',
      'university:nbut',
      'university:wust',
      'university:zjbc',
      'university:wmu-grad',
    ]);
    expect(await names('events', { region: 'region:qianwan' })).toEqual([
      'event:ai-ningbo-smart-terminal-track',
    ]);
  });

  it('program keeps entities linked to that program', async () => {
    expect(await names('enterprises', { program: 'program:kechuang-partner' })).toEqual([
      'enterprise:ruitang',
    ]);
    expect(await names('talents', { program: 'program:shanglin-talent' })).toEqual([
      'talent:wen-yuan',
    ]);
    expect(await names('universities', { program: 'program:kechuang-partner' })).toEqual([
      'university:wust',
    ]);
  });

  it('year keeps entities of that year', async () => {
    expect(await names('programs', { year: 2023 })).toEqual([
      'program:key-enterprise-talent-coverage',
    ]);
    expect(await names('platforms', { year: 2024 })).toEqual(['platform:wust-cixi-base']);
    expect(await names('events', { year: 2025 })).toEqual([
      'event:ai-ningbo-cixi-division',
      'event:ai-ningbo-cixi-final',
    ]);
  });

  it('several filters must all hold', async () => {
    expect(await names('events', { region: 'region:cixi', year: 2024 })).toEqual([
      'event:wust-100-experts',
    ]);
    expect(
      await names('enterprises', {
        industry: 'industry:smart-home-appliances',
        nameContains: '电器',
      }),
    ).toEqual(['enterprise:xianfeng', 'enterprise:zhuoli', 'enterprise:yueli']);
  });

  it('a filter nothing matches gives an empty page', async () => {
    const c = await listOk('enterprises', { filter: { nameContains: '不存在的企业' } });
    expect(c).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
      nodes: [],
    });
  });
});

describe('argument errors', () => {
  const refused = async (
    field: string,
    args: Parameters<typeof list>[1],
    message: RegExp,
  ): Promise<void> => {
    const res = await list(field, args);
    expect(res.data?.list ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  };

  it('a cursor from another order is refused', async () => {
    const c = await listOk('enterprises', { first: 2, orderBy: 'NAME_ASC' });
    expect(c.pageInfo.endCursor).toBeTruthy();
    await refused(
      'enterprises',
      { first: 2, orderBy: 'NAME_DESC', after: c.pageInfo.endCursor },
      /after is not a cursor of this list in order NAME_DESC, of ENTERPRISE entities; pass pageInfo.endCursor/,
    );
    await refused(
      'enterprises',
      { first: 2, orderBy: 'CONNECTIONS_DESC', after: c.pageInfo.endCursor },
      /in order CONNECTIONS_DESC/,
    );
  });

  it('a cursor from another list is refused, even in the same order', async () => {
    const u = await listOk('universities', { first: 2, orderBy: 'NAME_ASC' });
    expect(u.pageInfo.endCursor).toBeTruthy();
    await refused(
      'enterprises',
      { first: 2, orderBy: 'NAME_ASC', after: u.pageInfo.endCursor },
      /^after is not a cursor of this list in order NAME_ASC, of ENTERPRISE entities; pass pageInfo\.endCursor from the previous page of the same list\.$/,
    );
  });

  it.each([
    ['plain text', 'garbage'],
    ['base64 of text', Buffer.from('hello').toString('base64url')],
    ['base64 of a short array', Buffer.from('["NAME_ASC"]').toString('base64url')],
    ['base64 of a wrong shape', Buffer.from('["NAME_ASC",{},1]').toString('base64url')],
    ['an unknown order', Buffer.from('["BY_SIZE","x","enterprise:bull"]').toString('base64url')],
  ])('a garbage cursor (%s) is refused', async (_label, after) => {
    await refused('enterprises', { after }, /after is not a cursor of this list in order NAME_ASC/);
  });

  it.each([0, 101, -1])('first: %i is refused', async (first) => {
    await refused('enterprises', { first }, /first must be an integer from 1 to 100/);
  });

  it('a year outside 1900..2100 is refused', async () => {
    await refused('events', { filter: { year: 3000 } }, /filter.year must be an integer/);
  });
});

describe('link fields of the entity types', () => {
  type Named = { id: string; name: string };
  const ids = (list: Named[] | undefined): string[] => (list ?? []).map((e) => e.id);
  const inNameOrder = (list: Named[] | undefined): void => {
    const names = (list ?? []).map((e) => e.name);
    expect(names).toEqual([...names].sort(byCodePoint));
  };

  async function entity<T>(id: string, selection: string): Promise<T> {
    const res = await api.query<{ entity: T }>(
      `query One($id: ID!) { entity(id: $id) { ${selection} } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.entity as T;
  }

  it('Enterprise: partners, talents, industries, programs, platforms, projects', async () => {
    type E = Record<string, Named[]>;
    const ruitang = await entity<E>(
      'enterprise:ruitang',
      `... on Enterprise {
        partners { id name } firstPartner: partners(first: 1) { id name }
        talents { id name } industries { id name } programs { id name } platforms { id name }
      }`,
    );
    expect(ids(ruitang.partners)).toEqual(['talent:fu-team', 'university:wust']);
    expect(ids(ruitang.firstPartner)).toEqual(['talent:fu-team']);
    expect(ids(ruitang.talents)).toEqual(['talent:fu-team', 'talent:wen-yuan']);
    expect(ids(ruitang.industries)).toEqual([
      'industry:rotomolding-polymer-powder',
      'industry:anticorrosive-coatings',
    ]);
    expect(ids(ruitang.programs)).toEqual(['program:kechuang-partner']);
    expect(ids(ruitang.platforms)).toEqual(['platform:ruitang-joint-innovation-centre']);
    Object.values(ruitang).forEach(inNameOrder);

    const guangci = await entity<E>(
      'enterprise:guangci',
      `... on Enterprise {
        talents { id name } oneTalent: talents(first: 1) { id name }
        projects { id name } industries { id name }
      }`,
    );
    expect(ids(guangci.talents)).toEqual(['talent:xu-yibo', 'talent:xie-fuyu']); // 徐益波, 谢馥羽
    expect(ids(guangci.oneTalent)).toEqual(['talent:xu-yibo']);
    expect(ids(guangci.projects)).toEqual(['project:spinal-fusion']);
    expect(ids(guangci.industries)).toEqual([
      'industry:medical-devices',
      'industry:high-value-consumables',
    ]);

    const huanchi = await entity<E>(
      'enterprise:huanchi',
      '... on Enterprise { partners { id name } talents { id name } projects { id name } }',
    );
    expect(ids(huanchi.partners)).toEqual(['university:wust']);
    expect(ids(huanchi.talents)).toEqual(['talent:shu-jianming']);
    expect(ids(huanchi.projects)).toEqual(['project:high-speed-bearing-rd']);
  });

  it('University: schools, parentUniversity, experts, partnerEnterprises, platforms', async () => {
    type U = Record<string, Named[]>;
    const wust = await entity<U>(
      'university:wust',
      `... on University {
        schools { id name } experts { id name } partnerEnterprises { id name }
        firstEnterprise: partnerEnterprises(first: 1) { id name } platforms { id name }
      }`,
    );
    expect(ids(wust.schools)).toEqual(['university:wust-mech']);
    expect(ids(wust.experts)).toEqual(['talent:zhou-zhihui-team']);
    expect(ids(wust.partnerEnterprises)).toEqual(['enterprise:ruitang', 'enterprise:huanchi']);
    expect(ids(wust.firstEnterprise)).toEqual(['enterprise:ruitang']);
    // No paragraph says who set up the base named after it (talent-city ¶24).
    expect(ids(wust.platforms)).toEqual([]);
    Object.values(wust).forEach(inNameOrder);

    const mech = await entity<{ parentUniversity: Named | null; experts: Named[] }>(
      'university:wust-mech',
      '... on University { parentUniversity { id name } experts { id name } }',
    );
    expect(mech.parentUniversity).toEqual({ id: 'university:wust', name: '武汉科技大学' });
    expect(ids(mech.experts)).toEqual(['talent:fu-team']);

    const wmu = await entity<{ schools: Named[]; parentUniversity: Named | null }>(
      'university:wmu',
      '... on University { schools { id name } parentUniversity { id name } }',
    );
    expect(ids(wmu.schools)).toEqual(['university:wmu-grad']);
    expect(wmu.parentUniversity).toBeNull();
  });

  it('Industry: leadingEnterprises and enterprises in name order, bounded by first', async () => {
    type I = Record<string, Named[]>;
    const appliances = await entity<I>(
      'industry:smart-home-appliances',
      `... on Industry {
        leadingEnterprises { id name } firstTwo: leadingEnterprises(first: 2) { id name }
        enterprises { id name } platforms { id name }
      }`,
    );
    const leaders = ['先锋', '公牛', '卓力', '月立', '韩电'];
    expect(appliances.leadingEnterprises?.map((e) => e.name)).toEqual(leaders);
    expect(appliances.firstTwo?.map((e) => e.name)).toEqual(leaders.slice(0, 2));
    expect(appliances.enterprises?.map((e) => e.name)).toEqual(leaders);
    expect(ids(appliances.platforms)).toEqual(['platform:industry-innovation-service-complex']);

    const bearings = await entity<I>(
      'industry:bearings',
      '... on Industry { leadingEnterprises { id name } }',
    );
    expect(ids(bearings.leadingEnterprises)).toEqual(['enterprise:huanchi']);
  });

  it('Region: parentRegion and located (organisations, agencies, platforms, events)', async () => {
    const cixi = await entity<{ parentRegion: Named; located: Named[] }>(
      'region:cixi',
      '... on Region { parentRegion { id name } located(first: 100) { id name } }',
    );
    expect(cixi.parentRegion).toEqual({ id: 'region:ningbo', name: '宁波' });
    // Only where a paragraph says so (在慈, 市内, 引进, 走进慈溪企业), never from a name alone.
    expect(ids(cixi.located)).toEqual([
      'event:wust-100-experts',
      'university:nbu-st',
      'institute:cixi-iat',
      'institute:cixi-bme',
      'enterprise:ruitang',
      'enterprise:qian',
      'university:wmu-grad',
    ]);
    inNameOrder(cixi.located);

    const ningbo = await entity<{ parentRegion: Named; located: Named[] }>(
      'region:ningbo',
      '... on Region { parentRegion { id name } located { id name } }',
    );
    expect(ningbo.parentRegion).toEqual({ id: 'region:zhejiang', name: '浙江' });
    expect(ids(ningbo.located)).toEqual(['region:cixi']);
  });

  it('Talent, Project, Program, Event, Agency, Platform, ResearchInstitute links', async () => {
    const res = await api.query<Record<string, Record<string, Named[]>>>(`{
      xie: entity(id: "talent:xie-fuyu") { ... on Talent { organisations { id name } } }
      zhou: entity(id: "talent:zhou-feng") { ... on Talent { organisations { id name } events { id name } } }
      membrane: entity(id: "project:pervaporation-membrane") {
        ... on Project { participants { id name } programs { id name } }
      }
      partner: entity(id: "program:kechuang-partner") {
        ... on Program { participants { id name } launchedBy { id name } }
      }
      yongjiang: entity(id: "program:yongjiang-talent-project") {
        ... on Program { participants { id name } launchedBy { id name } }
      }
      final: entity(id: "event:ai-ningbo-cixi-final") {
        ... on Event { participants { id name } organisers { id name } }
      }
      office: entity(id: "agency:cixi-talent-office") { ... on Agency { supported { id name } launched { id name } } }
      hr: entity(id: "agency:org-hr-departments") { ... on Agency { supported { id name } } }
      centre: entity(id: "platform:ruitang-joint-innovation-centre") { ... on Platform { organisations { id name } } }
      iat: entity(id: "institute:cixi-iat") { ... on ResearchInstitute { projects { id name } } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data ?? {};
    expect(ids(d.xie?.organisations)).toEqual(['enterprise:guangci']);
    expect(ids(d.zhou?.organisations)).toEqual(['university:cixi-technician-college']);
    expect(ids(d.zhou?.events)).toEqual(['event:worldskills']);
    expect(ids(d.membrane?.participants)).toEqual([
      'talent:zhou-zhihui-team',
      'institute:cixi-iat',
    ]);
    expect(ids(d.membrane?.programs)).toEqual(['program:kechuang-partner']);
    expect(ids(d.partner?.participants)).toEqual([
      'project:pervaporation-membrane',
      'university:wust',
      'enterprise:ruitang',
    ]);
    expect(ids(d.partner?.launchedBy)).toEqual(['region:cixi']);
    expect(ids(d.yongjiang?.participants)).toEqual(['region:cixi']);
    // 宁波 in 宁波甬江人才工程 is part of a name: no paragraph says who runs it.
    expect(ids(d.yongjiang?.launchedBy)).toEqual([]);
    expect(ids(d.final?.participants)).toEqual([
      'project:ai-talent-projects',
      'enterprise:shiyidao',
    ]);
    expect(ids(d.final?.organisers)).toEqual([]);
    expect(ids(d.office?.supported)).toEqual(['enterprise:ruitang']);
    expect(ids(d.office?.launched)).toEqual([
      'program:two-big-articles',
      'program:youth-talent-friendly-city',
    ]);
    expect(ids(d.hr?.supported)).toEqual(['enterprise:qian']);
    expect(ids(d.centre?.organisations)).toEqual(['talent:fu-team', 'enterprise:ruitang']);
    expect(ids(d.iat?.projects)).toEqual(['project:pervaporation-membrane']);
    for (const fields of Object.values(d)) Object.values(fields).forEach(inNameOrder);
  });

  it('Event organisers: the regions, agencies and platforms that hold or host it', async () => {
    const division = await entity<{ organisers: Named[] }>(
      'event:ai-ningbo-cixi-division',
      '... on Event { organisers { id name } }',
    );
    expect(ids(division.organisers)).toEqual(['region:cixi']);
    const lecture = await entity<{ organisers: Named[] }>(
      'event:entrepreneur-party-lecture',
      '... on Event { organisers { id name } }',
    );
    expect(ids(lecture.organisers)).toEqual(['platform:cixing-park']);
  });

  it('a link field refuses first outside 1..200', async () => {
    for (const first of [0, 201]) {
      const res = await api.query(
        `{ entity(id: "enterprise:ruitang") { ... on Enterprise { partners(first: ${first}) { id } } } }`,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/first must be an integer from 1 to 200/);
    }
  });
});
