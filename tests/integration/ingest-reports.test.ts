// Ingesting reports into the real Neo4j: each fixture (text, a news page with site chrome, GBK, a
// PDF) is stored with its paragraphs, linked to the entities it names, and queues its candidate
// entities and links for review; the same report twice stores nothing again; a report that names
// nothing known is stored with its candidates; a refused file stores nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReport, type IngestResult, type Shared } from '../../src/ingest/ingest.ts';
import { readReport } from '../../src/ingest/report.ts';
import { loadTagger } from '../../src/ingest/segmenter.ts';
import { Graph } from '../../src/neo4j/graph.ts';
import { testDriver } from '../helpers/api.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';
import { tempDir } from '../helpers/files.ts';
import { pdfOf } from '../helpers/pdf.ts';
import { runCommand } from '../helpers/seedCli.ts';

const fixture = (name: string): string =>
  new URL(`../fixtures/reports/${name}`, import.meta.url).pathname;
const dir = tempDir('ingest');

let driver: Driver;
let graph: Graph;
let shared: Shared;

let neo4j: { uri: string; stop(): Promise<void> } | undefined;

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('ingest-neo4j');
  driver = testDriver(neo4j.uri);
  graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
  shared = { tag: await loadTagger() };
}, 240_000);

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
});

async function ingest(path: string, details = {}): Promise<IngestResult & { already: false }> {
  const result = await ingestReport(graph, await readReport(path), details, shared, 60_000);
  if (result.already) throw new Error(`${path} was already ingested as ${result.source}`);
  return result;
}

const paragraphs = (source: string) =>
  graph.read<{ number: number; text: string }>(
    `MATCH (:Source {id: $source})-[:HAS_PARAGRAPH]->(p:Paragraph)
     RETURN p.number AS number, p.text AS text ORDER BY number`,
    { source },
  );
/** The mentions of their own (not nested inside a longer name), by entity. */
const mentioned = (source: string) =>
  graph.read<{ entity: string; paragraphs: number[] }>(
    `MATCH (:Source {id: $source})-[:HAS_PARAGRAPH]->(p:Paragraph)-[m:MENTIONS]->(e:Entity)
     WHERE m.within IS NULL
     WITH e.id AS entity, p.number AS n ORDER BY n
     RETURN entity, collect(DISTINCT n) AS paragraphs ORDER BY entity`,
    { source },
  );
const candidates = (source: string) =>
  graph.read<{ name: string; kind: string; count: number; paragraphs: number[]; labels: string[] }>(
    `MATCH (:Source {id: $source})-[:HAS_CANDIDATE]->(c)
     RETURN c.name AS name, c.suggestedKind AS kind, c.count AS count, c.paragraphs AS paragraphs,
            labels(c) AS labels ORDER BY c.rank`,
    { source },
  );
const counts = async () =>
  (
    await graph.read<{ sources: number; paragraphs: number; candidates: number; links: number }>(
      `RETURN COUNT { (:Source) } AS sources, COUNT { (:Paragraph) } AS paragraphs,
              COUNT { (:Candidate) } AS candidates, COUNT { (:SuggestedLink) } AS links`,
    )
  )[0];

