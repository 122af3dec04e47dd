// Opens the database the configuration names: the user's Neo4j when NEO4J_URI is set, otherwise
// the project's local one, started here. Then waits for it (bounded) and applies migrations.
import { Neo4jError, type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { Graph, createDriver } from './graph.ts';
import { startLocalNeo4j, type LocalNeo4j } from './localServer.ts';
import { migrate } from './migrations.ts';

export class DatabaseStartError extends Error {}

export interface Database {
  uri: string;
  driver: Driver;
  graph: Graph;
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let local: LocalNeo4j | null = null;
  let uri = config.neo4jUri;
  if (uri === null) {
    log.say(`Starting the local Neo4j (data in ${config.local.dataDir})…`);
    local = await startLocalNeo4j({ ...config.local, log: (line) => log.say(line) });
    uri = local.uri;
  }
  const driver = createDriver({
    uri,
    username: config.neo4jUsername,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
  });
  const close = async (): Promise<void> => {
    await driver.close();
    await local?.stop();
  };
  try {
    await waitForNeo4j(driver, uri, config.neo4jDatabase);
    const graph = new Graph(driver, config.neo4jDatabase, { timeoutMs: config.queryTimeoutMs });
    await migrate(graph.withOptions({ timeoutMs: 120_000 }));
    return { uri, driver, graph, local, close };
  } catch (error) {
    await close();
    throw error;
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
