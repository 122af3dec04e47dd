// The Neo4j the synthetic graph lives in: a local one of its own (config.synthetic: data in
// .neo4j/synthetic, Bolt 7688 by default) or SYNTHETIC_NEO4J_URI, never the curated database.
import type { Driver } from 'neo4j-driver';
import type { SyntheticConfig } from '../../src/config.ts';
import { createDriver, Graph, type Neo4jConnection } from '../../src/neo4j/graph.ts';
import { migrate } from '../../src/neo4j/migrations.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';

export interface SyntheticDatabase {
  uri: string;
  /** How to reach it: for drivers of their own (the bench's API and its driver side). */
  connection: Neo4jConnection;
  driver: Driver;
  graph: Graph;
  database: string;
  local: LocalNeo4j | null;
  settings: SyntheticConfig;
  close(): Promise<void>;
}

/** Starts the synthetic Neo4j (or connects to SYNTHETIC_NEO4J_URI) and applies the migrations. */
export async function openSyntheticDatabase(
  settings: SyntheticConfig,
  say: (line: string) => void,
): Promise<SyntheticDatabase> {
  let local: LocalNeo4j | null = null;
  let uri = settings.neo4jUri;
  if (uri === null) {
    say(`Starting the synthetic Neo4j (data in ${settings.dataDir})…`);
    local = await startLocalNeo4j({
      boltPort: settings.boltPort,
      dataDir: settings.dataDir,
      heap: '1g',
      pageCache: '512m',
      log: say,
    });
    uri = local.uri;
  }
  const database = settings.neo4jDatabase;
  const connection = {
    uri,
    username: settings.neo4jUsername,
    password: settings.neo4jPassword,
    database,
  };
  const driver = createDriver(connection);
  const close = async (): Promise<void> => {
    await driver.close();
    await local?.stop();
  };
  try {
    await driver.verifyConnectivity({ database });
    const graph = new Graph(driver, database, { timeoutMs: 600_000 });
    await migrate(graph);
    return { uri, connection, driver, graph, database, local, settings, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * One auto-commit statement, for those that use `CALL { … } IN TRANSACTIONS`: they cannot run in
 * a managed transaction, and as one transaction they would exceed its memory.
 */
export async function runInBatches(db: SyntheticDatabase, cypher: string): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(cypher);
  } finally {
    await session.close();
  }
}

export async function graphCounts(
  db: SyntheticDatabase,
): Promise<{ entities: number; relationships: number }> {
  const [row] = await db.graph.read<{ entities: number; relationships: number }>(
    'RETURN COUNT { MATCH (:Entity) } AS entities, COUNT { MATCH ()-[]->() } AS relationships',
  );
  return row ?? { entities: 0, relationships: 0 };
}
