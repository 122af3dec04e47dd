// The generated graph as the importer's CSV files: per kind a header file and a data file of its
// entities (labels on the command line), and one pair for every relationship (type in a column).
// Properties come from rows.ts, the same rows the Cypher writer sends.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_LABEL } from '../../src/data/vocabulary.ts';
import { fmt, secondsSince } from '../shared/output.ts';
import { csvLines, headerLine, type Columns } from './csv.ts';
import type { GeneratedGraph } from './generate.ts';
import { entityRows, relationshipRows } from './rows.ts';

export const ENTITY_COLUMNS: Columns = [
  ['id', 'ID'],
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
export function writeImportFiles(g: GeneratedGraph, dir: string, say: Say): ImportFiles {
  const started = performance.now();
  const entityLine = csvLines(ENTITY_COLUMNS);
  const nodes = g.kinds.map((r): FileGroup => {
    const label = KIND_LABEL[r.kind];
    const files = group(dir, label, ENTITY_COLUMNS);
    writeLines(files[1], entityRows(g, r), entityLine);
    return { labels: ['Entity', label], files };
  });
  say(`  wrote ${fmt(g.nodeCount)} entities as CSV in ${secondsSince(started)} s`);
  const relationshipLine = csvLines(RELATIONSHIP_COLUMNS);
  const files = group(dir, 'relationships', RELATIONSHIP_COLUMNS);
  writeLines(files[1], relationshipRows(g), ({ from, to, type, props }) =>
    relationshipLine({ from, to, type, ...(props as object) }),
  );
  say(`  wrote ${fmt(g.relationshipCount)} relationships as CSV in ${secondsSince(started)} s`);
  return { nodes, relationships: [{ labels: [], files }] };
}

function group(dir: string, name: string, columns: Columns): [string, string] {
  const header = join(dir, `${name}-header.csv`);
  writeLines(header, [null], () => headerLine(columns));
  return [header, join(dir, `${name}.csv`)];
}

// Synchronous writes of ~1 MB chunks: as fast as a stream here, without its backpressure dance.
function writeLines<T>(path: string, rows: Iterable<T>, line: (row: T) => string): void {
  const fd = openSync(path, 'w');
  try {
    let chunk = '';
    for (const row of rows) {
      chunk += line(row);
      if (chunk.length >= 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
