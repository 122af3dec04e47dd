// `npm run seed -- --file … --replace` applies records that redefine what the database holds,
// after printing exactly what changes, record by record and field by field (old → new): a kind
// replaced takes its old label away, so the entity leaves its old kind's list; a relationship
// loses a program only when the file says so; a source's paragraph count shrinks only when no
// citation left as it is points past the new end. Without changes it prints nothing of the kind.
// These loads change curated facts, so this file has a Neo4j of its own.
import { nameKeyOf } from '../../src/data/lists.ts';
import { initialsOf, pinyinOf } from '../../src/documents/pinyin.ts';
import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATED_FILES } from '../../seed/load.ts';
import { listEntities } from '../../src/data/lists.ts';
import type { EntityKind } from '../../src/data/vocabulary.ts';
import { Graph } from '../../src/neo4j/graph.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { testDriver } from '../helpers/api.ts';
import { curatedRecords, type Json } from '../helpers/curated.ts';
import { tempDir } from '../helpers/files.ts';
import { snapshot } from '../helpers/graphSnapshot.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';
import { runSeedCli } from '../helpers/seedCli.ts';
import { CURATED_SOURCE, removeSeedFiles, writeSeedFiles } from '../helpers/seedFiles.ts';

const curated = curatedRecords();
const WUST = curated.entities.find((e) => e.id === 'university:wust') as Json;
const PAIRING = curated.relationships.find(
  (r) => r.from === 'enterprise:ruitang' && r.type === 'PAIRED_WITH' && r.to === 'university:wust',
) as Json;
const TALENT_CITY = curated.sources.find((s) => s.id === CURATED_SOURCE) as Json;
const loaded = (entities: number, relationships: number, sources = 0, files = 1) =>
  `Loaded ${entities} entities, ${relationships} relationships, 0 indicators and ${sources} sources from ${files} file(s).`;

