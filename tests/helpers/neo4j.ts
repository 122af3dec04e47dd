// Global setup of the integration and e2e tiers: one throwaway Neo4j for the whole run, on a free
// port (never the one `npm start` uses), with the curated data, removed afterwards. Both tiers
// name this file; they run in one process, so the second to start shares the first one's Neo4j.
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

interface Shared {
  started: Promise<{ uri: string; stop(): Promise<void> }>;
  users: number;
}

const KEY = Symbol.for('cixi.testNeo4j');
const registry = globalThis as typeof globalThis & { [KEY]?: Shared };

async function start(): Promise<{ uri: string; stop(): Promise<void> }> {
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
  return {
    uri: neo4j.uri,
    stop: async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[KEY] ??= { started: start(), users: 0 });
  shared.users++;
  const neo4j = await shared.started;
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    if (--shared.users > 0) return;
    delete registry[KEY];
    await neo4j.stop();
  };
}
