// A Neo4j of a test file's own (one it kills, or loads other data into), with the curated data
// loaded as the shared one has it. Small, since it shares two cores with the rest of the run.
import { rmSync } from 'node:fs';
import { loadConfig } from '../../src/config.ts';
import { createApi } from '../../src/http/api.ts';
import { createLogger } from '../../src/log.ts';
import { createDriver, Graph } from '../../src/neo4j/graph.ts';
import { startLocalNeo4j } from '../../src/neo4j/localServer.ts';
import { migrate } from '../../src/neo4j/migrations.ts';
import { CURATED_FILES, loadSeed, readSeedFiles, type LoadSummary } from '../../seed/load.ts';
import { tempDir } from './files.ts';

export const SMALL_NEO4J = { heap: '512m', pageCache: '64m' } as const;

/** Creates the schema and loads the curated data into the empty Neo4j at `uri`. */
export async function seedCurated(uri: string): Promise<LoadSummary> {
  const driver = createDriver({ uri, username: 'neo4j', password: '', database: 'neo4j' });
  try {
    const graph = new Graph(driver, 'neo4j', { timeoutMs: 120_000 });
    await migrate(graph);
    return await loadSeed(graph, await readSeedFiles(CURATED_FILES), {
      documentsDir: loadConfig().sourcesDir,
    });
  } finally {
    await driver.close();
  }
}

/** Has the Neo4j at `uri` plan the common questions, as `npm start` does before it listens. */
export async function warmUp(uri: string): Promise<void> {
  const driver = createDriver({ uri, username: 'neo4j', password: '', database: 'neo4j' });
  try {
    const graph = new Graph(driver, 'neo4j', { timeoutMs: 120_000 });
    const api = await createApi({ config: loadConfig({}), graph, log: createLogger('silent') });
    await api.warmUp();
    await api.stop();
  } finally {
    await driver.close();
  }
}

/**
 * A small Neo4j of the test file's own with the curated data, for tests that write to the graph:
 * files running beside them compare the shared one before and after, and must not see it move.
 */
export async function curatedNeo4jOfItsOwn(
  name: string,
): Promise<{ uri: string; stop(): Promise<void> }> {
  const dataDir = tempDir(name);
  const neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
  await seedCurated(neo4j.uri);
  return {
    uri: neo4j.uri,
    async stop() {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
