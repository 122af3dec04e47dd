// The generated graph as the importer's CSV files: per kind a header file and a data file of its
// entities (labels on the command line), and one pair for every relationship (type in a column).
// Properties come from rows.ts, the same rows the Cypher writer sends.
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KIND_LABEL } from '../../src/data/vocabulary.ts';
import { fmt, secondsSince } from '../shared/output.ts';
import { csvLines, headerLine, type Columns } from './csv.ts';
import type { GeneratedGraph } from './generate.ts';
import { entityRows, relationshipRows } from './rows.ts';

export const ENTITY_COLUMNS: Columns = [
  ['node', 'ID'],
  ['id', 'string'],
  ['kind', 'string'],
  ['name', 'string'],
  ['nameEn', 'string'],
  ['aliases', 'string[]'],
  ['aliasSources', 'string[]'],
  ['aliasReasons', 'string[]'],
  ['aliasText', 'string'],
  ['nameKey', 'string'],
  ['description', 'string'],
  ['descriptionZh', 'string'],
  ['year', 'int'],
  ['provenance', 'string[]'],
  ['degree', 'int'],
];

export const RELATIONSHIP_COLUMNS: Columns = [
  ['from', 'START_ID'],
  ['to', 'END_ID'],
  ['type', 'TYPE'],
  ['id', 'string'],
  ['status', 'string'],
  ['since', 'int'],
  ['role', 'string'],
  ['roleEn', 'string'],
  ['program', 'string'],
  ['provenance', 'string[]'],
];

/** Files of one node or relationship group, as the importer's `--nodes=Label:Label=header,data`. */
export interface FileGroup {
  labels: string[];
  files: [header: string, data: string];
}

export interface ImportFiles {
  nodes: FileGroup[];
  relationships: FileGroup[];
}

type Say = (line: string) => void;

/** Writes the files into `dir` (which must exist); says what it wrote and how long it took. */
export async function writeImportFiles(
  g: GeneratedGraph,
  dir: string,
  say: Say,
): Promise<ImportFiles> {
  const started = performance.now();
  const entityLine = csvLines(ENTITY_COLUMNS);
  const nodes: FileGroup[] = [];
  for (const r of g.kinds) {
    const label = KIND_LABEL[r.kind];
    const files = await group(dir, label, ENTITY_COLUMNS);
    await writeLines(files[1], entityRows(g, r), (row, i) =>
      entityLine({ node: r.offset + i, ...row }),
    );
    nodes.push({ labels: ['Entity', label], files });
  }
  say(`  wrote ${fmt(g.nodeCount)} entities as CSV in ${secondsSince(started)} s`);
  const relationshipLine = csvLines(RELATIONSHIP_COLUMNS);
  const files = await group(dir, 'relationships', RELATIONSHIP_COLUMNS);
  await writeLines(files[1], relationshipRows(g), ({ from, to, type, props }) =>
    relationshipLine({ from, to, type, ...props }),
  );
  say(`  wrote ${fmt(g.relationshipCount)} relationships as CSV in ${secondsSince(started)} s`);
  return { nodes, relationships: [{ labels: [], files }] };
}

async function group(dir: string, name: string, columns: Columns): Promise<[string, string]> {
  const header = join(dir, `${name}-header.csv`);
  await writeFile(header, headerLine(columns));
  return [header, join(dir, `${name}.csv`)];
}

/**
 * Lines are encoded into a buffer, written when full while the next one fills: chunks built by
 * `+=` and written as strings spent more time being flattened and encoded than the lines took
 * to make, and a synchronous write left the generator waiting for the disk.
 */
async function writeLines<T>(
  path: string,
  rows: Iterable<T>,
  line: (row: T, i: number) => string,
): Promise<void> {
  const file = await open(path, 'w');
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let spare = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  let writing: Promise<unknown> = Promise.resolve();
  // The spare is free once the write before has finished; writeFile writes all of a buffer.
  const flush = async (): Promise<void> => {
    await writing;
    writing = file.writeFile(buffer.subarray(0, used));
    [buffer, spare] = [spare, buffer];
    used = 0;
  };
  try {
    let i = 0;
    for (const row of rows) {
      const text = line(row, i++);
      // A UTF-16 code unit is at most 3 bytes of UTF-8, so a line of this many always fits.
      if (used + text.length * 3 > BUFFER_BYTES) await flush();
      if (text.length * 3 > BUFFER_BYTES) throw new Error(`a line of ${path} is over 4 MB`);
      used += buffer.write(text, used);
    }
    await flush();
    await writing;
  } finally {
    await writing.catch(() => undefined);
    await file.close();
  }
}

const BUFFER_BYTES = 1 << 22;
