// The document store on the real Neo4j: a fixture report stored and linked inside a transaction
// that is then rolled back (the shared graph is left as it was), and the curated reports as the
// seed stored them from the documents folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linkMentions,
  relinkEntities,
  storeDocument,
  type Run,
} from '../../src/data/documentStore.ts';
import { paragraphsOf } from '../../src/documents/paragraphs.ts';
import { Graph } from '../../src/neo4j/graph.ts';
import { mentionRecall, recallLines } from '../../scripts/documents/recall.ts';
import { testDriver } from '../helpers/api.ts';
import { describeSourceChecks } from '../helpers/sources.ts';

const FIXTURE_ID = 'source:fixture-store';
// Written for this test: blank-line blocks, a traditional spelling, a short form, a nested name.
const FIXTURE = [
  '  标题：校地合作简讯  ',
  '武漢科技大學与慈溪企业签约。\n武科大专家随后走访。',
  '',
  '宁波工程学院的团队来到宁波。',
  '本段不提任何已知名称。',
].join('\n\n');

const ROLLED_BACK = new Error('rolled back on purpose');

let driver: Driver;
let graph: Graph;
beforeAll(() => {
  driver = testDriver();
  graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
});
afterAll(async () => driver.close());

/** Runs `work` in a write transaction that is always rolled back. */
async function inRolledBack(work: (run: Run) => Promise<void>): Promise<void> {
  await expect(
    graph.writeOnce(async (run) => {
      await work(run);
      throw ROLLED_BACK;
    }),
  ).rejects.toBe(ROLLED_BACK);
}

const MENTIONS = `
MATCH (:Source {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph)-[m:MENTIONS]->(e:Entity)
RETURN p.number AS number, e.id AS entity, m.start AS start, m.end AS end, m.text AS text
ORDER BY number, start, entity`;

describe('storing a document', () => {
  it('stores its paragraphs by the loader rule, with keys, hashes and the folded text', async () => {
    await inRolledBack(async (run) => {
      const stored = await storeDocument(run, FIXTURE_ID, FIXTURE, {
        title: '校地合作简讯',
        fileName: 'fixture.txt',
      });
      expect(stored).toMatchObject({ paragraphs: 4, changed: true });
      expect(stored.contentHash).toMatch(/^[0-9a-f]{64}$/);
      const rows = await run(
        `MATCH (s:Source {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph)
         RETURN s.paragraphCount AS count, s.contentHash AS hash, p.key AS key, p.number AS number,
                p.text AS text, p.folded AS folded, size(p.hash) AS hashLength
         ORDER BY number`,
        { id: FIXTURE_ID },
      );
      expect(rows.map((r) => r.key)).toEqual([1, 2, 3, 4].map((n) => `${FIXTURE_ID}#${n}`));
      expect(rows[0]).toMatchObject({
        count: 4,
        hash: stored.contentHash,
        text: '标题：校地合作简讯',
      });
      expect(rows[1]?.text).toBe('武漢科技大學与慈溪企业签约。\n武科大专家随后走访。');
      expect(rows[1]?.folded).toBe('武汉科技大学与慈溪企业签约。\n武科大专家随后走访。');
      expect(rows.every((r) => r.hashLength === 64)).toBe(true);
      // The same text again changes nothing.
      expect(await storeDocument(run, FIXTURE_ID, FIXTURE)).toMatchObject({ changed: false });
    });
  });

  it('links every occurrence of a name, alias or traditional spelling; the longest name wins, holding the names nested in it', async () => {
    await inRolledBack(async (run) => {
      await storeDocument(run, FIXTURE_ID, FIXTURE, { title: '简讯', fileName: 'fixture.txt' });
      const written = await linkMentions(run, FIXTURE_ID);
      const mentions = await run(MENTIONS, { id: FIXTURE_ID });
      expect(mentions).toEqual([
        { number: 2, entity: 'region:wuhan', start: 0, end: 2, text: '武漢' },
        { number: 2, entity: 'university:wust', start: 0, end: 6, text: '武漢科技大學' },
        { number: 2, entity: 'region:cixi', start: 7, end: 9, text: '慈溪' },
        { number: 2, entity: 'university:wust', start: 15, end: 18, text: '武科大' },
        { number: 3, entity: 'region:ningbo', start: 0, end: 2, text: '宁波' },
        { number: 3, entity: 'university:nbut', start: 0, end: 6, text: '宁波工程学院' },
        { number: 3, entity: 'region:ningbo', start: 11, end: 13, text: '宁波' },
      ]);
      expect(written).toBe(7);
      const within = await run(
        `MATCH (:Paragraph {key: $key})-[m:MENTIONS]->(e:Entity) RETURN e.id AS entity, m.within AS within ORDER BY m.start, m.end`,
        { key: `${FIXTURE_ID}#3` },
      );
      expect(within).toEqual([
        { entity: 'region:ningbo', within: 'university:nbut' },
        { entity: 'university:nbut', within: null },
        { entity: 'region:ningbo', within: null },
      ]);
      // Linking again replaces the mentions instead of adding to them.
      expect(await linkMentions(run, FIXTURE_ID)).toBe(7);
      expect(await run(MENTIONS, { id: FIXTURE_ID })).toHaveLength(7);
    });
    const [left] = await graph.read<{ n: number }>(
      'MATCH (p:Paragraph {source: $id}) RETURN count(p) AS n',
      { id: FIXTURE_ID },
    );
    expect(left?.n).toBe(0);
  });

  it('relinks the paragraphs a new alias occurs in, found through the full-text index', async () => {
    await inRolledBack(async (run) => {
      await storeDocument(run, FIXTURE_ID, FIXTURE, { title: '简讯', fileName: 'fixture.txt' });
      await linkMentions(run, FIXTURE_ID);
      // Paragraph 1 names nothing yet; the longer new alias overlaps 宁波工程学院 and wins.
      await run(
        `MATCH (n:Entity {id: 'institute:cixi-iat'}) SET n.aliases = n.aliases + '校地合作'`,
      );
      await run(
        `MATCH (n:Entity {id: 'university:nbut'}) SET n.aliases = n.aliases + '工程学院的团队'`,
      );
      const relinked = await relinkEntities(run, ['institute:cixi-iat', 'university:nbut']);
      const changed = (await run(MENTIONS, { id: FIXTURE_ID })).filter((m) => m.number !== 2);
      expect(changed).toEqual([
        { number: 1, entity: 'institute:cixi-iat', start: 3, end: 7, text: '校地合作' },
        { number: 3, entity: 'region:ningbo', start: 0, end: 2, text: '宁波' },
        { number: 3, entity: 'university:nbut', start: 2, end: 9, text: '工程学院的团队' },
        { number: 3, entity: 'region:ningbo', start: 11, end: 13, text: '宁波' },
      ]);
      expect(relinked).toBeGreaterThanOrEqual(2);
    });
  });
});

