// The name key nameContains looks in: the loaders store it, and migrate() fills it in, the same
// way, for entities stored before it existed (an older database or backup).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEntities, nameKeyOf } from '../../src/data/lists.ts';
import { createDriver, Graph } from '../../src/neo4j/graph.ts';
import { migrate } from '../../src/neo4j/migrations.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

let neo4j: Awaited<ReturnType<typeof curatedNeo4jOfItsOwn>>;
let driver: Driver;
let graph: Graph;
beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('name-keys');
  driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' });
  graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
}, 120_000);
afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
});

interface Names {
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[] | null;
  nameKey: string | null;
}
const names = (): Promise<Names[]> =>
  graph.read<Names>(
    'MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, n.nameKey AS nameKey ORDER BY id',
  );
const expected = (n: Names): string => nameKeyOf([n.name, n.nameEn, ...(n.aliases ?? [])]);

describe('name keys', () => {
  it('are stored by the loader as every name, lower-cased, tab-separated', async () => {
    const ruitang = (await names()).find((n) => n.id === 'enterprise:ruitang');
    expect(ruitang?.nameKey).toBe(
      '浙江瑞堂塑料科技股份有限公司\tzhejiang ruitang plastic technology co., ltd.\t瑞堂科技\truitang technology',
    );
  });

  it('are filled in by migrate() for entities stored without one, as the loader stores them', async () => {
    const loaded = await names();
    await graph.writeTransaction((run) => run('MATCH (n:Entity) REMOVE n.nameKey'));
    expect((await names()).filter((n) => n.nameKey !== null)).toEqual([]);

    await migrate(graph);

    const filled = await names();
    expect(filled.length).toBe(loaded.length);
    expect(filled.length).toBeGreaterThan(100);
    expect(filled.filter((n) => n.nameKey !== expected(n))).toEqual([]);
    expect(filled.map((n) => n.nameKey)).toEqual(loaded.map((n) => n.nameKey));
  });

  it('let nameContains find an entity by part of an alias, in any case', async () => {
    const page = await listEntities(graph, 'ENTERPRISE', {
      first: 5,
      after: null,
      filter: {
        nameContains: 'RUITANG TECH',
        industry: null,
        region: null,
        program: null,
        year: null,
      },
      orderBy: 'NAME_ASC',
    });
    expect(page.items.map((i) => i.entity.id)).toEqual(['enterprise:ruitang']);
  });
});
