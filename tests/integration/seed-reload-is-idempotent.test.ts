// The curated data loads as exactly one node per record and one link per relationship and
// scope id, beside the document store (each source's paragraphs and their mentions, when the
// documents folder is there), and loading the curated files again changes nothing: the loader MERGEs by id, finds
// no record it would redefine, and reads a file that starts with a UTF-8 byte order mark.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { CURATED_FILES, loadSeed, readSeedFiles } from '../../seed/load.ts';
import { curatedRecords } from '../helpers/curated.ts';
import { snapshot } from '../helpers/graphSnapshot.ts';
import { CURATED_SOURCE, writeSeedFiles } from '../helpers/seedFiles.ts';
import { sharedGraph } from '../helpers/sharedGraph.ts';

const shared = sharedGraph();

describe('the seed loader on the shared test database (curated data)', () => {
  it('starts from exactly the curated data: one node per record, one link per relationship and scope id', async () => {
    const { before, paragraphs, graph } = shared;
    const { sources, entities, relationships, indicators } = curatedRecords();
    const [store] = await graph.read<{ paragraphs: number; links: number }>(
      `MATCH (p:Paragraph) WITH count(p) AS paragraphs
       OPTIONAL MATCH ()-[r:HAS_PARAGRAPH|MENTIONS]->() RETURN paragraphs, count(r) AS links`,
    );
    const stated = sources.reduce((n, s) => n + (s.paragraphCount as number), 0);
    expect(store?.paragraphs).toBe(loadConfig().sourcesDir ? stated : 0);
    expect(before.nodes - (store?.paragraphs ?? 0)).toBe(
      sources.length + entities.length + indicators.length,
    );
    expect(before.relationships - (store?.links ?? 0)).toBe(
      relationships.length + indicators.reduce((n, i) => n + (i.scope as unknown[]).length, 0),
    );
    expect(before.nodeLines).toHaveLength(before.nodes);
    expect(before.relationshipLines).toHaveLength(before.relationships);
    expect(paragraphs).toBe(sources.find((s) => s.id === CURATED_SOURCE)?.paragraphCount as number);
  });

  it('loads the curated files a second time without changing anything', async () => {
    const { graph, before, paragraphs } = shared;
    const sample = async () => ({
      ruitang: await graph.read(
        'MATCH (n:Entity {id: "enterprise:ruitang"}) RETURN labels(n) AS labels, properties(n) AS props',
      ),
      pairing: await graph.read(
        `MATCH (:Entity {id: "enterprise:ruitang"})-[r:PAIRED_WITH]->(:Entity {id: "university:wust"})
         RETURN properties(r) AS props`,
      ),
      topCounty: await graph.read(
        `MATCH (i:Indicator {id: "indicator:cixi-zhejiang-top-county"})-[a:ABOUT]->(e)
         RETURN i.value AS value, i.display AS display, e.id AS about, a.position AS position
         ORDER BY position`,
      ),
      source: await graph.read('MATCH (s:Source {id: $id}) RETURN properties(s) AS props', {
        id: CURATED_SOURCE,
      }),
    });
    const sampled = await sample();

    const summary = await loadSeed(graph, await readSeedFiles(CURATED_FILES));

    const files = curatedRecords();
    expect(summary).toEqual({
      sources: files.sources.length,
      documents: 0, // no documents folder given: the stored paragraphs stay as they are
      entities: files.entities.length,
      relationships: files.relationships.length,
      indicators: files.indicators.length,
    });
    expect(await snapshot(graph)).toEqual(before);
    expect(await sample()).toEqual(sampled);

    // The sampled facts themselves, as the curated files state them.
    expect(sampled.ruitang).toEqual([
      {
        labels: expect.arrayContaining(['Entity', 'Enterprise']),
        props: expect.objectContaining({
          id: 'enterprise:ruitang',
          kind: 'ENTERPRISE',
          name: '浙江瑞堂塑料科技股份有限公司',
          nameEn: 'Zhejiang Ruitang Plastic Technology Co., Ltd.',
          aliases: ['瑞堂科技', 'Ruitang Technology'],
          aliasSources: [`${CURATED_SOURCE}#22`, ''],
          aliasReasons: ['', 'English for 瑞堂科技 (ours)'],
          aliasText: '瑞堂科技 | Ruitang Technology',
          provenance: [`${CURATED_SOURCE}#21`, `${CURATED_SOURCE}#22`, `${CURATED_SOURCE}#36`],
        }),
      },
    ]);
    expect(sampled.pairing).toEqual([
      {
        props: expect.objectContaining({
          id: 'enterprise:ruitang|PAIRED_WITH|university:wust',
          status: 'ACTUAL',
          role: '首批结对企业',
          roleEn: 'first-batch paired enterprise',
          program: 'program:kechuang-partner',
          provenance: [`${CURATED_SOURCE}#21`, `${CURATED_SOURCE}#22`],
        }),
      },
    ]);
    expect(sampled.topCounty).toEqual([
      { value: 1, display: '浙江第一经济强县(市)', about: 'region:cixi', position: 0 },
      { value: 1, display: '浙江第一经济强县(市)', about: 'region:zhejiang', position: 1 },
    ]);
    expect(sampled.source).toEqual([
      { props: expect.objectContaining({ id: CURATED_SOURCE, paragraphCount: paragraphs }) },
    ]);
  });

  it('loads the curated files saved with a UTF-8 byte order mark, changing nothing', async () => {
    const { graph, before } = shared;
    const paths = writeSeedFiles(
      Object.fromEntries(
        CURATED_FILES.map((path) => [basename(path), `\uFEFF${readFileSync(path, 'utf8')}`]),
      ),
    );
    const replaced: string[] = [];

    const summary = await loadSeed(graph, await readSeedFiles(Object.values(paths)), {
      onReplace: (lines) => replaced.push(...lines),
    });

    const files = curatedRecords();
    expect(summary.entities).toBe(files.entities.length);
    expect(replaced).toEqual([]);
    expect(await snapshot(graph)).toEqual(before);
  });
});
