// Every example operation in examples/ runs against the curated data and answers what its
// comment promises, so the playground examples never rot.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';

const dir = new URL('../../examples/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));

type Data = Record<string, unknown>;
type Named = { id?: string; name?: string };
const ids = (list: unknown): string[] => (list as Named[]).map((e) => e.id ?? '');
const names = (list: unknown): string[] => (list as Named[]).map((e) => e.name ?? '');

// One specific fact per example, checked against the curated data.
const EXPECT: Record<string, (data: Data) => void> = {
  'wust-to-huanchi-paths.graphql': (d) => {
    const [first, second] = d.collaborationPaths as {
      length: number;
      nodes: Named[];
      explanation: string;
    }[];
    expect(first?.length).toBe(1);
    expect(ids(first?.nodes)).toEqual(['university:wust', 'enterprise:huanchi']);
    expect(first?.explanation).toBe('环驰集团 与 武汉科技大学 合作（签订校企合作协议）。');
    // Through whom: their joint R&D project.
    expect(ids(second?.nodes)).toEqual([
      'university:wust',
      'project:high-speed-bearing-rd',
      'enterprise:huanchi',
    ]);
  },
  'wust-to-ruitang-paths.graphql': (d) => {
    const paths = d.collaborationPaths as { length: number; nodes: Named[] }[];
    expect(paths.map((p) => p.length)).toEqual([1, 2, 3, 4, 4]);
    expect(ids(paths[1]?.nodes)).toEqual([
      'university:wust',
      'program:kechuang-partner',
      'enterprise:ruitang',
    ]);
    expect(ids(paths[2]?.nodes)).toEqual([
      'university:wust',
      'university:wust-mech',
      'talent:fu-team',
      'enterprise:ruitang',
    ]);
  },
  'enterprises-near-kechuang-partner.graphql': (d) => {
    const hood = d.neighborhood as { nodes: Named[]; truncated: boolean };
    expect(ids(hood.nodes)).toEqual([
      'program:kechuang-partner',
      'enterprise:ruitang',
      'enterprise:huanchi',
    ]);
    expect(hood.truncated).toBe(false);
  },
  'brokers-universities-enterprises.graphql': (d) => {
    const brokers = d.universitiesAndEnterprises as {
      entity: Named;
      score: number;
      pairs: number;
    }[];
    expect(brokers.map((b) => [b.entity.id, b.score, b.pairs])).toEqual([
      ['university:wust', 1.5, 2],
      ['talent:fu-team', 0.5, 1],
    ]);
    expect(d.smartAppliances).toEqual([]);
  },
  'key-enterprises-without-talent.graphql': (d) => {
    const appliances = d.smartAppliances as {
      enterprises: number;
      share: number;
      uncovered: Named[];
    };
    expect(appliances.enterprises).toBe(5);
    expect(appliances.share).toBe(0);
    expect(names(appliances.uncovered).sort()).toEqual(
      ['公牛', '卓力', '先锋', '月立', '韩电'].sort(),
    );
    const partner = d.kechuangPartner as { share: number; covered: { enterprise: Named }[] };
    expect(partner.share).toBe(1);
    expect(partner.covered.map((c) => c.enterprise.name)).toEqual(['浙江瑞堂塑料科技股份有限公司']);
  },
  'postdoctoral-figures.graphql': (d) => {
    const figures = d.indicators as {
      id: string;
      value: number;
      sources: { paragraph: number }[];
    }[];
    const byId = new Map(figures.map((f) => [f.id, f]));
    expect(byId.get('indicator:postdoc-workstations-new')?.value).toBe(18);
    expect(byId.get('indicator:postdoc-workstations-total')?.value).toBe(30);
    expect(byId.get('indicator:postdoc-papers')?.sources.map((s) => s.paragraph)).toEqual([29]);
  },
  'search-by-name.graphql': (d) => {
    expect(ids(d.search)[0]).toBe('university:wust');
  },
  'enterprise-list.graphql': (d) => {
    const list = d.enterprises as {
      totalCount: number;
      edges: { node: Named }[];
      pageInfo: { hasNextPage: boolean };
    };
    expect(list.totalCount).toBe(10);
    expect(list.edges).toHaveLength(5);
    expect(list.pageInfo.hasNextPage).toBe(true);
    expect(list.edges[0]?.node.id).toBe('enterprise:ruitang');
  },
  'entity-with-sources.graphql': (d) => {
    const e = d.entity as {
      name: string;
      aliasOrigins: { name: string; origin: string; source: { paragraph: number } | null }[];
      sources: { paragraph: number }[];
      relationships: { type: string; status: string }[];
    };
    expect(e.name).toBe('浙江瑞堂塑料科技股份有限公司');
    expect(e.aliasOrigins).toEqual([
      expect.objectContaining({ name: '瑞堂科技', origin: 'SOURCE', source: { paragraph: 22 } }),
      expect.objectContaining({ name: 'Ruitang Technology', origin: 'CURATORS', source: null }),
    ]);
    expect(e.sources.map((s) => s.paragraph)).toContain(22);
    expect(e.relationships).toContainEqual(
      expect.objectContaining({ type: 'PAIRED_WITH', status: 'ACTUAL' }),
    );
  },
  'neighbourhood-to-draw.graphql': (d) => {
    const hood = d.neighborhood as { nodes: Named[]; relationships: unknown[] };
    expect(hood.nodes[0]?.id).toBe('university:wust');
    expect(ids(hood.nodes)).toContain('enterprise:ruitang');
    expect(hood.nodes.length).toBeLessThanOrEqual(50);
    expect(hood.relationships.length).toBeGreaterThanOrEqual(hood.nodes.length - 1);
  },
  'dashboard-counts.graphql': (d) => {
    const byIndustry = d.byIndustry as { key: string; count: number }[];
    expect(byIndustry[0]).toMatchObject({ key: 'industry:smart-home-appliances', count: 5 });
    const byKind = d.byKind as { key: string; count: number }[];
    expect(byKind.find((b) => b.key === 'ENTERPRISE')?.count).toBe(10);
  },
  'partner-recommendations.graphql': (d) => {
    const recs = d.partnerRecommendations as { entity: Named; sharedNeighbours: Named[] }[];
    expect(recs[0]?.entity.id).toBe('university:wust-mech');
    expect(names(recs[0]?.sharedNeighbours)).toEqual(['付教授团队', '武汉科技大学']);
  },
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

describe('example operations', () => {
  it('every example file has an expectation, and every expectation a file', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECT).sort());
  });

  it.each(files)('%s runs without errors and answers as documented', async (file) => {
    const query = readFileSync(new URL(file, dir), 'utf8');
    const res = await api.query<Data>(query);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    EXPECT[file]?.(res.data ?? {});
  });
});