describeSourceChecks((dir) => {
  const files = [
    ['source:talent-city-2025', '000_6ed291f17ed2e31c.txt'],
    ['source:tech-engine-2025', '003_e3704936dc76cc3d.txt'],
  ] as const;

  it.each(files)('%s holds every paragraph of its file, in order', async (id, file) => {
    const expected = paragraphsOf(readFileSync(join(dir, file), 'utf8'));
    const rows = await graph.read<{ number: number; text: string }>(
      `MATCH (:Source {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph)
       RETURN p.number AS number, p.text AS text ORDER BY number`,
      { id },
    );
    expect(rows.map((r) => r.number)).toEqual(expected.map((_, i) => i + 1));
    expect(rows.map((r) => r.text)).toEqual(expected);
  });

  it('links 武科大 in paragraph 24 of the talent report to 武汉科技大学, inside a longer name as a nested mention', async () => {
    const text = paragraphsOf(readFileSync(join(dir, files[0][1]), 'utf8'))[23] ?? '';
    const at = (name: string): number[] =>
      [...text.matchAll(new RegExp(name, 'g'))].map((m) => m.index);
    // The event “百名武科大专家进慈溪百企”活动 is the longer name there.
    const inside = at('百名武科大').map((i) => i + 2);
    const expected = at('武科大').filter((i) => !inside.includes(i));
    const rows = await graph.read<{ start: number; end: number; within: string | null }>(
      `MATCH (:Paragraph {key: 'source:talent-city-2025#24'})-[m:MENTIONS]->(:Entity {id: 'university:wust'})
       WHERE m.text = '武科大' RETURN m.start AS start, m.end AS end, m.within AS within ORDER BY start`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(inside.length).toBeGreaterThan(0);
    expect(rows).toEqual(
      [...expected, ...inside]
        .sort((a, b) => a - b)
        .map((start) => ({
          start,
          end: start + 3,
          within: inside.includes(start) ? 'event:wust-100-experts' : null,
        })),
    );
  });

  // Where a name lies inside a longer one (宁波 in 宁波科技大市场) the longer wins and the inner
  // one is its nested mention, so a cited entity named only there is found too.
  it('finds at least 95% of the entities in the paragraphs they cite, nested mentions included', async () => {
    const recall = await mentionRecall(graph);
    expect(recall.pairs).toBeGreaterThan(250);
    const lines = recallLines(recall).join('\n');
    expect(recall.found / recall.pairs, lines).toBeGreaterThanOrEqual(0.95);
    // 武汉 in 武汉科技大学, which paragraph 21 cites for the university's city.
    const [wuhan] = await graph.read<{ within: string | null }>(
      `MATCH (:Paragraph {key: 'source:talent-city-2025#21'})-[m:MENTIONS]->(:Entity {id: 'region:wuhan'})
       RETURN m.within AS within`,
    );
    expect(wuhan?.within).toBe('university:wust');
    process.stdout.write(`${recallLines(recall).join('\n')}\n`);
  });
});
