// Each provenance rule (tests/helpers/provenance.ts) refuses a record made to break it, with the
// reason, on a small report written for the purpose; the integration test runs the same rules on
// the curated data and the real reports.
import { describe, expect, it } from 'vitest';
import {
  checkAliases,
  checkEntityNamed,
  checkLink,
  checkLinked,
  Corpus,
  paragraphsOf,
  squeeze,
  type LinkRecord,
  type NamedRecord,
  type SourceText,
} from '../helpers/provenance.ts';

const REPORT = `慈溪：校企合作再上台阶

我市与武汉科技大学签订合作协议。

武汉科技大学专家走进企业。

参加决赛的甲公司

图片：决赛现场

负责人张三介绍了项目。

甲公司参加大赛慈溪赛区决赛。

乙市新闻：我市发布政策。`;

const layout = {
  city: 'region:cixi',
  notSubstantive: { 1: 'title', 5: 'photo caption' },
  continued: [[4, 6]] as const,
};
const source: SourceText = {
  id: 'source:t',
  paragraphs: paragraphsOf(REPORT).map(squeeze),
  layout,
};
// The same text reported from another city: its 我市 is not Cixi.
const elsewhere: SourceText = {
  ...source,
  id: 'source:elsewhere',
  layout: { ...layout, city: 'region:yi' },
};

const named = (
  id: string,
  kind: string,
  name: string,
  aliases: [string, string][] = [],
): NamedRecord => ({
  id,
  kind,
  name,
  aliases: aliases.map(([a]) => a),
  aliasSources: aliases.map(([, ref]) => ref),
});
const ENTITIES: NamedRecord[] = [
  named('region:cixi', 'REGION', '慈溪'),
  named('region:yi', 'REGION', '乙市'),
  named('region:wuhan', 'REGION', '武汉'),
  named('university:wust', 'UNIVERSITY', '武汉科技大学', [
    ['武科大', ''],
    ['武汉科大', 'source:t#3'],
  ]),
  named('enterprise:jia', 'ENTERPRISE', '甲公司', [['甲', 'source:t#4']]),
  named('talent:zhang', 'TALENT', '张三'),
  named('event:contest', 'EVENT', '大赛'),
  named('event:final', 'EVENT', '大赛慈溪赛区决赛', [['决赛', '']]),
];
const PART: LinkRecord = {
  type: 'PART_OF',
  from: 'event:final',
  to: 'event:contest',
  provenance: ['source:t#7'],
};
const corpus = new Corpus([source, elsewhere], ENTITIES, [PART]);
const withoutPart = new Corpus([source, elsewhere], ENTITIES, []);

const link = (from: string, type: string, to: string, ...provenance: string[]): LinkRecord => ({
  from,
  type,
  to,
  provenance,
});

describe('checkLink', () => {
  it('accepts a link whose cited paragraph names both ends, 我市 standing for the city of the report', () => {
    expect(
      checkLink(link('region:cixi', 'COOPERATES_WITH', 'university:wust', 'source:t#2'), corpus),
    ).toEqual([]);
  });

  it('refuses a link cited only to a title, which states no link', () => {
    expect(
      checkLink(link('region:cixi', 'COOPERATES_WITH', 'university:wust', 'source:t#1'), corpus),
    ).toEqual([
      'region:cixi COOPERATES_WITH university:wust: cites source:t#1, a title, which states no link',
      'region:cixi COOPERATES_WITH university:wust: cites no substantive paragraph',
    ]);
  });

  it('refuses a title cited beside a paragraph that names only one end', () => {
    expect(
      checkLink(
        link('region:cixi', 'COOPERATES_WITH', 'university:wust', 'source:t#3', 'source:t#1'),
        corpus,
      ),
    ).toEqual([
      'region:cixi COOPERATES_WITH university:wust: cites source:t#1, a title, which states no link',
      'region:cixi COOPERATES_WITH university:wust: no cited passage names both ends (source:t#3: not region:cixi)',
    ]);
  });

  it('does not read 我市 as the city in a report on another city', () => {
    expect(
      checkLink(
        link('region:cixi', 'COOPERATES_WITH', 'university:wust', 'source:elsewhere#2'),
        corpus,
      ),
    ).toEqual([
      'region:cixi COOPERATES_WITH university:wust: no cited passage names both ends (source:elsewhere#2: not region:cixi)',
    ]);
    expect(
      checkLink(link('region:yi', 'LAUNCHED', 'university:wust', 'source:elsewhere#2'), corpus),
    ).toEqual([]);
  });

  it('does not count a name inside another name: 武汉 in 武汉科技大学 names no city', () => {
    expect(
      checkLink(link('university:wust', 'LOCATED_IN', 'region:wuhan', 'source:t#3'), corpus),
    ).toEqual([
      'university:wust LOCATED_IN region:wuhan: no cited passage names both ends (source:t#3: region:wuhan only inside 武汉科技大学)',
    ]);
  });

  it('counts a whole named inside the name of its part, once the part is stated PART_OF it', () => {
    const competed = link('enterprise:jia', 'COMPETED_IN', 'event:contest', 'source:t#7');
    expect(checkLink(competed, corpus)).toEqual([]);
    expect(checkLink(PART, corpus)).toEqual([]);
    expect(checkLink(competed, withoutPart)).toEqual([
      'enterprise:jia COMPETED_IN event:contest: no cited passage names both ends (source:t#7: event:contest only inside 大赛慈溪赛区决赛)',
    ]);
  });

  it('needs both ends in one passage: two paragraphs that each name one end are not enough', () => {
    expect(
      checkLink(
        link('talent:zhang', 'WORKS_AT', 'university:wust', 'source:t#3', 'source:t#6'),
        corpus,
      ),
    ).toEqual([
      'talent:zhang WORKS_AT university:wust: no cited passage names both ends (source:t#3: not talent:zhang; source:t#6: not university:wust)',
    ]);
  });

  it('reads a sentence the layout splits as one passage, but only when both blocks are cited', () => {
    expect(
      checkLink(
        link('talent:zhang', 'LEADS', 'enterprise:jia', 'source:t#4', 'source:t#6'),
        corpus,
      ),
    ).toEqual([]);
    expect(
      checkLink(link('talent:zhang', 'LEADS', 'enterprise:jia', 'source:t#6'), corpus),
    ).toEqual([
      'talent:zhang LEADS enterprise:jia: no cited passage names both ends (source:t#6: not enterprise:jia)',
    ]);
  });

  it('does not count an alias the curators added as a mention', () => {
    expect(
      checkLink(link('region:cixi', 'COOPERATES_WITH', 'event:final', 'source:t#4'), corpus),
    ).toEqual([
      'region:cixi COOPERATES_WITH event:final: no cited passage names both ends (source:t#4: not region:cixi, not event:final)',
    ]);
  });

  it('refuses a paragraph that does not exist', () => {
    expect(
      checkLink(link('region:cixi', 'COOPERATES_WITH', 'university:wust', 'source:t#99'), corpus),
    ).toEqual([
      'region:cixi COOPERATES_WITH university:wust: cites source:t#99, which does not exist',
      'region:cixi COOPERATES_WITH university:wust: cites no substantive paragraph',
    ]);
  });
});

