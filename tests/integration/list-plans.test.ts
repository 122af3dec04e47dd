// The plans Neo4j makes for the list statements: a count without a filter is one count-store
// lookup, a count within an industry starts at that industry and never sorts, a page by name
// reads the name index in order and stops at its bound, a part of a name is looked up in a text
// index, and a link field expands only its types.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedEntities } from '../../src/data/links.ts';
import { countEntities, listEntities, type EntityFilter } from '../../src/data/lists.ts';
import { Graph, type Params } from '../../src/neo4j/graph.ts';
import { testDriver } from '../helpers/api.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => driver.close());

const NONE: EntityFilter = {
  nameContains: null,
  industry: null,
  region: null,
  program: null,
  year: null,
};

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}
const operators = (p: Plan): string[] => [
  p.operatorType.replace(/@.*$/, ''),
  ...p.children.flatMap(operators),
];
const details = (p: Plan): string[] => [
  String(p.arguments.Details ?? ''),
  ...p.children.flatMap(details),
];

/** What `ask` answers, and the EXPLAIN plan of the one statement it sent. */
async function planOf<T>(ask: (graph: Graph) => Promise<T>): Promise<{ answer: T; plan: Plan }> {
  const sent: [string, Params][] = [];
  const graph = new Graph(driver, 'neo4j', {
    timeoutMs: 10_000,
    onStatement: (cypher, params) => sent.push([cypher, params]),
  });
  const answer = await ask(graph);
  expect(sent).toHaveLength(1);
  const [cypher, params] = sent[0] ?? ['', {}];
  const session = driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, params);
    return { answer, plan: result.summary.plan as unknown as Plan };
  } finally {
    await session.close();
  }
}

describe('list plans', () => {
  it('counting a whole kind is one count-store lookup', async () => {
    const { answer, plan } = await planOf((g) => countEntities(g, 'ENTERPRISE', NONE));
    expect(answer).toBe(10);
    expect(operators(plan)).toEqual(['ProduceResults', 'NodeCountFromCountStore']);
  });

  it('counting within an industry starts at the industry and sorts nothing', async () => {
    const { answer, plan } = await planOf((g) =>
      countEntities(g, 'ENTERPRISE', { ...NONE, industry: 'industry:smart-home-appliances' }),
    );
    expect(answer).toBe(5);
    expect(operators(plan)).toContain('NodeUniqueIndexSeek');
    expect(operators(plan)).not.toContain('NodeByLabelScan');
    expect(operators(plan).filter((o) => /Sort|Top/.test(o))).toEqual([]);
  });

  it('a page by name reads the name index in order and keeps only its bound', async () => {
    const { answer, plan } = await planOf((g) =>
      listEntities(g, 'ENTERPRISE', { first: 3, after: null, filter: NONE, orderBy: 'NAME_ASC' }),
    );
    expect(answer.items.map((i) => i.entity.name)).toEqual(['先锋', '公牛', '卓力']);
    expect(answer.hasNextPage).toBe(true);
    expect(operators(plan)).toContain('NodeIndexScan');
    expect(operators(plan)).not.toContain('Sort');
    expect(operators(plan)).toContain('PartialTop');
  });

  it("a page by part of a name looks it up in the kind's name-key text index", async () => {
    const { answer, plan } = await planOf((g) =>
      listEntities(g, 'ENTERPRISE', {
        first: 5,
        after: null,
        filter: { ...NONE, nameContains: 'Ruitang' },
        orderBy: 'NAME_ASC',
      }),
    );
    expect(answer.items.map((i) => i.entity.id)).toEqual(['enterprise:ruitang']);
    expect(operators(plan)).toContain('NodeIndexContainsScan');
    expect(details(plan).join('\n')).toContain('TEXT INDEX n:Enterprise(nameKey)');
  });

  it('a link field expands only its relationship types, in its direction', async () => {
    const { answer, plan } = await planOf((g) =>
      linkedEntities(g, ['enterprise:guangci'], {
        field: 'Enterprise.projects',
        first: 20,
        brief: false,
      }),
    );
    expect(answer.get('enterprise:guangci')?.map((e) => e.id)).toEqual(['project:spinal-fusion']);
    expect(details(plan).join('\n')).toContain('(n)-[anon_0:DEVELOPS]->(m)');
  });
});
