// A researcher's own file (seed/examples/my-survey.json, the example the README shows) loads
// on top of the curated data: exactly its records are added, stored as written, answered by the
// GraphQL API, and loading it again changes nothing. The shared test database must stay exactly
// the curated data, so this file loads into a throwaway Neo4j of its own.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, readSeedFiles, type LoadSummary } from '../../seed/load.ts';
import { Graph } from '../../src/neo4j/graph.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { startTestApi, testDriver } from '../helpers/api.ts';
import { ROOT, tempDir } from '../helpers/files.ts';
import { idsPresent, snapshot, type Snapshot } from '../helpers/graphSnapshot.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';

const EXAMPLE = join(ROOT, 'seed', 'examples', 'my-survey.json');

describe('a researcher file (seed/examples/my-survey.json) in a Neo4j of its own', () => {
  let dataDir: string;
  let neo4j: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let graph: Graph;
  let curatedOnly: Snapshot;
  let loaded: Snapshot;
  let summary: LoadSummary;

  beforeAll(async () => {
    dataDir = tempDir('loader-example');
    neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
    await seedCurated(neo4j.uri);
    driver = testDriver(neo4j.uri);
    graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
    curatedOnly = await snapshot(graph);
    summary = await loadSeed(graph, await readSeedFiles([EXAMPLE]));
    loaded = await snapshot(graph);
  });
  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('is the example the README shows, record for record', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Loading your own data'));
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  });

  it('loads one source, entity, relationship and indicator', () => {
    expect(summary).toEqual({
      sources: 1,
      documents: 0,
      entities: 1,
      relationships: 1,
      indicators: 1,
    });
  });

  it('adds exactly its records to the curated data, and the new link to the degree of WUST', () => {
    const added = (after: string[], was: string[]) => after.filter((l) => !was.includes(l));
    expect(loaded.nodes).toBe(curatedOnly.nodes + 3);
    expect(loaded.relationships).toBe(curatedOnly.relationships + 2);
    const newNodes = added(loaded.nodeLines, curatedOnly.nodeLines);
    const goneNodes = added(curatedOnly.nodeLines, loaded.nodeLines);
    expect(goneNodes).toHaveLength(1);
    expect(goneNodes[0]).toContain('"id":"university:wust"');
    const degree = (line: string | undefined) => Number(/"degree":(\d+)/.exec(line ?? '')?.[1]);
    const wustNow = newNodes.find((l) => l.includes('"id":"university:wust"'));
    expect(degree(wustNow)).toBe(degree(goneNodes[0]) + 1);
    expect(newNodes.map((l) => l.split(' ')[0]).sort()).toEqual([
      'Enterprise:Entity',
      'Entity:University',
      'Indicator',
      'Source',
    ]);
    expect(
      added(loaded.relationshipLines, curatedOnly.relationshipLines).map((l) => l.split(' {')[0]),
    ).toEqual([
      'enterprise:example -COOPERATES_WITH-> university:wust',
      'indicator:example-staff -ABOUT-> enterprise:example',
    ]);
    expect(added(curatedOnly.relationshipLines, loaded.relationshipLines)).toEqual([]);
  });

  it('stores the enterprise with its names, aliases, year and provenance', async () => {
    const rows = await graph.read(
      'MATCH (n:Entity {id: "enterprise:example"}) RETURN labels(n) AS labels, properties(n) AS props',
    );
    expect(rows).toEqual([
      {
        labels: expect.arrayContaining(['Entity', 'Enterprise']),
        props: {
          id: 'enterprise:example',
          kind: 'ENTERPRISE',
          name: '示例科技有限公司',
          nameEn: 'Example Technology Co., Ltd.',
          // Our own, for search: the pinyin and initials of the name and each alias.
          pinyin: 'shilikejiyouxiangongsi|shilikeji|exampletech',
          initials: 'slkjyxgs|slkj|exampletech',
          aliases: ['示例科技', 'Example Tech'],
          aliasSources: ['source:my-survey#3', ''],
          aliasReasons: ['', 'the English short name the company uses'],
          aliasText: '示例科技 | Example Tech',
          // Our own, for nameContains: every name, lower-cased, tab-separated.
          nameKey: '示例科技有限公司\texample technology co., ltd.\t示例科技\texample tech',
          description: 'A maker of sensors.',
          descriptionZh: '一家传感器企业。',
          year: 2019,
          provenance: ['source:my-survey#3'],
          degree: 1,
        },
      },
    ]);
  });

  it('stores the source with its paragraph count', async () => {
    const rows = await graph.read(
      'MATCH (s:Source {id: "source:my-survey"}) RETURN properties(s) AS props',
    );
    expect(rows).toEqual([
      {
        props: {
          id: 'source:my-survey',
          title: '企业调研 2026',
          titleEn: 'Enterprise survey 2026',
          publisher: 'My institute',
          date: '2026-03-01',
          fileName: 'survey.pdf',
          paragraphCount: 12,
        },
      },
    ]);
  });

  it('links the enterprise to university:wust with the stated role, year and paragraph', async () => {
    const rows = await graph.read(
      `MATCH (:Entity {id: "enterprise:example"})-[r]-(other:Entity)
       RETURN type(r) AS type, startNode(r).id AS from, other.id AS other, properties(r) AS props`,
    );
    expect(rows).toEqual([
      {
        type: 'COOPERATES_WITH',
        from: 'enterprise:example',
        other: 'university:wust',
        props: {
          id: 'enterprise:example|COOPERATES_WITH|university:wust',
          status: 'ACTUAL',
          since: 2025,
          role: '联合研发',
          roleEn: 'joint R&D',
          provenance: ['source:my-survey#4'],
        },
      },
    ]);
  });

  it('scopes the indicator to the new enterprise alone', async () => {
    const rows = await graph.read(
      `MATCH (i:Indicator {id: "indicator:example-staff"})
       OPTIONAL MATCH (i)-[a:ABOUT]->(e)
       RETURN i.value AS value, i.unit AS unit, i.display AS display, i.provenance AS provenance,
              collect([e.id, a.position]) AS scope`,
    );
    expect(rows).toEqual([
      {
        value: 35,
        unit: 'people',
        display: '35人',
        provenance: ['source:my-survey#5'],
        scope: [['enterprise:example', 0]],
      },
    ]);
  });

  it('answers GraphQL queries for the new enterprise, its link and its indicator', async () => {
    // Generous timeouts: this JVM is small and shares the CPUs with the rest of the run.
    const api = await startTestApi(
      { QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '120000' },
      neo4j?.uri,
    );
    try {
      const res = await api.query<{
        entity: unknown;
        search: { id: string }[];
        indicators: unknown[];
      }>(`{
        entity(id: "enterprise:example") {
          id kind name nameEn aliases year
          aliasOrigins { name origin reason source { paragraph document { id } } }
          sources { paragraph document { id title paragraphCount } }
          relationships { type status from { id } to { id name } since role roleEn
                          sources { paragraph document { id } } }
        }
        search(query: "示例科技") { id }
        indicators(query: "示例科技") {
          id value display scope { id } sources { paragraph document { id } }
        }
      }`);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        entity: {
          id: 'enterprise:example',
          kind: 'ENTERPRISE',
          name: '示例科技有限公司',
          nameEn: 'Example Technology Co., Ltd.',
          aliases: ['示例科技', 'Example Tech'],
          aliasOrigins: [
            {
              name: '示例科技',
              origin: 'SOURCE',
              reason: null,
              source: { paragraph: 3, document: { id: 'source:my-survey' } },
            },
            {
              name: 'Example Tech',
              origin: 'CURATORS',
              reason: 'the English short name the company uses',
              source: null,
            },
          ],
          year: 2019,
          sources: [
            {
              paragraph: 3,
              document: { id: 'source:my-survey', title: '企业调研 2026', paragraphCount: 12 },
            },
          ],
          relationships: [
            {
              type: 'COOPERATES_WITH',
              status: 'ACTUAL',
              from: { id: 'enterprise:example' },
              to: { id: 'university:wust', name: '武汉科技大学' },
              since: 2025,
              role: '联合研发',
              roleEn: 'joint R&D',
              sources: [{ paragraph: 4, document: { id: 'source:my-survey' } }],
            },
          ],
        },
        search: [{ id: 'enterprise:example' }],
        indicators: [
          {
            id: 'indicator:example-staff',
            value: 35,
            display: '35人',
            scope: [{ id: 'enterprise:example' }],
            sources: [{ paragraph: 5, document: { id: 'source:my-survey' } }],
          },
        ],
      });
    } finally {
      await api.close();
    }
  }, 120_000);

  it('changes nothing when the same file is loaded again', async () => {
    const again = await loadSeed(graph, await readSeedFiles([EXAMPLE]));
    expect(again).toEqual(summary);
    expect(await snapshot(graph)).toEqual(loaded);
  });

  it('leaves the shared test database without the example', async () => {
    const shared = testDriver();
    try {
      const sharedGraph = new Graph(shared, 'neo4j', { timeoutMs: 60_000 });
      expect(
        await idsPresent(sharedGraph, [
          'source:my-survey',
          'enterprise:example',
          'indicator:example-staff',
        ]),
      ).toEqual([]);
    } finally {
      await shared.close();
    }
  });
});
