// The ingest command line, checked before anything is read or Neo4j is started.
import { describe, expect, it } from 'vitest';
import { ingestArguments } from '../../src/ingest/arguments.ts';

describe('the ingest command line', () => {
  it('takes one file with its details', () => {
    expect(
      ingestArguments([
        'news.html',
        '--title',
        '校地合作再结硕果',
        '--date',
        '2026-03-02',
        '--publisher',
        '慈溪日报',
        '--url',
        'https://www.cixi.gov.cn/a/1.html',
      ]),
    ).toEqual({
      path: 'news.html',
      details: {
        title: '校地合作再结硕果',
        date: '2026-03-02',
        publisher: '慈溪日报',
        url: 'https://www.cixi.gov.cn/a/1.html',
      },
    });
  });

  it.each([
    [[], /give a file or folder to ingest/],
    [['a.txt', 'b.txt'], /give one file or folder; got 2/],
    [
      ['a.txt', '--date', '2025-02-30'],
      /--date must be a calendar date as YYYY-MM-DD.*"2025-02-30"/,
    ],
    [['a.txt', '--date'], /--date needs a value/],
    [['a.txt', '--url', 'ftp://x'], /--url must be an http:\/\/ or https:\/\/ address/],
    [['a.txt', '--title', ' '], /--title must not be empty/],
    [['a.txt', '--title', 'x'.repeat(501)], /--title must be at most 500 characters/],
    [['a.txt', '--title', 'a', '--title', 'b'], /--title may be given only once/],
    [['a.txt', '--force'], /unknown option "--force"/],
  ])('refuses %j, printing the usage', (args, message) => {
    expect(() => ingestArguments(args)).toThrow(message);
    expect(() => ingestArguments(args)).toThrow(/usage: npm run ingest -- FILE/);
  });
});
