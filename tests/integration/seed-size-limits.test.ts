// A load too large for one transaction is refused before anything is written, with a message
// that names the file, the limit and what to do: over MAX_LOAD_BYTES before the file is read
// (so the loader's memory stays small whatever the file's size), over MAX_LOAD_RECORDS once it
// is parsed. The cases: 200,000 entities (95 MB) killed Neo4j, 60,000 hit its memory
// limit and were retried, and the loader peaked at 1.09 GB.
import { describe, expect, it } from 'vitest';
import { loadSeed, readSeedFiles } from '../../seed/load.ts';
import { MAX_LOAD_BYTES, MAX_LOAD_RECORDS } from '../../seed/limits.ts';
import { SeedError } from '../../seed/validate.ts';
import { caughtAsync } from '../helpers/caught.ts';
import { snapshot } from '../helpers/graphSnapshot.ts';
import { runSeedCli } from '../helpers/seedCli.ts';
import { writeEnterprises } from '../helpers/seedFiles.ts';
import { sharedGraph } from '../helpers/sharedGraph.ts';

const REFUSED = 'The seed data was refused; nothing was written:';
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooManyBytes = (path: string, bytes: number) =>
  `${path}: ${bytes} bytes (${MB(bytes)}); one load may read at most ${MAX_LOAD_BYTES} bytes (${MB(MAX_LOAD_BYTES)}), all its files together. Split the data into smaller files and load each with its own npm run seed -- --file …; each load is all or nothing.`;
const tooManyRecords = (path: string, records: number) =>
  `${path}: ${records} records; one load may hold at most ${MAX_LOAD_RECORDS} (all its files together). Split the data into files of at most ${MAX_LOAD_RECORDS} records and load each with its own npm run seed -- --file …; each load is all or nothing.`;

// The loader process (node, tsx and the loader's modules) takes about 90 MB doing nothing.
const IDLE_MB = 150;

const shared = sharedGraph();

describe('the seed loader on the shared test database (curated data)', () => {
  describe('the issue’s large files, through the command line', () => {
    it.each([
      ['200,000 entities (95 MB)', 200_000],
      ['60,000 entities (28 MB)', 60_000],
    ])(
      'refuses %s by size before reading it, with the loader near its idle memory',
      async (_what, count) => {
        const file = writeEnterprises('large.json', { prefix: 'size', count, bytesEach: 475 });
        expect(file.bytes).toBeGreaterThan(count * 450);

        const run = await runSeedCli(['--file', file.path]);

        expect(run.code).toBe(1);
        expect(run.stderr).toBe(`${REFUSED}\n  ${tooManyBytes(file.path, file.bytes)}\n`);
        expect(run.stdout).toBe(''); // not even a connection to Neo4j was opened
        expect(run.peakMB).toBeLessThan(IDLE_MB);
        expect(await snapshot(shared.graph)).toEqual(shared.before);
        console.info(
          `${count} entities, ${file.bytes} bytes: refused in ${run.ms} ms, loader peak ${run.peakMB} MB`,
        );
      },
      120_000,
    );

    it('refuses 60,000 small entities (under the size limit) by their number, memory bounded', async () => {
      const file = writeEnterprises('many.json', { prefix: 'many', count: 60_000, bytesEach: 0 });
      expect(file.bytes).toBeLessThan(MAX_LOAD_BYTES);

      const run = await runSeedCli(['--file', file.path]);

      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`${REFUSED}\n  ${tooManyRecords(file.path, 60_000)}\n`);
      expect(run.stdout).toBe('');
      // Parsing the largest file allowed costs the loader about 10× its size.
      expect(run.peakMB).toBeLessThan(IDLE_MB + (10 * MAX_LOAD_BYTES) / 1024 / 1024);
      expect(await snapshot(shared.graph)).toEqual(shared.before);
      console.info(
        `60000 small entities, ${file.bytes} bytes: refused in ${run.ms} ms, loader peak ${run.peakMB} MB`,
      );
    }, 120_000);
  });

  it(`refuses one record over MAX_LOAD_RECORDS (${MAX_LOAD_RECORDS}) without sending a statement`, async () => {
    const half = Math.ceil((MAX_LOAD_RECORDS + 1) / 2);
    const a = writeEnterprises('a.json', { prefix: 'over-a', count: half, bytesEach: 200 });
    const b = writeEnterprises('b.json', {
      prefix: 'over-b',
      count: MAX_LOAD_RECORDS + 1 - half,
      bytesEach: 200,
    });
    const statements: string[] = [];
    const graph = shared.graph.withOptions({ onStatement: (cypher) => statements.push(cypher) });

    const error = await caughtAsync(
      SeedError,
      readSeedFiles([a.path, b.path]).then((files) => loadSeed(graph, files)),
      'the files were accepted',
    );

    expect(error.problems).toEqual([tooManyRecords(`${a.path}, ${b.path}`, MAX_LOAD_RECORDS + 1)]);
    expect(statements).toEqual([]);
    expect(await snapshot(shared.graph)).toEqual(shared.before);
  }, 60_000);

  it('refuses files over MAX_LOAD_BYTES together, each under it, before reading them', async () => {
    const count = Math.ceil(MAX_LOAD_BYTES / 2 / 1000);
    const a = writeEnterprises('a.json', { prefix: 'bytes-a', count, bytesEach: 1000 });
    const b = writeEnterprises('b.json', { prefix: 'bytes-b', count, bytesEach: 1000 });
    expect(a.bytes).toBeLessThan(MAX_LOAD_BYTES);
    expect(a.bytes + b.bytes).toBeGreaterThan(MAX_LOAD_BYTES);

    const error = await caughtAsync(SeedError, readSeedFiles([a.path, b.path]), 'files were read');

    expect(error.problems).toEqual([tooManyBytes(`${a.path}, ${b.path}`, a.bytes + b.bytes)]);
  });
});
