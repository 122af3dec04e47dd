// The Neo4j the synthetic graph lives in: a local one of its own (config.synthetic: data in
// .neo4j/synthetic, Bolt 7688 by default) or SYNTHETIC_NEO4J_URI, never the curated database.
import type { Driver } from 'neo4j-driver';
import type { SyntheticConfig } from '../../src/config.ts';
import { createDriver, Graph, type Neo4jConnection } from '../../src/neo4j/graph.ts';
import { migrate } from '../../src/neo4j/migrations.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { discardInterruptedImport } from './interruptedImport.ts';
import { neo4jMemory } from './memory.ts';

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
  /**
   * Local only: stops Neo4j, runs `offline` (neo4j-admin import, which needs the store free), and
   * starts it again with a new driver and the migrations, also when `offline` failed.
   */
  whileStopped(offline: () => Promise<void>): Promise<void>;
}

/** Starts the synthetic Neo4j (or connects to SYNTHETIC_NEO4J_URI) and applies the migrations. */
export async function openSyntheticDatabase(
  settings: SyntheticConfig,
  say: (line: string) => void,
): Promise<SyntheticDatabase> {
  // Sized at every start from the store on disk: the start after an import sees the new graph.
  const startLocal = (): Promise<LocalNeo4j> => {
    const memory = neo4jMemory(settings.dataDir);
    say(
      `Starting the synthetic Neo4j (data in ${settings.dataDir}, heap ${memory.heap}, page cache ${memory.pageCache})…`,
    );
    return startLocalNeo4j({
      boltPort: settings.boltPort,
      dataDir: settings.dataDir,
      heap: memory.heap,
      pageCache: memory.pageCache,
      log: say,
    });
  };
  if (
    settings.neo4jUri === null &&
    discardInterruptedImport(settings.dataDir, settings.neo4jDatabase)
  ) {
    say('Found an interrupted import: removed its partial store, to be generated again.');
  }
  const local = settings.neo4jUri === null ? await startLocal() : null;
  const uri = local?.uri ?? settings.neo4jUri ?? '';
  const database = settings.neo4jDatabase;
  const connection = {
    uri,
    username: settings.neo4jUsername,
    password: settings.neo4jPassword,
    database,
  };
  const connect = async (to: Neo4jConnection): Promise<{ driver: Driver; graph: Graph }> => {
    const driver = createDriver(to);
    try {
      await driver.verifyConnectivity({ database });
      const graph = new Graph(driver, database, { timeoutMs: 600_000 });
      // Index population on a fresh import of a million entities takes minutes, not the default 2.
      await migrate(graph, { awaitSeconds: 1800 });
      return { driver, graph };
    } catch (error) {
      await driver.close();
      throw error;
    }
  };
  let connected: { driver: Driver; graph: Graph };
  try {
    connected = await connect(connection);
  } catch (error) {
    await local?.stop();
    throw error;
  }
  const db: SyntheticDatabase = {
    uri,
    connection,
    ...connected,
    database,
    local,
    settings,
    close: async () => {
      await db.driver.close();
      await db.local?.stop();
    },
    whileStopped: async (offline) => {
      if (db.local === null) throw new Error('only a local synthetic Neo4j can be stopped');
      await db.driver.close();
      await db.local.stop();
      db.local = null;
      try {
        await offline();
      } finally {
        db.local = await startLocal();
        // With Bolt port 0 (tests) the new Neo4j listens elsewhere.
        db.uri = db.local.uri;
        db.connection = { ...db.connection, uri: db.uri };
        Object.assign(db, await connect(db.connection));
      }
    },
  };
  return db;
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
