// npm run backup -- FILE: everything the database holds (entities, relationships, indicators,
// documents with their paragraphs and mentions, review queues, changes, audit records, API key
// hashes) into FILE, in the project's own format (src/backup/format.ts), from the database
// `npm start` uses: the running local Neo4j when there is one, else it is started here.
import { backUp } from '../src/backup/backup.ts';
import { BackupError } from '../src/backup/format.ts';
import { loadConfig } from '../src/config.ts';
import { createCommandLineLogger } from '../src/log.ts';
import { DatabaseStartError, openDatabase } from '../src/neo4j/connect.ts';
import { createDriver, Graph } from '../src/neo4j/graph.ts';
import { LocalNeo4jError } from '../src/neo4j/localServer.ts';
import { parseCommandLine, runScript, UsageError } from './shared/cli.ts';
import { counted, fmt, secondsSince } from './shared/output.ts';
import { progressBar } from './shared/progress.ts';

const USAGE = 'usage: npm run backup -- FILE   (a new file, e.g. backups/cixi-2026-12-02.jsonl)';
/** The whole backup is one read transaction: long enough for the largest graphs we measure. */
const BACKUP_TIMEOUT_MS = 3_600_000;

async function main(): Promise<void> {
  const { positionals } = parseCommandLine({ options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = positionals[0] as string;
  const config = loadConfig();
  const log = createCommandLineLogger(config.logLevel);
  const database = await openDatabase(config, log, { joinRunning: true });
  // The backup reads through a driver of its own whose integers stay exact (see createDriver).
  const exact = createDriver(
    {
      uri: database.uri,
      username: config.neo4jUsername,
      password: config.neo4jPassword,
      database: config.neo4jDatabase,
    },
    { exactIntegers: true },
  );
  try {
    const graph = new Graph(exact, config.neo4jDatabase, { timeoutMs: BACKUP_TIMEOUT_MS });
    const started = performance.now();
    const summary = await backUp(graph, file, {
      timeoutMs: BACKUP_TIMEOUT_MS,
      progress: progressBar('Backing up'),
    });
    log.say(
      `Backed up ${fmt(summary.nodes)} nodes and ${fmt(summary.relationships)} relationships from ${database.uri} into ${file} (${(summary.bytes / 1e6).toFixed(1)} MB) in ${secondsSince(started)} s.`,
    );
    log.say(`  nodes by label: ${counted(summary.labels)}`);
    log.say(`  relationships by type: ${counted(summary.types)}`);
  } finally {
    await exact.close();
    await database.close();
  }
}

runScript(main, (error) =>
  error instanceof BackupError ||
  error instanceof DatabaseStartError ||
  error instanceof LocalNeo4jError
    ? error.message
    : (error.stack ?? error.message),
);