describe('checkEntityNamed', () => {
  it('accepts an entity whose name its substantive paragraph prints', () => {
    expect(checkEntityNamed(ENTITIES[3] as NamedRecord, ['source:t#3'], corpus)).toEqual([]);
  });

  it('refuses an entity named only in a title', () => {
    expect(
      checkEntityNamed(named('region:cixi', 'REGION', '慈溪'), ['source:t#1'], corpus),
    ).toEqual([
      'region:cixi: its name 慈溪 is printed in no substantive paragraph it cites (source:t#1)',
    ]);
  });

  it('refuses an entity whose paragraph prints only an alias of it', () => {
    const wust = named('university:wust', 'UNIVERSITY', '武汉科技大学股份', [
      ['武汉科技大学', 'source:t#3'],
    ]);
    expect(checkEntityNamed(wust, ['source:t#3'], corpus)).toEqual([
      'university:wust: its name 武汉科技大学股份 is printed in no substantive paragraph it cites (source:t#3)',
    ]);
  });
});

describe('checkAliases', () => {
  it('accepts printed aliases that their paragraph prints, and curators’ aliases no source prints', () => {
    expect(
      checkAliases(
        named('university:wust', 'UNIVERSITY', '武汉科技大学', [['武科大', '']]),
        corpus,
      ),
    ).toEqual([]);
    expect(
      checkAliases(named('talent:zhang', 'TALENT', '张三', [['负责人', 'source:t#6']]), corpus),
    ).toEqual([]);
  });

  it('refuses a printed alias its paragraph does not print', () => {
    expect(checkAliases(ENTITIES[3] as NamedRecord, corpus)).toEqual([
      'university:wust: alias 武汉科大 is not printed in source:t#3 as a name of its own',
    ]);
  });

  it('refuses a printed alias that occurs only inside the entity’s own longer name', () => {
    expect(checkAliases(ENTITIES[4] as NamedRecord, corpus)).toEqual([
      'enterprise:jia: alias 甲 is not printed in source:t#4 as a name of its own',
    ]);
  });

  it('refuses an alias marked as the curators’ when a source prints it', () => {
    expect(checkAliases(named('talent:zhang', 'TALENT', '张三', [['负责人', '']]), corpus)).toEqual(
      [
        "talent:zhang: alias 负责人 is marked as the curators' but source:t#6 prints it: cite that paragraph",
      ],
    );
  });
});

describe('checkLinked', () => {
  const entities = [
    named('a:one', 'REGION', '一'),
    named('a:two', 'REGION', '二'),
    named('a:three', 'REGION', '三'),
  ];
  const links = [link('a:one', 'PART_OF', 'a:two')];

  it('accepts an entity without links when it is listed with a reason', () => {
    expect(checkLinked(entities, links, { 'a:three': 'named only in a slogan' })).toEqual([]);
  });

  it('refuses an unlisted entity without links', () => {
    expect(checkLinked(entities, links, {})).toEqual([
      'a:three has no relationship and is not listed as unlinked with a reason',
    ]);
  });

  it('refuses a stale list: a listed entity that has links, an unknown id, a missing reason', () => {
    expect(
      checkLinked(entities, links, { 'a:three': ' ', 'a:one': 'gone', 'a:nobody': 'x' }),
    ).toEqual([
      'a:nobody is listed as unlinked but no entity has that id',
      'a:one is listed as unlinked but has 1 relationship(s)',
      'a:three is listed as unlinked without a reason',
    ]);
  });
});
