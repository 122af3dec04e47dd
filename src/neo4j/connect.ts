// Opens the database the configuration names: the user's Neo4j when NEO4J_URI is set, otherwise
// the project's local one, started here. Then waits for it (bounded) and applies migrations. For
// a long-running API it also keeps watch: the local Neo4j is restarted when it dies, and losing
// or regaining any Neo4j is logged as it happens.
import { Neo4jError, type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { Graph, createDriver } from './graph.ts';
import { startLocalNeo4j } from './localServer.ts';
import { migrate } from './migrations.ts';
import { superviseLocalNeo4j } from './supervisor.ts';

export class DatabaseStartError extends Error {}

export interface Database {
  uri: string;
  driver: Driver;
  graph: Graph;
  /** Whether this process started the Neo4j it uses (and stops it on close). */
  local: boolean;
  /** Why Neo4j is not serving, when this process knows (a local Neo4j restarting), else null. */
  trouble(): string | null;
  close(): Promise<void>;
}

/** Probes a watched Neo4j this often, so its loss is logged even while no request arrives. */
const WATCH_INTERVAL_MS = 2_000;

export async function openDatabase(
  config: Config,
  log: Logger,
  { watch = false, joinRunning = false }: { watch?: boolean; joinRunning?: boolean } = {},
): Promise<Database> {
  let local: { uri: string; stop(): Promise<void>; trouble(): string | null } | null = null;
  let uri = config.neo4jUri ?? (joinRunning ? await runningLocalNeo4j(config, log) : null);
  if (uri === null) {
    log.say(`Starting the local Neo4j (data in ${config.local.dataDir})…`);
    const options = { ...config.local, log: (line: string) => log.say(line) };
    const report = (line: string): void => {
      log.say(line);
      log.event('warn', { neo4j: line });
    };
    local = watch
      ? await superviseLocalNeo4j(options, report)
      : { ...(await startLocalNeo4j(options)), trouble: () => null };
    uri = local.uri;
  }
  const driver = createDriver({
    uri,
    username: config.neo4jUsername,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
  });
  let watcher: NodeJS.Timeout | undefined;
  const close = async (): Promise<void> => {
    clearInterval(watcher);
    await driver.close();
    await local?.stop();
  };
  try {
    await waitForNeo4j(driver, uri, config.neo4jDatabase);
    const graph = new Graph(driver, config.neo4jDatabase, { timeoutMs: config.queryTimeoutMs });
    await migrate(graph.withOptions({ timeoutMs: 120_000 }));
    if (watch) watcher = watchAvailability(graph, uri, log);
    return {
      uri,
      driver,
      graph,
      local: local !== null,
      trouble: () => local?.trouble() ?? null,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The local Neo4j that `npm start` already runs on its bolt port, if one answers there: a command
 * line tool then uses it, since a second Neo4j cannot open the same data folder.
 */
async function runningLocalNeo4j(config: Config, log: Logger): Promise<string | null> {
  const port = config.local.boltPort;
  if (port === 0) return null;
  const uri = `bolt://127.0.0.1:${port}`;
  const driver = createDriver({
    uri,
    username: config.neo4jUsername,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
  });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: config.neo4jDatabase });
    log.say(`Using the local Neo4j already running on port ${port}.`);
    return uri;
  } catch {
    return null;
  } finally {
    await driver.close();
  }
}

/** Retries a few times (a remote server may be waking up), then names the URI, never the password. */
async function waitForNeo4j(
  driver: Driver,
  uri: string,
  database: string,
  attempts = 10,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      return;
    } catch (error) {
      if (error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Security')) {
        throw new DatabaseStartError(
          `Neo4j at ${uri} refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD.`,
        );
      }
      if (error instanceof Neo4jError && error.code.includes('DatabaseNotFound')) {
        throw new DatabaseStartError(
          `Neo4j at ${uri} has no database "${database}"; check NEO4J_DATABASE.`,
        );
      }
      if (attempt >= attempts) {
        throw new DatabaseStartError(
          `Neo4j at ${uri} did not answer after ${attempts} attempts (${(error as Error).message.split('\n')[0]}); check NEO4J_URI and that the server is running.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

/** Logs once when Neo4j stops answering, and once when it answers again. */
function watchAvailability(graph: Graph, uri: string, log: Logger): NodeJS.Timeout {
  let up = true;
  let probing = false;
  const timer = setInterval(() => {
    if (probing) return;
    probing = true;
    graph
      .ping(1_000)
      .then(
        () => {
          if (!up) log.event('info', { neo4j: `Neo4j at ${uri} answers again.` });
          up = true;
        },
        (error: unknown) => {
          if (up)
            log.event('error', {
              neo4j: `Neo4j at ${uri} stopped answering; requests answer SERVICE_UNAVAILABLE until it is back.`,
              reason: (error as Error).message,
            });
          up = false;
        },
      )
      .finally(() => (probing = false));
  }, WATCH_INTERVAL_MS);
  timer.unref();
  return timer;
}
