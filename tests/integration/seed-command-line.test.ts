// The command line (`npm run seed -- --file …`) refuses a bad file the way the loader does:
// exit code 1, the problem lines on stderr with no stack trace, and nothing written. Loading the
// curated data again changes nothing and says nothing about replacing anything.
import { describe, expect, it } from 'vitest';
import { CURATED_FILES } from '../../seed/load.ts';
import { curatedRecords, type Json } from '../helpers/curated.ts';
import { idsPresent, snapshot } from '../helpers/graphSnapshot.ts';
import { runSeedCli } from '../helpers/seedCli.ts';
import {
  cooperation,
  enterprise,
  escapeRegExp,
  indicator,
  writeSeedFiles,
} from '../helpers/seedFiles.ts';
import { sharedGraph } from '../helpers/sharedGraph.ts';

const shared = sharedGraph();

describe('the seed loader on the shared test database (curated data)', () => {
  describe('the command line (npm run seed -- --file …)', () => {
    /** Runs seed/cli.ts against the shared test Neo4j, with no other Neo4j settings inherited. */
    const runCli = (args: string[]) => runSeedCli(args);

    const cases: [what: string, content: unknown, lines: (path: string) => string[]][] = [
      [
        'fields with problems',
        {
          entities: [enterprise('enterprise:cli-nameless', { name: undefined })],
          indicators: [indicator('indicator:cli-text', ['region:cixi'], { value: '12' })],
        },
        (path) => [
          `  ${path}: entities[0] (id "enterprise:cli-nameless"): field "name" is missing`,
          `  ${path}: indicators[0] (id "indicator:cli-text"): field "value" must be a number, got "12"`,
        ],
      ],
      [
        'a relationship to an unknown id',
        {
          entities: [enterprise('enterprise:cli-new')],
          relationships: [cooperation('enterprise:cli-new', 'university:nowhere')],
        },
        (path) => [
          `  ${path}: relationships[0] (enterprise:cli-new COOPERATES_WITH university:nowhere): field "to" points at unknown id "university:nowhere"`,
        ],
      ],
    ];

    it.each(cases)(
      'exits 1 on a file with %s, printing the problem lines and no stack trace',
      async (_what, content, lines) => {
        const path = writeSeedFiles({ 'bad.json': content })['bad.json'] ?? '';
        const { code, stdout, stderr } = await runCli(['--file', path]);
        expect(code).toBe(1);
        expect(stderr).toBe(
          ['The seed data was refused; nothing was written:', ...lines(path), ''].join('\n'),
        );
        expect(stderr).not.toMatch(/^\s+at /m);
        expect(stdout).not.toContain('Loaded');
        expect(
          await idsPresent(shared.graph, ['enterprise:cli-nameless', 'enterprise:cli-new']),
        ).toEqual([]);
        expect(await snapshot(shared.graph)).toEqual(shared.before);
      },
      60_000,
    );

    it('exits 1 on malformed JSON, naming the file', async () => {
      const path = writeSeedFiles({ 'broken.json': '{ "entities": [' })['broken.json'] ?? '';
      const { code, stderr } = await runCli(['--file', path]);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        new RegExp(
          `^The seed data was refused; nothing was written:\\n  ${escapeRegExp(path)}: malformed JSON \\(.+\\)\\n$`,
        ),
      );
      expect(await snapshot(shared.graph)).toEqual(shared.before);
    }, 60_000);

    it('loads the curated data again (npm run seed) changing nothing and printing nothing else', async () => {
      const { sources, entities, relationships, indicators } = curatedRecords();

      const { code, stdout, stderr } = await runCli([]);

      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toBe(
        `Loaded ${entities.length} entities, ${relationships.length} relationships, ${indicators.length} indicators and ${sources.length} sources from ${CURATED_FILES.length} file(s).\n`,
      );
      expect(await snapshot(shared.graph)).toEqual(shared.before);
    }, 60_000);

    it('exits 1 on a file that redefines a curated entity, naming the field and --replace', async () => {
      const wust = curatedRecords().entities.find((e) => e.id === 'university:wust') as Json;
      const path =
        writeSeedFiles({ 'wust.json': { entities: [{ ...wust, kind: 'ENTERPRISE' }] } })[
          'wust.json'
        ] ?? '';

      const { code, stdout, stderr } = await runCli(['--file', path]);

      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        [
          'The seed data was refused; nothing was written:',
          `  ${path}: entities[0] (id "university:wust"): field "kind" is "ENTERPRISE", but the database holds this entity with "UNIVERSITY"; to change it, load with --replace`,
          '',
        ].join('\n'),
      );
      expect(await snapshot(shared.graph)).toEqual(shared.before);
    }, 60_000);

    it('exits 1 on an unknown argument, printing the usage', async () => {
      const { code, stderr } = await runCli(['--files', 'x.json']);
      expect(code).toBe(1);
      expect(stderr).toBe(
        'The seed data was refused; nothing was written:\n  unknown argument "--files"; usage: npm run seed [-- --file path.json … [--replace]]\n',
      );
    }, 60_000);
  });
});
