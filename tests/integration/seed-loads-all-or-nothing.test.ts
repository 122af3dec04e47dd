// A seed load is all or nothing: one bad record anywhere (in a file of good ones, in one of
// several files, or a file that cannot be read) refuses the whole load, naming the bad record
// by its own file and index, and not one of the good records is written.
import { describe, it } from 'vitest';
import { cooperation, enterprise, indicator } from '../helpers/seedFiles.ts';
import { expectRefusedAndNothingWritten, type BadCase } from '../helpers/seedRefusals.ts';
import { sharedGraph } from '../helpers/sharedGraph.ts';

const BAD: BadCase[] = [
  {
    name: 'a file of valid records and one relationship to an unknown id',
    files: () => ({
      'mixed.json': {
        sources: [
          { id: 'source:loader-mixed', title: '混合', fileName: 'mixed.txt', paragraphCount: 9 },
        ],
        entities: [enterprise('enterprise:loader-a'), enterprise('enterprise:loader-b')],
        relationships: [
          cooperation('enterprise:loader-a', 'university:wust'),
          cooperation('enterprise:loader-b', 'talent:nobody'),
          cooperation('enterprise:loader-a', 'enterprise:loader-b'),
        ],
        indicators: [indicator('indicator:loader-mixed', ['enterprise:loader-a', 'region:cixi'])],
      },
    }),
    problems: (p) => [
      `${p['mixed.json']}: relationships[1] (enterprise:loader-b COOPERATES_WITH talent:nobody): field "to" points at unknown id "talent:nobody"`,
    ],
    defines: [
      'source:loader-mixed',
      'enterprise:loader-a',
      'enterprise:loader-b',
      'indicator:loader-mixed',
    ],
  },
  {
    name: 'a file of valid records and one indicator with a text value',
    files: () => ({
      'mixed.json': {
        entities: [enterprise('enterprise:loader-c')],
        relationships: [cooperation('enterprise:loader-c', 'university:wust')],
        indicators: [
          indicator('indicator:loader-good', ['enterprise:loader-c']),
          indicator('indicator:loader-bad', ['enterprise:loader-c'], { value: '12' }),
        ],
      },
    }),
    problems: (p) => [
      `${p['mixed.json']}: indicators[1] (id "indicator:loader-bad"): field "value" must be a number, got "12"`,
    ],
    defines: ['enterprise:loader-c', 'indicator:loader-good', 'indicator:loader-bad'],
  },
  {
    name: 'a good file loaded together with a bad one',
    files: () => ({
      'good.json': {
        entities: [enterprise('enterprise:loader-good')],
        relationships: [cooperation('enterprise:loader-good', 'university:wust')],
      },
      'bad.json': {
        relationships: [cooperation('enterprise:loader-good', 'region:atlantis')],
      },
    }),
    // Named by its own file and its index there, not by its place in the combined data.
    problems: (p) => [
      `${p['bad.json']}: relationships[0] (enterprise:loader-good COOPERATES_WITH region:atlantis): field "to" points at unknown id "region:atlantis"`,
    ],
    defines: ['enterprise:loader-good'],
  },
  {
    name: 'a file that cannot be read',
    files: () => ({}),
    problems: () => [/^\/.*\/no-such-file\.json: cannot be read \(ENOENT\)$/],
    defines: [],
  },
];

const shared = sharedGraph();

describe('the seed loader on the shared test database (curated data)', () => {
  it.each(BAD.map((c) => [c.name, c] as const))(
    'refuses %s with the file, record and field named, and writes nothing',
    async (_name, c) => expectRefusedAndNothingWritten(shared, c),
  );
});