describe('--replace, in a Neo4j of its own', () => {
  let dataDir: string;
  let neo4j: LocalNeo4j | undefined;
  let driver: Driver;
  let graph: Graph;
  const seed = (...args: string[]) => runSeedCli(args, neo4j?.uri);
  /** ['university:wust'] when the kind's list (as the API pages it) holds WUST, else []. */
  const listed = async (kind: EntityKind) => {
    const filter = {
      nameContains: '武汉科技',
      industry: null,
      region: null,
      program: null,
      year: null,
    };
    const page = await listEntities(graph, kind, {
      first: 10,
      after: null,
      filter,
      orderBy: 'NAME_ASC',
    });
    return page.items.map((i) => i.entity.id).filter((id) => id === 'university:wust');
  };
  const wust = async () =>
    (
      await graph.read<{ labels: string[]; props: Json }>(
        'MATCH (n {id: "university:wust"}) RETURN labels(n) AS labels, properties(n) AS props',
      )
    ).map((r) => ({ labels: [...r.labels].sort(), props: r.props }));

  beforeAll(async () => {
    dataDir = tempDir('loader-replace');
    neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
    await seedCurated(neo4j.uri);
    driver = testDriver(neo4j.uri);
    graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
  });
  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    removeSeedFiles();
  });

  it('prints and applies a kind and a name replaced; the old kind label goes', async () => {
    const before = await wust();
    const aliasNames = (WUST.aliases as { name: string }[]).map((a) => a.name);
    const path = writeSeedFiles({
      'wust.json': { entities: [{ ...WUST, kind: 'ENTERPRISE', name: '武汉科技企业' }] },
    })['wust.json'];
    const at = `${path}: entities[0] (id "university:wust")`;

    const run = await seed('--file', path ?? '', '--replace');

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '--replace: 1 record(s) the database holds will change (2 field(s)):',
        `  ${at}: field "kind": "UNIVERSITY" → "ENTERPRISE"`,
        `  ${at}: field "name": "武汉科技大学" → "武汉科技企业"`,
        loaded(1, 0),
        '',
      ].join('\n'),
    );
    expect(await wust()).toEqual([
      {
        labels: ['Enterprise', 'Entity'],
        // Its name key and pinyin follow the new name.
        props: {
          ...before[0]?.props,
          kind: 'ENTERPRISE',
          name: '武汉科技企业',
          nameKey: nameKeyOf(['武汉科技企业', WUST.nameEn as string, ...aliasNames]),
          pinyin: pinyinOf(['武汉科技企业', ...aliasNames]),
          initials: initialsOf(['武汉科技企业', ...aliasNames]),
        },
      },
    ]);
    expect(await listed('ENTERPRISE')).toEqual(['university:wust']);
    expect(await listed('UNIVERSITY')).toEqual([]);
  }, 120_000);

  it('prints nothing about replacements when the same file is loaded again', async () => {
    const path = writeSeedFiles({
      'wust.json': { entities: [{ ...WUST, kind: 'ENTERPRISE', name: '武汉科技企业' }] },
    })['wust.json'];
    const was = await snapshot(graph);

    const run = await seed('--file', path ?? '', '--replace');

    expect(run.stdout).toBe(`${loaded(1, 0)}\n`);
    expect(await snapshot(graph)).toEqual(was);
  }, 120_000);

  it('puts the curated kind back with npm run seed -- --replace: listed as a university alone', async () => {
    const run = await seed('--replace');

    const { sources, entities, relationships, indicators } = curated;
    const at = `${CURATED_FILES[1]}: entities[${entities.indexOf(WUST)}] (id "university:wust")`;
    expect(run.stdout).toBe(
      [
        '--replace: 1 record(s) the database holds will change (2 field(s)):',
        `  ${at}: field "kind": "ENTERPRISE" → "UNIVERSITY"`,
        `  ${at}: field "name": "武汉科技企业" → "武汉科技大学"`,
        `Loaded ${entities.length} entities, ${relationships.length} relationships, ${indicators.length} indicators and ${sources.length} sources from 4 file(s).`,
        '',
      ].join('\n'),
    );
    expect((await wust())[0]?.labels).toEqual(['Entity', 'University']);
    expect(await listed('UNIVERSITY')).toEqual(['university:wust']);
    expect(await listed('ENTERPRISE')).toEqual([]);
  }, 120_000);

  it("prints and applies a relationship's program removed and its role changed", async () => {
    const path = writeSeedFiles({
      'pairing.json': {
        relationships: [{ ...PAIRING, program: undefined, role: '结对企业' }],
      },
    })['pairing.json'];
    const at = `${path}: relationships[0] (enterprise:ruitang PAIRED_WITH university:wust)`;

    const run = await seed('--file', path ?? '', '--replace');

    expect(run.stdout).toBe(
      [
        '--replace: 1 record(s) the database holds will change (2 field(s)):',
        `  ${at}: field "role": "首批结对企业" → "结对企业"`,
        `  ${at}: field "program": "program:kechuang-partner" → null`,
        loaded(0, 1),
        '',
      ].join('\n'),
    );
    const [link] = await graph.read<{ props: Json }>(
      `MATCH (:Entity {id: "enterprise:ruitang"})-[r:PAIRED_WITH]->(:Entity {id: "university:wust"})
       RETURN properties(r) AS props`,
    );
    expect(link?.props).toEqual({
      id: 'enterprise:ruitang|PAIRED_WITH|university:wust',
      status: 'ACTUAL',
      role: '结对企业',
      roleEn: 'first-batch paired enterprise',
      provenance: [`${CURATED_SOURCE}#21`, `${CURATED_SOURCE}#22`],
    });
  }, 120_000);

  it('refuses, even with --replace, to shrink a source below the paragraphs others still cite', async () => {
    const path = writeSeedFiles({
      'source.json': { sources: [{ ...TALENT_CITY, paragraphCount: 3 }] },
    })['source.json'];
    const was = await snapshot(graph);
    const citing = await graph.read<{ id: string; beyond: number[] }>(
      `CALL () {
         MATCH (n) WHERE n.provenance IS NOT NULL RETURN n.id AS id, n.provenance AS p
         UNION ALL MATCH ()-[r]->() WHERE r.provenance IS NOT NULL RETURN r.id AS id, r.provenance AS p }
       WITH id, [x IN p WHERE x STARTS WITH $prefix | toInteger(substring(x, size($prefix)))] AS cited
       WITH id, [k IN cited WHERE k > 3] AS beyond WHERE size(beyond) > 0
       RETURN id, beyond ORDER BY id LIMIT 5`,
      { prefix: `${CURATED_SOURCE}#` },
    );
    expect(citing).toHaveLength(5);

    const run = await seed('--file', path ?? '', '--replace');

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'The seed data was refused; nothing was written:',
        ...citing.map(
          ({ id, beyond }) =>
            `  ${path}: sources[0] (id "${CURATED_SOURCE}"): field "paragraphCount" is 3, but ${id} cites paragraph ${beyond.join(', ')} of it and this load leaves it as it is; redefine ${id} in the same load, or keep the count`,
        ),
        '',
      ].join('\n'),
    );
    expect(await snapshot(graph)).toEqual(was);
  }, 120_000);

  it('prints and applies a paragraph count raised', async () => {
    const path = writeSeedFiles({
      'source.json': { sources: [{ ...TALENT_CITY, paragraphCount: 50 }] },
    })['source.json'];

    const run = await seed('--file', path ?? '', '--replace');

    expect(run.stdout).toBe(
      [
        '--replace: 1 record(s) the database holds will change (1 field(s)):',
        `  ${path}: sources[0] (id "${CURATED_SOURCE}"): field "paragraphCount": ${TALENT_CITY.paragraphCount as number} → 50`,
        loaded(0, 0, 1),
        '',
      ].join('\n'),
    );
    const [row] = await graph.read<{ count: number }>(
      'MATCH (s:Source {id: $id}) RETURN s.paragraphCount AS count',
      { id: CURATED_SOURCE },
    );
    expect(row?.count).toBe(50);
  }, 120_000);

  it('still refuses an id the database holds in another section', async () => {
    const path = writeSeedFiles({
      'clash.json': {
        indicators: [{ ...curated.indicators[0], id: 'university:wust' }],
      },
    })['clash.json'];
    const was = await snapshot(graph);

    const run = await seed('--file', path ?? '', '--replace');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `The seed data was refused; nothing was written:\n  ${path}: indicators[0] (id "university:wust"): id "university:wust" already names an entity in the database; an id names one record, so give this one another id\n`,
    );
    expect(await snapshot(graph)).toEqual(was);
  }, 120_000);
});
