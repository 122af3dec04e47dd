// npm run restore -- FILE: loads a backup (npm run backup) into an empty database, the one
// `npm start` uses (the running local Neo4j when there is one, else it is started here; with
// NEO4J_DATA_DIR or NEO4J_URI, another). The schema comes from the migrations, applied when the
// database is opened; the file is checked in full before anything is written.
import { BackupError } from '../src/backup/format.ts';
import { restore } from '../src/backup/restore.ts';
import { loadConfig } from '../src/config.ts';
import { createCommandLineLogger } from '../src/log.ts';
import { DatabaseStartError, openDatabase } from '../src/neo4j/connect.ts';
import { LocalNeo4jError } from '../src/neo4j/localServer.ts';
import { parseCommandLine, runScript, UsageError } from './shared/cli.ts';
import { counted, fmt, secondsSince } from './shared/output.ts';
import { progressBar } from './shared/progress.ts';

const USAGE = 'usage: npm run restore -- FILE   (a file written by npm run backup)';
/** One batch of a restore: far more than it takes, since Neo4j may be busy with the API too. */
const BATCH_TIMEOUT_MS = 600_000;

async function main(): Promise<void> {
  const { positionals } = parseCommandLine({ options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = positionals[0] as string;
  const config = loadConfig();
  const log = createCommandLineLogger(config.logLevel);
  const database = await openDatabase(config, log, { joinRunning: true });
  try {
    const started = performance.now();
    log.say(`Checking ${file}, then restoring it into ${database.uri}…`);
    const summary = await restore(
      database.graph.withOptions({ timeoutMs: BATCH_TIMEOUT_MS }),
      file,
      {
        uri: database.uri,
        progress: progressBar('Restoring'),
      },
    );
    log.say(
      `Restored ${fmt(summary.nodes)} nodes and ${fmt(summary.relationships)} relationships from ${file} into ${database.uri} in ${secondsSince(started)} s.`,
    );
    log.say(`  nodes by label: ${counted(summary.labels)}`);
    log.say(`  relationships by type: ${counted(summary.types)}`);
  } finally {
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
