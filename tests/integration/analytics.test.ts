import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { curatedRecords } from '../helpers/curated.ts';

const curated = { entities: curatedRecords().entities as { year: number | null }[] };

type Named = { id: string; name: string };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

describe('partnerRecommendations', () => {
  const RECOMMEND = `query R($id: ID!, $score: PartnerScore, $kinds: [EntityKind!], $first: Int) {
    partnerRecommendations(id: $id, score: $score, kinds: $kinds, first: $first) {
      entity { id } score sharedNeighbours { id }
    }
  }`;
  type Recs = {
    partnerRecommendations: {
      entity: { id: string };
      score: number;
      sharedNeighbours: { id: string }[];
    }[];
  };

  it('ranks by Adamic-Adar: the school sharing two rare neighbours with 瑞堂 first', async () => {
    const res = await api.query<Recs>(RECOMMEND, { id: 'enterprise:ruitang' });
    const recs = res.data?.partnerRecommendations ?? [];
    expect(recs.map((r) => r.entity.id)).toEqual([
      'university:wust-mech',
      'talent:zhou-zhihui-team',
      'enterprise:huanchi',
    ]);
    expect(recs[0]?.sharedNeighbours.map((n) => n.id)).toEqual([
      'talent:fu-team',
      'university:wust',
    ]);
    // 1/ln(deg 付教授团队) + 1/ln(deg 武汉科技大学) within collaboration, participation and
    // affiliation links
    expect(recs[0]?.score).toBeCloseTo(1 / Math.log(3) + 1 / Math.log(8), 10);
  });

  it('ranks by common neighbours and filters kinds', async () => {
    const res = await api.query<Recs>(RECOMMEND, {
      id: 'enterprise:ruitang',
      score: 'COMMON_NEIGHBOURS',
      kinds: ['ENTERPRISE'],
    });
    expect(res.data?.partnerRecommendations).toEqual([
      {
        entity: { id: 'enterprise:huanchi' },
        score: 1,
        sharedNeighbours: [{ id: 'university:wust' }],
      },
    ]);
  });

  it('never suggests an entity already linked', async () => {
    const res = await api.query<Recs>(RECOMMEND, { id: 'enterprise:ruitang' });
    const suggested = res.data?.partnerRecommendations.map((r) => r.entity.id) ?? [];
    expect(suggested).not.toContain('university:wust');
    expect(suggested).not.toContain('talent:fu-team');
  });

  it('refuses an unknown id and a bad first', async () => {
    const unknown = await api.query<Recs>(RECOMMEND, { id: 'enterprise:nope' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await api.query<Recs>(RECOMMEND, { id: 'enterprise:ruitang', first: 0 });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'first must be an integer from 1 to 50; got 0.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('brokers', () => {
  const BROKERS = `query B($a: EntityGroup!, $b: EntityGroup!, $maxHops: Int) {
    brokers(between: $a, and: $b, maxHops: $maxHops) { entity { id } score pairs }
  }`;
  type Brokers = { brokers: { entity: { id: string }; score: number; pairs: number }[] };

  it('scores 武汉科技大学 highest between universities and enterprises', async () => {
    const res = await api.query<Brokers>(BROKERS, {
      a: { kinds: ['UNIVERSITY'] },
      b: { kinds: ['ENTERPRISE'] },
    });
    expect(res.data?.brokers).toEqual([
      { entity: { id: 'university:wust' }, score: 1.5, pairs: 2 },
      { entity: { id: 'talent:fu-team' }, score: 0.5, pairs: 1 },
    ]);
  });

  it('narrows a group to given ids', async () => {
    const res = await api.query<Brokers>(BROKERS, {
      a: { kinds: ['UNIVERSITY'], ids: ['university:wust-mech'] },
      b: { kinds: ['ENTERPRISE'], ids: ['enterprise:huanchi'] },
    });
    expect(res.data?.brokers).toEqual([{ entity: { id: 'university:wust' }, score: 1, pairs: 1 }]);
  });

  it('refuses an empty kinds list and a bad maxHops', async () => {
    const empty = await api.query<Brokers>(BROKERS, {
      a: { kinds: [] },
      b: { kinds: ['ENTERPRISE'] },
    });
    expect(empty.errors?.[0]?.message).toBe('between.kinds must name at least one kind.');
    const hops = await api.query<Brokers>(BROKERS, {
      a: { kinds: ['UNIVERSITY'] },
      b: { kinds: ['ENTERPRISE'] },
      maxHops: 9,
    });
    expect(hops.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('coverage', () => {
  const COVERAGE = `query C($of: ID!) {
    coverage(of: $of) {
      scope { id } enterprises share withTalent withProject withUniversity
      covered { enterprise { id } talents { id } projects { id } universities { id } }
      uncovered { id name }
    }
  }`;
  type Coverage = {
    coverage: {
      scope: { id: string };
      enterprises: number;
      share: number;
      withTalent: number;
      withProject: number;
      withUniversity: number;
      covered: {
        enterprise: { id: string };
        talents: { id: string }[];
        universities: { id: string }[];
      }[];
      uncovered: Named[];
    };
  };

  it('shows the smart-appliance chain leaders have no talent, project or university link', async () => {
    const res = await api.query<Coverage>(COVERAGE, { of: 'industry:smart-home-appliances' });
    const c = res.data?.coverage;
    expect(c).toMatchObject({
      enterprises: 5,
      share: 0,
      withTalent: 0,
      withProject: 0,
      withUniversity: 0,
      covered: [],
    });
    expect(c?.uncovered.map((e) => e.id).sort()).toEqual([
      'enterprise:bull',
      'enterprise:handian',
      'enterprise:xianfeng',
      'enterprise:yueli',
      'enterprise:zhuoli',
    ]);
  });

  it('shows the 科创伙伴 enterprise covered, with its talents and university', async () => {
    const res = await api.query<Coverage>(COVERAGE, { of: 'program:kechuang-partner' });
    const c = res.data?.coverage;
    expect(c).toMatchObject({
      enterprises: 1,
      share: 1,
      withTalent: 1,
      withUniversity: 1,
      withProject: 0,
    });
    expect(c?.covered[0]?.enterprise.id).toBe('enterprise:ruitang');
    expect(c?.covered[0]?.talents.map((t) => t.id)).toEqual(['talent:fu-team', 'talent:wen-yuan']);
    expect(c?.covered[0]?.universities.map((u) => u.id)).toEqual(['university:wust']);
  });

  it('refuses an id that is not a program or an industry, and an unknown id', async () => {
    const wrongKind = await api.query<Coverage>(COVERAGE, { of: 'university:wust' });
    expect(wrongKind.errors?.[0]).toMatchObject({
      message: 'coverage needs a program or an industry id; "university:wust" is a UNIVERSITY.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await api.query<Coverage>(COVERAGE, { of: 'program:nope' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('counts', () => {
  const COUNTS = `query K($by: CountDimension!, $kinds: [EntityKind!], $orderBy: CountOrder, $first: Int) {
    counts(by: $by, kinds: $kinds, orderBy: $orderBy, first: $first) { key label labelEn count entity { id } }
  }`;
  type Counts = {
    counts: {
      key: string;
      label: string;
      labelEn: string | null;
      count: number;
      entity: { id: string } | null;
    }[];
  };

  it('counts by kind, sorted by count, with bilingual labels', async () => {
    const res = await api.query<Counts>(COUNTS, { by: 'KIND' });
    const counts = res.data?.counts ?? [];
    expect(counts[0]).toEqual({
      key: 'PROGRAM',
      label: '计划与政策',
      labelEn: 'Program or policy',
      count: 62,
      entity: null,
    });
    expect(counts.find((c) => c.key === 'ENTERPRISE')?.count).toBe(10);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(178);
    const sorted = [...counts].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    expect(counts).toEqual(sorted);
  });

  it('counts enterprises by industry, with the industry entity', async () => {
    const res = await api.query<Counts>(COUNTS, {
      by: 'INDUSTRY',
      kinds: ['ENTERPRISE'],
      first: 1,
    });
    expect(res.data?.counts).toEqual([
      {
        key: 'industry:smart-home-appliances',
        label: '智能家电',
        labelEn: 'Smart home appliances',
        count: 5,
        entity: { id: 'industry:smart-home-appliances' },
      },
    ]);
  });

  it('counts by year in key order and by program and region by count', async () => {
    const years = await api.query<Counts>(COUNTS, { by: 'YEAR', orderBy: 'KEY_ASC' });
    // Expected from the seed file itself: one bar per stated year, in year order.
    const perYear = new Map<string, number>();
    for (const e of curated.entities)
      if (e.year !== null) perYear.set(String(e.year), (perYear.get(String(e.year)) ?? 0) + 1);
    const expected = [...perYear]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([y, n]) => [y, `${y}年`, n]);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(years.data?.counts.map((c) => [c.key, c.label, c.count])).toEqual(expected);
    const programs = await api.query<Counts>(COUNTS, { by: 'PROGRAM', first: 1 });
    expect(programs.data?.counts[0]).toMatchObject({ key: 'program:kechuang-partner', count: 4 });
    const regions = await api.query<Counts>(COUNTS, {
      by: 'REGION',
      first: 1,
      orderBy: 'COUNT_DESC',
    });
    expect(regions.data?.counts[0]?.key).toBe('region:cixi');
  });

  it('counts only through links of the statuses asked for', async () => {
    const STATUS_COUNTS = `query S($by: CountDimension!, $statuses: [RelationshipStatus!]) {
      counts(by: $by, statuses: $statuses) { key count }
    }`;
    type S = { counts: { key: string; count: number }[] };
    // Planned links: the skill master studios and the IP alliance (Cixi), the talent office's
    // 15th Five-Year aims and the AI+ strategy.
    const planned = await api.query<S>(STATUS_COUNTS, { by: 'KIND', statuses: ['PLANNED'] });
    expect(planned.data?.counts).toEqual([
      { key: 'PROGRAM', count: 3 },
      { key: 'PLATFORM', count: 2 },
      { key: 'AGENCY', count: 1 },
      { key: 'REGION', count: 1 },
    ]);
    // By region, an entity counts for Cixi only through a link in place.
    const all = await api.query<S>(STATUS_COUNTS, { by: 'REGION' });
    const actual = await api.query<S>(STATUS_COUNTS, { by: 'REGION', statuses: ['ACTUAL'] });
    const cixi = (r: typeof all) => r.data?.counts.find((c) => c.key === 'region:cixi')?.count;
    expect(cixi(all)).toBeGreaterThan(cixi(actual) ?? Infinity);
    const none = await api.query<S>(STATUS_COUNTS, { by: 'KIND', statuses: [] });
    expect(none.errors?.[0]).toMatchObject({
      message: 'choose at least one relationship status to count through.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses first outside 1..500', async () => {
    const res = await api.query<Counts>(COUNTS, { by: 'KIND', first: 501 });
    expect(res.errors?.[0]?.message).toBe('first must be an integer from 1 to 500; got 501.');
  });
});
