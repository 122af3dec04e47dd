// Global setup of the integration and e2e tiers: one throwaway Neo4j for the whole run, on a free
// port (never the one `npm start` uses), with the curated data, removed afterwards. Both tiers
// name this file; they run in one process, so the second to start shares the first one's Neo4j.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/neo4j/localServer.ts';
import { tempDir } from './files.ts';
import { seedCurated, warmUp } from './ownNeo4j.ts';

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
  const dataDir = tempDir('test-neo4j');
  const neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, heap: '768m', pageCache: '128m' });
  await seedCurated(neo4j.uri);
  await warmUp(neo4j.uri);
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
