// The shared test Neo4j (neo4j.ts) as the loader tests read it: a Graph on it, and what it held
// before the file's first test, so each test can prove it left the curated data exactly as it was.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { Graph } from '../../src/neo4j/graph.ts';
import { testDriver } from './api.ts';
import { snapshot, type Snapshot } from './graphSnapshot.ts';
import { CURATED_SOURCE, removeSeedFiles } from './seedFiles.ts';

export interface SharedGraph {
  graph: Graph;
  /** The whole database before the file's first test. */
  before: Snapshot;
  /** The curated source's paragraph count, as the database holds it. */
  paragraphs: number;
}

/** Opens the Graph before the file's tests; closes it, and removes the seed files written, after. */
export function sharedGraph(): SharedGraph {
  let driver: Driver | undefined;
  // Filled in by beforeAll, before any test reads it.
  const shared = {} as SharedGraph;
  beforeAll(async () => {
    driver = testDriver();
    shared.graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
    shared.before = await snapshot(shared.graph);
    const [row] = await shared.graph.read<{ count: number }>(
      'MATCH (s:Source {id: $id}) RETURN s.paragraphCount AS count',
      { id: CURATED_SOURCE },
    );
    shared.paragraphs = row?.count ?? 0;
  });
  afterAll(async () => {
    await driver?.close();
    removeSeedFiles();
  });
  return shared;
}
