// Candidate entities: the names a report prints that the graph lacks, each with a suggested kind,
// its count and paragraphs, read from reports shaped like the ones researchers bring.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityKind } from '../../src/data/vocabulary.ts';
import { candidateNames, type CandidateEntity } from '../../src/ingest/candidateNames.ts';
import { readReport } from '../../src/ingest/report.ts';
import { loadTagger, type Tagger } from '../../src/ingest/segmenter.ts';

const KNOWN = new Map<string, EntityKind>([
  ['武汉科技大学', 'UNIVERSITY'],
  ['机械工程学院', 'UNIVERSITY'],
  ['环驰集团', 'ENTERPRISE'],
  ['慈溪', 'REGION'],
  ['上林英才计划', 'PROGRAM'],
  ['宁波甬江人才工程', 'PROGRAM'],
  ['慈溪生物医学工程研究所', 'RESEARCH_INSTITUTE'],
  ['智能家电', 'INDUSTRY'],
  ['汽车制造', 'INDUSTRY'],
]);

let tag: Tagger;
beforeAll(async () => {
  tag = await loadTagger();
});

const read = async (name: string, text?: string): Promise<CandidateEntity[]> =>
  candidateNames(
    text === undefined
      ? (await readReport(new URL(`../fixtures/reports/${name}`, import.meta.url).pathname))
          .paragraphs
      : [text],
    KNOWN,
    tag,
  );
const byName = (found: CandidateEntity[], name: string) => found.find((c) => c.name === name);

describe('candidate entities', { timeout: 30_000 }, () => {
  it('finds the enterprises, institutes and events a news page names, with kind, count and paragraphs', async () => {
    const found = await read('university-news.html');
    expect(byName(found, '宁波锦程智能装备有限公司')).toMatchObject({
      suggestedKind: 'ENTERPRISE',
      count: 3,
      paragraphs: [2, 4],
    });
    expect(byName(found, '慈溪高端装备创新研究院')).toMatchObject({
      suggestedKind: 'RESEARCH_INSTITUTE',
      paragraphs: [4],
    });
    expect(byName(found, '甬城青年创业大赛')).toMatchObject({ suggestedKind: 'EVENT' });
  });

  it('leaves out names the graph holds, words inside them and descriptions before them', async () => {
    const names = (await read('university-news.html')).map((c) => c.name);
    for (const known of ['武汉科技大学', '武汉', '机械工程学院', '环驰集团', '上林英才计划'])
      expect(names).not.toContain(known);
    const policy = (await read('policy-notice.txt')).map((c) => c.name);
    expect(policy).not.toContain('慈溪生物医学工程');
    expect(policy).toContain('慈溪市海纳新材料研究院');
    expect(policy).toContain('宁波东升精密机械有限公司');
  });

  it('finds a person before a title and a team named after them', async () => {
    const found = await read('appliance-news.gbk.txt');
    expect(byName(found, '刘海峰')).toMatchObject({ suggestedKind: 'TALENT', paragraphs: [3] });
    expect(byName(found, '刘海峰博士团队')).toMatchObject({ suggestedKind: 'TALENT' });
    expect(byName(found, '宁波海创电器有限公司')).toMatchObject({ suggestedKind: 'ENTERPRISE' });
  });

  it('takes a quoted name whole, and suggests for a list item the kind of a known item beside it', async () => {
    const found = await read(
      '',
      '全市实施“青蓝接力”“甬上揭榜”等系列行动，做强智能家电、汽车制造、精密模具等产业，推进“银发科创”计划。',
    );
    expect(byName(found, '青蓝接力')).toMatchObject({ suggestedKind: 'PROGRAM' });
    expect(byName(found, '精密模具')).toMatchObject({ suggestedKind: 'INDUSTRY', count: 1 });
    expect(byName(found, '“银发科创”计划')).toMatchObject({ suggestedKind: 'PROGRAM' });
    expect(byName(found, '智能家电')).toBeUndefined();
  });

  it('takes an ending split over two words, and the verbs that belong to names', async () => {
    const found = await read('', '我市建设海外高端人才创新集聚区，健全专精特新企业培育机制。');
    expect(byName(found, '海外高端人才创新集聚区')).toMatchObject({ suggestedKind: 'PLATFORM' });
    expect(byName(found, '专精特新企业培育机制')).toMatchObject({ suggestedKind: 'PROGRAM' });
  });

  it('offers a name both with the words before it and from its last proper name', async () => {
    const names = (await read('', '我市培育轴承行业龙头企业甬舟集团，带动产业链发展。')).map(
      (c) => c.name,
    );
    expect(names).toContain('甬舟集团');
    expect(names).toContain('轴承行业龙头企业甬舟集团');
    expect(names).not.toContain('培育轴承行业龙头企业甬舟集团');
  });

  it('names the industry before 行业 and the last item of a list joined by 和', async () => {
    const found = await read(
      '',
      '我市培育轴承行业龙头企业甬舟集团。围绕智能家电、精密模具和海洋装备等重点产业领域布局。',
    );
    expect(byName(found, '轴承')).toMatchObject({ suggestedKind: 'INDUSTRY', strength: 2 });
    expect(byName(found, '精密模具')).toMatchObject({ suggestedKind: 'INDUSTRY' });
    expect(byName(found, '海洋装备')).toMatchObject({ suggestedKind: 'INDUSTRY' });
  });

  it('finds a person between their post and what they say, and no piece of a quoted name', async () => {
    const found = await read(
      '',
      '“我们专注高分子材料。”公司技术总监郑明远说。联合举办“AI甬城”产业大赛，公司总经理对此表示欢迎。',
    );
    expect(byName(found, '郑明远')).toMatchObject({ suggestedKind: 'TALENT', strength: 1 });
    expect(byName(found, '“AI甬城”产业大赛')).toMatchObject({ suggestedKind: 'EVENT' });
    const names = found.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('甬城') || n.startsWith('”'))).toEqual([]);
    expect(names).not.toContain('对此');
  });
});
