// Runs a bad-seed-file case against the shared test Neo4j: the loader refuses the files with
// every problem named by file, record and field, and writes nothing of them.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadSeed, readSeedFiles } from '../../seed/load.ts';
import { SeedError } from '../../seed/validate.ts';
import { caughtAsync } from './caught.ts';
import { idsPresent, snapshot } from './graphSnapshot.ts';
import { writeSeedFiles } from './seedFiles.ts';
import type { SharedGraph } from './sharedGraph.ts';

export interface BadCase {
  name: string;
  /** File name → content; `paragraphs` is the curated source's paragraph count. */
  files: (paragraphs: number) => Record<string, unknown>;
  /** Every problem, exactly, given the files' paths. */
  problems: (path: Record<string, string>, paragraphs: number) => (string | RegExp)[];
  /** Ids the files define, none of which may be written. */
  defines: string[];
}

/** A case without files reads one that does not exist. */
const MISSING = join(tmpdir(), 'cixi-loader-missing', 'no-such-file.json');

export async function expectRefusedAndNothingWritten(
  { graph, before, paragraphs }: SharedGraph,
  { files, problems, defines }: BadCase,
): Promise<void> {
  const paths = writeSeedFiles(files(paragraphs));
  const list = Object.values(paths);
  if (list.length === 0) list.push(MISSING);
  const error = await caughtAsync(
    SeedError,
    readSeedFiles(list).then((read) => loadSeed(graph, read)),
    'the files were accepted',
  );

  const expected = problems(paths, paragraphs);
  expect(error.problems).toEqual(
    expected.map((p) => (typeof p === 'string' ? p : expect.stringMatching(p))),
  );
  expect(error.message.split('\n')).toEqual([
    'The seed data was refused; nothing was written:',
    ...error.problems.map((p) => `  ${p}`),
  ]);
  expect(await idsPresent(graph, defines)).toEqual([]);
  expect(await snapshot(graph)).toEqual(before);
}
