// search(query, kinds, first) over the curated data: Chinese names, aliases, English words,
// ranking, bounds, argument errors, and user text that looks like query syntax.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import type { GraphQLResponse } from '../helpers/graphqlFetch.ts';

interface Hit {
  id: string;
  name: string;
  kind: string;
}
interface Stats {
  entities: number;
  relationships: number;
  indicators: number;
  sources: number;
}

const SEARCH = `query Search($query: String!, $kinds: [EntityKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) { id name kind }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

async function search(
  query: string,
  options: { kinds?: string[]; first?: number } = {},
): Promise<GraphQLResponse<{ search: Hit[] }>> {
  return api.query<{ search: Hit[] }>(SEARCH, { query, ...options });
}

async function hits(query: string, options: { kinds?: string[]; first?: number } = {}) {
  const res = await search(query, options);
  expect(res.errors, `search "${query}"`).toBeUndefined();
  return res.data?.search ?? [];
}

const ids = (list: Hit[]): string[] => list.map((h) => h.id);

describe('search by name', () => {
  it('瑞堂 (part of a Chinese name) finds 浙江瑞堂塑料科技股份有限公司 first', async () => {
    const [first] = await hits('瑞堂');
    expect(first).toEqual({
      id: 'enterprise:ruitang',
      name: '浙江瑞堂塑料科技股份有限公司',
      kind: 'ENTERPRISE',
    });
  });

  it('the alias 武科大 finds 武汉科技大学 first, then what names it', async () => {
    expect(ids(await hits('武科大'))).toEqual(['university:wust', 'event:wust-100-experts']);
  });

  it('English words match case-insensitively, whole or leading', async () => {
    expect(ids(await hits('wuhan university'))).toEqual([
      'university:wust',
      'university:wust-mech',
    ]);
    // Read as pinyin too, WUHAN also finds the base named 武汉科技大学…, whose English name lacks it.
    expect(ids(await hits('WUHAN'))).toEqual([
      'region:wuhan',
      'university:wust',
      'university:wust-mech',
      'platform:wust-cixi-base',
    ]);
    expect(ids(await hits('NINGBO U'))).toEqual(['university:nbut', 'university:nbu-st']);
  });

  it('a full English name with stop words ("of", "and") finds its entity first', async () => {
    expect(ids(await hits('Wuhan University of Science and Technology'))[0]).toBe(
      'university:wust',
    );
    expect(ids(await hits('Cixi Branch of the Ningbo Technology Market'))[0]).toBe(
      'platform:ningbo-tech-market-cixi',
    );
  });

  it('a one-character query works: 瑞 and 温', async () => {
    expect(ids(await hits('瑞'))).toEqual(['enterprise:ruitang']);
    expect(ids(await hits('温'))).toEqual([
      'talent:wen-yuan',
      'university:wmu',
      'university:wmu-grad',
    ]);
  });

  it('an exact name or alias outranks names that merely contain it', async () => {
    const wuhan = await hits('武汉');
    expect(wuhan[0]?.id).toBe('region:wuhan');
    expect(ids(wuhan)).toEqual(
      expect.arrayContaining(['university:wust', 'platform:wust-cixi-base']),
    );
    const ningbo = await hits('宁波', { first: 100 });
    expect(ningbo[0]?.id).toBe('region:ningbo');
    expect(ningbo.length).toBeGreaterThan(5);
    expect(ningbo.every((h) => h.name.includes('宁波'))).toBe(true);
    expect((await hits('慈溪'))[0]?.id).toBe('region:cixi');
    expect((await hits('Ningbo'))[0]?.id).toBe('region:ningbo');
    // 公牛集团 is an alias of 公牛, and no other name holds it.
    expect(ids(await hits('公牛集团'))).toEqual(['enterprise:bull']);
  });

  it('every curated entity is found first by its name, its English name and each alias', async () => {
    const { entities } = JSON.parse(
      readFileSync(new URL('../../seed/data/entities.json', import.meta.url), 'utf8'),
    ) as {
      entities: { id: string; name: string; nameEn: string | null; aliases: { name: string }[] }[];
    };
    const cases = entities.flatMap((e) =>
      [e.name, e.nameEn, ...e.aliases.map((a) => a.name)]
        .filter((q): q is string => q !== null)
        .map((query) => ({ id: e.id, query })),
    );
    expect(cases.length).toBeGreaterThan(300);
    const misses: string[] = [];
    for (let i = 0; i < cases.length; i += 16) {
      await Promise.all(
        cases.slice(i, i + 16).map(async ({ id, query }) => {
          const found = ids(await hits(query, { first: 100 }));
          if (found[0] !== id) misses.push(`"${query}" → ${found.slice(0, 3).join(', ')}`);
        }),
      );
    }
    expect(misses).toEqual([]);
  }, 120_000);
});

describe('search filters and bounds', () => {
  it('kinds: [TALENT] keeps only people and teams', async () => {
    expect(ids(await hits('温', { kinds: ['TALENT'] }))).toEqual(['talent:wen-yuan']);
    expect(ids(await hits('周志辉', { kinds: ['TALENT'] }))).toEqual(['talent:zhou-zhihui-team']);
    expect(await hits('武汉科技大学', { kinds: ['TALENT'] })).toEqual([]);
  });

  it('kinds with several values keeps each of them', async () => {
    const found = await hits('宁波', { kinds: ['UNIVERSITY', 'PLATFORM'], first: 100 });
    expect(ids(found).sort()).toEqual([
      'platform:ningbo-tech-market',
      'platform:ningbo-tech-market-cixi',
      'university:nbu-st',
      'university:nbut',
    ]);
  });

  it('first bounds the list; the default is 10', async () => {
    const all = await hits('ningbo', { first: 100 });
    expect(all.length).toBeGreaterThan(10);
    expect(await hits('ningbo', { first: 3 })).toEqual(all.slice(0, 3));
    expect(await hits('ningbo', { first: 1 })).toEqual(all.slice(0, 1));
    expect(await hits('ningbo')).toEqual(all.slice(0, 10));
  });

  it.each([
    ['first: 0', { query: '武汉', first: 0 }, /first must be an integer from 1 to 100; got 0/],
    [
      'first: 101',
      { query: '武汉', first: 101 },
      /first must be an integer from 1 to 100; got 101/,
    ],
    ['an empty query', { query: '' }, /query must not be empty; give part of a name/],
    ['a blank query', { query: '   ' }, /query must not be empty; give part of a name/],
    ['a query over 100 characters', { query: '慈'.repeat(101) }, /at most 100 characters/],
  ])('%s is refused with BAD_USER_INPUT saying what is allowed', async (_label, args, message) => {
    const res = await search(args.query, 'first' in args ? { first: args.first } : {});
    expect(res.data?.search ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  });
});

describe('query syntax in user text is plain text', () => {
  const STATS = '{ stats { entities relationships indicators sources } }';
  let before: Stats;
  beforeAll(async () => {
    const res = await api.query<{ stats: Stats }>(STATS);
    before = res.data?.stats as Stats;
    expect(before.entities).toBeGreaterThan(0);
    expect(before.relationships).toBeGreaterThan(0);
  });

  it.each([
    '"',
    '\\',
    '\\\\',
    '*',
    '~',
    'AND',
    'OR',
    'NOT',
    'a:b',
    'name:*',
    '") MATCH (n) DETACH DELETE n //',
    "') MATCH (n) DETACH DELETE n //",
    '`',
    '``) MATCH (n) DETACH DELETE n //',
    '*/',
    '/* x */',
    '[a TO z]',
    '{',
    '(',
    '?',
    '+-&&||!^',
    '瑞堂 AND',
    '瑞堂"',
  ])('%s answers without error and changes nothing', async (query) => {
    const res = await search(query, { first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(Array.isArray(res.data?.search)).toBe(true);
    const after = await api.query<{ stats: Stats }>(STATS);
    expect(after.data?.stats).toEqual(before);
  });

  it('operators and quotes around real words are read as words, not as syntax', async () => {
    for (const query of ['瑞堂 AND', '"瑞堂"', '瑞堂*', '瑞堂~', '(瑞堂)']) {
      expect(ids(await hits(query)), query).toEqual(['enterprise:ruitang']);
    }
    // OR is not a disjunction: no name has both words.
    expect(await hits('ruitang OR bull')).toEqual([]);
    // NOT does not exclude.
    expect(ids(await hits('NOT ruitang'))).toContain('enterprise:ruitang');
    // No field syntax: "name:" is part of the text.
    expect(await hits('name:瑞堂')).toEqual([]);
    expect(await hits('*')).toEqual([]);
  });
});
