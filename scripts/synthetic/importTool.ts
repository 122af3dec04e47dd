// Running `neo4j-admin database import full` on the local synthetic Neo4j's home, from the jars
// the launcher already has (neo4j-import-tool comes with org.neo4j:neo4j): no install of its own.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { neo4jJavaArgs } from '../../src/neo4j/localServer.ts';
import { ARRAY_DELIMITER_OPTION } from './csv.ts';
import type { ImportFiles } from './importFiles.ts';

type Say = (line: string) => void;

export interface ImportRun {
  /** The Neo4j home (config.synthetic.dataDir): the store goes to <home>/data/databases/<database>. */
  home: string;
  database: string;
  files: ImportFiles;
  /** Where the importer may write its report; removed with the CSV files. */
  workDir: string;
  heap: string;
  offHeap: string;
}

// What a person waiting wants from the importer's output: its four steps, every quarter of each
// step, the totals and its peak memory. The rest (estimates, dots) stays in the tail for errors.
const WORTH_SAYING = /^\(\d\/\d\) |COMPLETED in|^IMPORT DONE|^Peak memory| (25|50|75)% /;

/** Replaces the database's store with the files' graph; the Neo4j using it must be stopped. */
export async function runImportTool(run: ImportRun, say: Say): Promise<void> {
  const group = (flag: string, { labels, files }: { labels: string[]; files: string[] }): string =>
    `--${flag}=${labels.length ? `${labels.join(':')}=` : ''}${files.join(',')}`;
  const args = [
    ...(await neo4jJavaArgs(run.heap, say)),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...run.files.nodes.map((g) => group('nodes', g)),
    ...run.files.relationships.map((g) => group('relationships', g)),
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    // Nodes go by number in the files (csv.ts); the ids are a property like any other.
    '--id-type=integer',
    // The synthetic database is ours to replace (ensure.ts checked it holds nothing else).
    '--overwrite-destination=true',
    `--max-off-heap-memory=${run.offHeap}`,
    `--report-file=${run.workDir}/import.report`,
    run.database,
  ];
  // NEO4J_CONF as well: one left in the environment would give the tool another Neo4j's settings.
  const child = spawn('java', args, {
    cwd: run.workDir,
    env: { ...process.env, NEO4J_HOME: run.home, NEO4J_CONF: `${run.home}/conf` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Ended with us, even by a signal: an importer left running would hold the store.
  const killChild = (): void => void child.kill('SIGKILL');
  process.once('exit', killChild);
  const tail: string[] = [];
  const keep = (line: string): void => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
  };
  createInterface({ input: child.stdout }).on('line', (line) => {
    keep(line);
    const text = line.replace(/^[-.\s]+(?=\d+%)/, '').trim();
    if (WORTH_SAYING.test(line)) say(`  import: ${text}`);
  });
  createInterface({ input: child.stderr }).on('line', keep);
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', done);
  }).finally(() => process.off('exit', killChild));
  if (code !== 0) {
    const last = tail.filter((l) => l.trim() && !/^[-.\s]+\d+%/.test(l)).slice(-6);
    throw new Error(`neo4j-admin import failed (exit code ${String(code)}): ${last.join(' | ')}`);
  }
}
