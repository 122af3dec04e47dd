import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/neo4j/localServer.ts';
import { createDriver, Graph } from '../../src/neo4j/graph.ts';
import { migrate } from '../../src/neo4j/migrations.ts';
import { CURATED_FILES, loadSeed, readSeedFiles } from '../../seed/load.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** Starts a throwaway Neo4j on a free port, loads the curated data, and removes it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cixi-test-neo4j-'));
  const neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, heap: '768m', pageCache: '128m' });
  const driver = createDriver({
    uri: neo4j.uri,
    username: 'neo4j',
    password: '',
    database: 'neo4j',
  });
  try {
    const graph = new Graph(driver, 'neo4j', { timeoutMs: 120_000 });
    await migrate(graph);
    await loadSeed(graph, await readSeedFiles(CURATED_FILES));
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
