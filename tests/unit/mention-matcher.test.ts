// The mention matcher on names written for the test: folding, longest match with the names nested
// inside, publishers' names as blockers, shared names, Latin whole words, and the names it leaves out.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/documents/fold.ts';
import { MentionMatcher } from '../../src/documents/matcher.ts';
import { paragraphsOf } from '../../src/documents/paragraphs.ts';

const matcher = MentionMatcher.build(
  [
    { entity: 'university:wust', name: '武汉科技大学' },
    { entity: 'university:wust', name: '武科大' },
    { entity: 'university:wust', name: 'WUST' },
    { entity: 'region:ningbo', name: '宁波' },
    { entity: 'university:nbut', name: '宁波工程学院' },
    { entity: 'region:city', name: '市' },
    { entity: 'program:a', name: '人才计划' },
    { entity: 'program:b', name: '人才计划' },
    { entity: 'region:cixi', name: '慈溪' },
    { entity: 'platform:market', name: '宁波科技大市场' },
    { entity: 'platform:market-cixi', name: '宁波科技大市场慈溪分市场' },
    { entity: 'program:shanglin', name: '“上林英才”计划' },
    { entity: 'program:shanglin', name: '上林英才' },
  ],
  ['慈溪日报', '慈溪新闻网', '宁波'],
);

const found = (text: string): [string, number, number, string][] =>
  matcher
    .find(text)
    .filter((m) => m.within === null)
    .map((m) => [m.entity, m.start, m.end, m.text]);
const nested = (text: string): [string, string, string | null][] =>
  matcher.find(text).map((m) => [m.entity, m.text, m.within]);

describe('the mention matcher', () => {
  it('finds traditional spellings and reports the text as printed', () => {
    expect(found('武漢科技大學')).toEqual([['university:wust', 0, 6, '武漢科技大學']]);
  });

  it('lets the longest of overlapping names win', () => {
    expect(found('宁波工程学院在宁波')).toEqual([
      ['university:nbut', 0, 6, '宁波工程学院'],
      ['region:ningbo', 7, 9, '宁波'],
    ]);
  });

  it('keeps the names printed inside a longer name as its nested mentions, level by level', () => {
    expect(nested('宁波科技大市场慈溪分市场')).toEqual([
      ['platform:market-cixi', '宁波科技大市场慈溪分市场', null],
      ['platform:market', '宁波科技大市场', 'platform:market-cixi'],
      ['region:ningbo', '宁波', 'platform:market'],
      ['region:cixi', '慈溪', 'platform:market-cixi'],
    ]);
    expect(nested('宁波工程学院')).toEqual([
      ['university:nbut', '宁波工程学院', null],
      ['region:ningbo', '宁波', 'university:nbut'],
    ]);
  });

  it('does not repeat an entity inside its own longer name', () => {
    expect(nested('实施“上林英才”计划')).toEqual([['program:shanglin', '“上林英才”计划', null]]);
  });

  it('finds nothing in or around a blocker, and a blocker that is a name stays a name', () => {
    expect(nested('稿源:慈溪新闻网-慈溪日报，慈溪')).toEqual([['region:cixi', '慈溪', null]]);
    expect(found('宁波')).toEqual([['region:ningbo', 0, 2, '宁波']]);
    expect(matcher.size).toBe(13);
  });

  it('gives a name several entities share to each of them', () => {
    expect(found('入选人才计划')).toEqual([
      ['program:a', 2, 6, '人才计划'],
      ['program:b', 2, 6, '人才计划'],
    ]);
  });

  it('matches a Latin name only as a whole word, in any case', () => {
    expect(found('WUST、wust 与 WUSTL')).toEqual([
      ['university:wust', 0, 4, 'WUST'],
      ['university:wust', 5, 9, 'wust'],
    ]);
  });

  it('leaves out one-character names and counts UTF-16 offsets', () => {
    expect(found('𠀋市武科大')).toEqual([['university:wust', 3, 6, '武科大']]);
  });

  it('folds without changing the length', () => {
    expect(fold('慈谿臺灣ABC')).toBe('慈溪台湾abc');
    expect(fold('𠀋乾隆')).toHaveLength('𠀋乾隆'.length);
  });
});

describe('paragraphsOf', () => {
  it('counts the non-empty blocks between blank lines, trimmed', () => {
    expect(paragraphsOf('\n\n 一 \r\n\r\n二\n三\n \n\n\n四\n')).toEqual(['一', '二\n三', '四']);
  });
});
