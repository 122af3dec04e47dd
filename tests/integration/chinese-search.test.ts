// search as Chinese users type: full pinyin with or without spaces, initials, and traditional
// characters all find 武汉科技大学; Chinese text still finds it as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

async function ids(query: string, first = 5): Promise<string[]> {
  const res = await api.query<{ search: { id: string }[] }>(
    `query ($query: String!, $first: Int) { search(query: $query, first: $first) { id } }`,
    { query, first },
  );
  expect(res.errors, query).toBeUndefined();
  return res.data?.search.map((h) => h.id) ?? [];
}

describe('search in pinyin and traditional characters', () => {
  it.each([
    ['wuhan keji', 'full pinyin with a space'],
    ['wuhankejidaxue', 'full pinyin of the whole name'],
    ['whkjdx', 'initials'],
    ['WuHan KeJi', 'pinyin in mixed case'],
    ['武漢科技大學', 'traditional characters'],
    ['wukeda', 'the pinyin of the short form 武科大'],
  ])('finds 武汉科技大学 by %s (%s)', async (query) => {
    expect((await ids(query))[0]).toBe('university:wust');
  });

  it('finds 宁波工程学院 by its initials', async () => {
    expect(await ids('nbgcxy')).toContain('university:nbut');
  });

  it('still finds English names by their words', async () => {
    expect(await ids('Wuhan University')).toContain('university:wust');
  });
});
