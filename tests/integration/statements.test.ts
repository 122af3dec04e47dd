// Nested list queries send a fixed number of Cypher statements, however many items they return:
// each link field is fetched for all its parents at once. The count comes from the request's
// log event (the HTTP handler logs one info event per request, with `statements`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { postGraphQL } from '../helpers/graphqlFetch.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

/** Runs an operation and returns its data and the statement count of its log event. */
async function run<T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: T; statements: number }> {
  const res = await postGraphQL(api.url, { query, variables });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  const requestId = res.headers.get('x-request-id');
  const events = api.log.events.filter((e) => e.requestId === requestId && 'statements' in e);
  expect(events, `log event of request ${requestId}`).toHaveLength(1);
  return { data: body.data, statements: events[0]?.statements as number };
}

interface Named {
  id: string;
  name: string;
}
interface Nested {
  enterprises: {
    totalCount: number;
    nodes: (Named & {
      sources: { paragraph: number; document: { fileName: string } }[];
      partners: (Named & { experts?: Named[]; organisations?: Named[] })[];
      talents: (Named & { programs: Named[] })[];
    })[];
  };
}

// Three levels: enterprises → partners → (University) experts / (Talent) organisations, and
// enterprises → talents → programs. The most connected enterprise comes first, so even
// first: 1 reaches every level.
const NESTED = `query Nested($first: Int!) {
  enterprises(first: $first, orderBy: CONNECTIONS_DESC) {
    totalCount
    nodes {
      id
      name
      sources { paragraph document { fileName } }
      partners {
        id
        name
        ... on University { experts { id name } }
        ... on Talent { organisations { id name } }
      }
      talents { id name programs { id name } }
    }
  }
}`;

// list + totalCount + source documents + partners + talents + experts + organisations + programs
const NESTED_STATEMENTS = 8;

const count = (data: Nested) => {
  const nodes = data.enterprises.nodes;
  const partners = nodes.flatMap((n) => n.partners);
  const talents = nodes.flatMap((n) => n.talents);
  return {
    enterprises: nodes.length,
    partners: partners.length,
    experts: partners.flatMap((p) => p.experts ?? []).length,
    organisations: partners.flatMap((p) => p.organisations ?? []).length,
    talents: talents.length,
    programs: talents.flatMap((t) => t.programs).length,
  };
};

