import type { Graph } from '../src/neo4j/graph.ts';
import { CURATED_FILES, loadSeed, readSeedFiles } from './load.ts';

/**
 * Loads the curated data set when the database holds no source yet, with the documents found in
 * `documentsDir`; returns what was loaded.
 */
export async function ensureCuratedData(
  graph: Graph,
  documentsDir: string | null,
): Promise<string | null> {
  const [row] = await graph.read<{ sources: number }>(
    'MATCH (s:Source) RETURN count(s) AS sources',
  );
  if ((row?.sources ?? 0) > 0) return null;
  const summary = await loadSeed(graph, await readSeedFiles(CURATED_FILES), { documentsDir });
  return `${summary.entities} entities, ${summary.relationships} relationships, ${summary.indicators} indicators from ${summary.sources} sources (${summary.documents} with their text)`;
}
