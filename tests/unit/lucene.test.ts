import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../src/data/search.ts';

describe('toLuceneQuery', () => {
  const cases: [what: string, text: string, query: string][] = [
    [
      'a Latin word matches as itself or as the start of a longer word',
      'Huanchi',
      '("Huanchi" OR huanchi*)',
    ],
    ['digits are a word too', '2025', '("2025" OR 2025*)'],
    ['a Chinese name is one quoted phrase, with no prefix part', '武汉科技大学', '"武汉科技大学"'],
    ['a mixed Latin and Chinese word is one phrase', 'AI宁波', '"AI宁波"'],
    ['a word with a non-ASCII letter is one phrase', 'Zürich', '"Zürich"'],
    [
      'all words must match',
      'Wuhan University',
      '("Wuhan" OR wuhan*) AND ("University" OR university*)',
    ],
    [
      'runs of whitespace separate words',
      '  wuhan \t\n steel ',
      '("wuhan" OR wuhan*) AND ("steel" OR steel*)',
    ],
    ['a double quote is escaped inside the phrase', 'say"hi', '"say\\"hi"'],
    ['a lone double quote becomes an escaped quote', '"', '"\\""'],
    ['a backslash is escaped', 'a\\b', '"a\\\\b"'],
    ['a trailing backslash cannot escape the closing quote', 'end\\', '"end\\\\"'],
    ['* is plain text, not a wildcard', 'wu*', '"wu*"'],
    ['a lone * is plain text', '*', '"*"'],
    ['~ is plain text, not fuzziness', 'wust~2', '"wust~2"'],
    ['? is plain text, not a wildcard', 'w?st', '"w?st"'],
    [': is plain text, not a field', 'name:wust', '"name:wust"'],
    ['a leading - or + is plain text', '-steel +iron', '"-steel" AND "+iron"'],
    ['brackets are plain text', '[a TO z]', '"[a" AND "z]"'],
    ['braces are plain text', '{1 2}', '"{1" AND "2}"'],
    ['AND is a word, its prefix part lower-cased so it is no operator', 'AND', '("AND" OR and*)'],
    ['OR is a word', 'OR', '("OR" OR or*)'],
    ['NOT is a word', 'NOT', '("NOT" OR not*)'],
    [
      '&& and || are plain text',
      'x && y || z',
      '("x" OR x*) AND "&&" AND ("y" OR y*) AND "||" AND ("z" OR z*)',
    ],
    [
      'stop words, never indexed, are left out so they cannot make a search fail',
      'University of Science and Technology',
      '("University" OR university*) AND ("Science" OR science*) AND ("Technology" OR technology*)',
    ],
    [
      'operators between words are dropped with the stop words, so every word is required',
      'wuhan OR NOT ningbo',
      '("wuhan" OR wuhan*) AND ("ningbo" OR ningbo*)',
    ],
    ['stop words are recognised whatever their case', 'The Huanchi', '("Huanchi" OR huanchi*)'],
    ['text of stop words only is still searched for', 'to be', '("to" OR to*) AND ("be" OR be*)'],
    ['a stop word inside a longer word stays', 'Andover', '("Andover" OR andover*)'],
    ['empty text gives an empty query', '', ''],
    ['whitespace only gives an empty query', ' \t ', ''],
  ];

  it.each(cases)('%s', (_what, text, query) => {
    expect(toLuceneQuery(text)).toBe(query);
  });

  it('never leaves an unescaped quote that would end a phrase early', () => {
    const query = toLuceneQuery('a"b c\\"d "');
    // Every quote is either a phrase delimiter or preceded by an escaping backslash.
    const unescaped = query.replace(/\\\\/g, '').replace(/\\"/g, '');
    expect(unescaped.match(/"/g)).toHaveLength(6);
    expect(query).toBe('"a\\"b" AND "c\\\\\\"d" AND "\\""');
  });
});