describe('statements per request', () => {
  it('the nested list query sends exactly 8 statements for first: 1', async () => {
    const { data, statements } = await run<Nested>(NESTED, { first: 1 });
    const [ruitang] = data.enterprises.nodes;
    expect(ruitang?.id).toBe('enterprise:ruitang');
    expect(ruitang?.partners.map((p) => p.id)).toEqual(['talent:fu-team', 'university:wust']);
    expect(ruitang?.partners[1]?.experts?.map((e) => e.id)).toEqual(['talent:zhou-zhihui-team']);
    expect(ruitang?.partners[0]?.organisations?.map((e) => e.id)).toEqual([
      'university:wust-mech',
      'platform:ruitang-joint-innovation-centre',
      'enterprise:ruitang',
    ]);
    expect(ruitang?.talents.find((t) => t.id === 'talent:wen-yuan')?.programs).toEqual([
      { id: 'program:shanglin-talent', name: '“上林英才”计划' },
    ]);
    expect(statements).toBe(NESTED_STATEMENTS);
  });

  it('first: 1, 3 and 10 send the same number of statements for more items', async () => {
    const one = await run<Nested>(NESTED, { first: 1 });
    const three = await run<Nested>(NESTED, { first: 3 });
    const ten = await run<Nested>(NESTED, { first: 10 });
    expect(count(one.data).enterprises).toBe(1);
    expect(count(three.data).enterprises).toBe(3);
    expect(count(ten.data)).toEqual({
      enterprises: 10,
      partners: 3,
      experts: 2,
      organisations: count(one.data).organisations,
      talents: 7,
      programs: 1,
    });
    expect(count(ten.data).talents).toBeGreaterThan(count(one.data).talents);
    expect([one.statements, three.statements, ten.statements]).toEqual([
      NESTED_STATEMENTS,
      NESTED_STATEMENTS,
      NESTED_STATEMENTS,
    ]);
  });

  it('relationships with their programs: 3 statements for one enterprise or ten', async () => {
    const query = `query Links($first: Int!) {
      enterprises(first: $first, orderBy: CONNECTIONS_DESC) {
        nodes { id relationships(first: 50) { type to { id } program { id name } } }
      }
    }`;
    type Links = {
      enterprises: {
        nodes: { id: string; relationships: { type: string; program: Named | null }[] }[];
      };
    };
    const one = await run<Links>(query, { first: 1 });
    const ten = await run<Links>(query, { first: 10 });
    const paired = one.data.enterprises.nodes[0]?.relationships.find(
      (r) => r.type === 'PAIRED_WITH',
    );
    expect(paired?.program).toEqual({ id: 'program:kechuang-partner', name: '“科创伙伴”计划' });
    const links = (d: Links) => d.enterprises.nodes.flatMap((n) => n.relationships).length;
    expect(links(ten.data)).toBeGreaterThan(links(one.data));
    // list + relationships of every enterprise + the programs they name
    expect([one.statements, ten.statements]).toEqual([3, 3]);
  });

  it('a count alone sends one statement, and no page: 10 enterprises, 5 in 智能家电', async () => {
    type Count = { enterprises: { totalCount: number; __typename: string } };
    const all = await run<Count>('{ enterprises { totalCount } }', {});
    expect(all.data.enterprises.totalCount).toBe(10);
    expect(all.statements).toBe(1);
    const inIndustry = await run<Count>(
      `query InIndustry($id: ID!) {
        enterprises(filter: { industry: $id }) { ... on EnterpriseConnection { totalCount } __typename }
      }`,
      { id: 'industry:smart-home-appliances' },
    );
    expect(inIndustry.data.enterprises).toEqual({
      totalCount: 5,
      __typename: 'EnterpriseConnection',
    });
    expect(inIndustry.statements).toBe(1);
  });

  it('a page with its count sends two; an entity with one link field sends one', async () => {
    const page = await run<{ enterprises: { totalCount: number; nodes: Named[] } }>(
      '{ enterprises(first: 2) { totalCount nodes { id name } } }',
      {},
    );
    expect(page.data.enterprises.totalCount).toBe(10);
    expect(page.data.enterprises.nodes.map((n) => n.name)).toEqual(['先锋', '公牛']);
    expect(page.statements).toBe(2);
    const guangci = await run<{ entity: { projects: Named[] } }>(
      '{ entity(id: "enterprise:guangci") { ... on Enterprise { projects(first: 20) { id name } } } }',
      {},
    );
    expect(guangci.data.entity.projects.map((p) => p.id)).toEqual(['project:spinal-fusion']);
    expect(guangci.statements).toBe(1);
  });

  it('an entity with link fields in fragments and variables sends one, answering as the batched lists do', async () => {
    type Links = { id: string; experts: Named[]; platforms: Named[]; parentUniversity: null };
    const one = await run<{ entity: Links }>(
      `query Wust($n: Int!) {
        entity(id: "university:wust") {
          id
          ... on University { experts(first: $n) { id name } ...Places }
          ... on Enterprise { projects { id } }
        }
      }
      fragment Places on University { platforms { id name } parentUniversity { id } }`,
      { n: 3 },
    );
    expect(one.statements).toBe(1);
    const listed = await run<{ universities: { nodes: Links[] } }>(
      `{ universities(first: 50) { nodes { id experts(first: 3) { id name } platforms { id name } parentUniversity { id } } } }`,
      {},
    );
    const wust = listed.data.universities.nodes.find((u) => u.id === 'university:wust');
    expect(one.data.entity).toEqual(wust);
    expect(one.data.entity.experts.map((e) => e.name)).toEqual(['周志辉教授团队']);
  });
});

describe('records read', () => {
  let debug: TestApi;
  beforeAll(async () => {
    debug = await startTestApi({ LOG_LEVEL: 'debug' });
  });
  afterAll(async () => debug.close());

  /** The answer, and whether each statement it sent read descriptions (full records). */
  async function ask(query: string): Promise<{ data: unknown; full: boolean[] }> {
    const before = debug.log.events.length;
    const res = await debug.query<unknown>(query);
    expect(res.errors).toBeUndefined();
    const sent = debug.log.events.slice(before).filter((e) => 'statement' in e);
    return { data: res.data, full: sent.map((e) => String(e.statement).includes('.description')) };
  }

  it('reads brief records where only ids, names and links are selected, and full ones otherwise', async () => {
    const brief = await ask(
      '{ enterprises(first: 3) { nodes { id name nameEn projects { id name } } } }',
    );
    expect(brief.full).toEqual([false, false]);
    const full = await ask(
      '{ enterprises(first: 3) { nodes { id name nameEn description projects { id name year } } } }',
    );
    expect(full.full).toEqual([true, true]);
    const names = (d: unknown) =>
      (
        d as { enterprises: { nodes: { id: string; name: string; projects: Named[] }[] } }
      ).enterprises.nodes.map((n) => [n.id, n.name, n.projects.map((p) => p.id)]);
    expect(names(brief.data)).toEqual(names(full.data));
    expect(names(brief.data).map(([, name]) => name)).toEqual(['先锋', '公牛', '卓力']);
  });

  it('an entity through a fragment that asks for its description reads it in full', async () => {
    const { data, full } = await ask(
      '{ entity(id: "enterprise:guangci") { id ...About ... on Enterprise { projects { id } } } } fragment About on Entity { description }',
    );
    expect(full).toEqual([true]);
    expect((data as { entity: { description: string | null } }).entity.description).not.toBeNull();
  });
});