describe('ingesting a report', { timeout: 60_000 }, () => {
  it('stores a news page without its site chrome, with mentions, candidates and suggested links', async () => {
    const result = await ingest(fixture('university-news.html'), { date: '2026-03-02' });
    const stored = await paragraphs(result.source);
    expect(stored).toHaveLength(5);
    expect(stored[0]).toEqual({
      number: 1,
      text: '校地合作再结硕果 武汉科技大学与慈溪企业共建联合实验室',
    });
    expect(stored.map((p) => p.text).join('')).not.toContain('24小时最新新闻');
    const mentions = await mentioned(result.source);
    expect(mentions).toContainEqual({ entity: 'university:wust', paragraphs: [1, 2] });
    expect(mentions).toContainEqual({ entity: 'university:wust-mech', paragraphs: [3] });
    expect(mentions).toContainEqual({ entity: 'enterprise:huanchi', paragraphs: [4] });
    // 武汉科技大学 inside 武汉科技大学机械工程学院 in ¶3 is a nested mention.
    const nested = await graph.read<{ entity: string; within: string }>(
      `MATCH (:Paragraph {key: $key})-[m:MENTIONS]->(e:Entity) WHERE m.within IS NOT NULL
       RETURN e.id AS entity, m.within AS within ORDER BY entity`,
      { key: `${result.source}#3` },
    );
    expect(nested).toContainEqual({ entity: 'university:wust', within: 'university:wust-mech' });
    const queued = await candidates(result.source);
    expect(queued).toContainEqual({
      name: '宁波锦程智能装备有限公司',
      kind: 'ENTERPRISE',
      count: 3,
      paragraphs: [2, 4],
      labels: ['Candidate'],
    });
    expect(queued.map((c) => c.name)).not.toContain('武汉科技大学');
    // 武汉科技大学 and 慈溪 in the headline: evidence for the link the graph already has.
    const [evidence] = await graph.read<{ paragraphs: number[]; corroborates: string[] }>(
      `MATCH (:Source {id: $source})-[:HAS_SUGGESTED_LINK]->(l {from: 'region:cixi', to: 'university:wust'})
       RETURN l.paragraphs AS paragraphs, l.corroborates AS corroborates`,
      { source: result.source },
    );
    expect(evidence).toEqual({ paragraphs: [1], corroborates: ['COOPERATES_WITH'] });
  });

  it('stores a plain-text notice and a GBK report, each with what it names', async () => {
    const notice = await ingest(fixture('policy-notice.txt'), {
      title: '2026年度人才项目申报工作的通知',
    });
    expect(notice.paragraphs).toBe(6);
    expect((await paragraphs(notice.source))[1]?.text).toBe('各镇（街道）、各有关单位：');
    expect(await mentioned(notice.source)).toContainEqual({
      entity: 'institute:cixi-bme',
      paragraphs: [4],
    });
    expect((await candidates(notice.source)).map((c) => c.name)).toContain(
      '宁波东升精密机械有限公司',
    );
    const gbk = await ingest(fixture('appliance-news.gbk.txt'));
    expect((await paragraphs(gbk.source))[1]?.text).toMatch(
      /^会上，宁波海创电器有限公司与宁波工程学院/,
    );
    expect(await mentioned(gbk.source)).toContainEqual({
      entity: 'university:nbut',
      paragraphs: [2],
    });
    expect(await candidates(gbk.source)).toContainEqual(
      expect.objectContaining({
        name: '宁波海创电器有限公司',
        kind: 'ENTERPRISE',
        paragraphs: [2],
      }),
    );
  });

  it('stores a PDF’s text layer', async () => {
    const path = join(dir, 'notice.pdf');
    writeFileSync(
      path,
      pdfOf([
        [
          '慈溪市科学技术局',
          '关于公布企业研发中心名单的通知',
          '经企业申报、专家评审，宁波东升精密机械有限公司与武汉科技大学共建的',
        ],
        ['研发中心入选，现予公布。'],
      ]),
    );
    const result = await ingest(path);
    expect((await paragraphs(result.source)).map((p) => p.text)).toEqual([
      '慈溪市科学技术局',
      '关于公布企业研发中心名单的通知',
      '经企业申报、专家评审，宁波东升精密机械有限公司与武汉科技大学共建的研发中心入选，现予公布。',
    ]);
    expect(await mentioned(result.source)).toContainEqual({
      entity: 'university:wust',
      paragraphs: [3],
    });
  });

  it('stores a report that names nothing the graph holds, with its candidates', async () => {
    const path = join(dir, 'elsewhere.txt');
    writeFileSync(
      path,
      '青岛蓝海微电子有限公司与山东海洋大学签约。\n\n双方将共建海洋传感联合实验室。\n',
    );
    const result = await ingest(path);
    expect(result.paragraphs).toBe(2);
    expect(await mentioned(result.source)).toEqual([]);
    expect((await candidates(result.source)).map((c) => [c.name, c.kind])).toEqual(
      expect.arrayContaining([
        ['青岛蓝海微电子有限公司', 'ENTERPRISE'],
        ['山东海洋大学', 'UNIVERSITY'],
      ]),
    );
  });

  it('answers the same report twice with the source it is stored as, storing nothing again', async () => {
    const path = join(dir, 'twice.txt');
    writeFileSync(path, '慈溪召开人才工作会议，宁波锦程智能装备有限公司作交流发言。\n');
    const first = await ingest(path);
    const before = await counts();
    const again = await ingestReport(graph, await readReport(path), {}, shared, 60_000);
    expect(again).toEqual({ already: true, source: first.source });
    // The same text in GBK is the same report.
    const gbk = join(dir, 'twice-gbk.txt');
    const iconv = (await import('iconv-lite')).default;
    writeFileSync(
      gbk,
      iconv.encode('慈溪召开人才工作会议，宁波锦程智能装备有限公司作交流发言。', 'gbk'),
    );
    expect(await ingestReport(graph, await readReport(gbk), {}, shared, 60_000)).toEqual({
      already: true,
      source: first.source,
    });
    expect(await counts()).toEqual(before);
  });
});

describe('the ingest command', { timeout: 120_000 }, () => {
  it('prints the summary, then "already ingested" for the same file, and refuses a bad file storing nothing', async () => {
    const path = join(dir, 'command.txt');
    writeFileSync(
      path,
      '武汉科技大学与环驰集团签约共建轴承联合实验室。\n\n慈溪甬舟精工轴承有限公司参加签约。\n',
    );
    const run = await runCommand(
      'src/ingest/cli.ts',
      [path, '--publisher', '慈溪日报'],
      neo4j?.uri,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const source = /ingested as (source:report-[0-9a-f]+), 2 paragraphs\./.exec(run.stdout)?.[1];
    expect(source).toBeDefined();
    expect(run.stdout).toContain('武汉科技大学 (university:wust) ×1');
    expect(run.stdout).toContain('慈溪甬舟精工轴承有限公司 (ENTERPRISE?) ×1 ¶2');
    expect(run.stdout).toContain('环驰集团 – 武汉科技大学 ¶1 (evidence for COOPERATES_WITH)');
    const again = await runCommand('src/ingest/cli.ts', [path], neo4j?.uri);
    expect(again.stdout).toContain(`already ingested as ${source}; nothing was stored again.`);

    const before = await counts();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const refused = await runCommand('src/ingest/cli.ts', [empty], neo4j?.uri);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `The report was not ingested; nothing was stored:\n  ${empty}: is empty`,
    );
    const badDate = await runCommand(
      'src/ingest/cli.ts',
      [path, '--date', '2025-13-01'],
      neo4j?.uri,
    );
    expect(badDate.stderr).toContain('--date must be a calendar date as YYYY-MM-DD');
    expect(await counts()).toEqual(before);
  });
});
