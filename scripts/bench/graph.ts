// The graph the bench runs on: whatever complete synthetic graph is there (its marker says which
// scale), or one of the default scale generated first.
import { ensureSyntheticGraph } from '../synthetic/ensure.ts';
import { graphCounts, type SyntheticDatabase } from '../synthetic/database.ts';
import { readMarker } from '../synthetic/marker.ts';
import { DEFAULT_SCALE, DEFAULT_SEED } from '../synthetic/options.ts';
import { say } from '../shared/output.ts';
import { reader } from './reads.ts';

export interface GraphFacts {
  scale: number | null;
  entities: number;
  relationships: number;
  neo4jVersion: string | undefined;
  neo4jEdition: string | undefined;
}

export async function prepareGraph(db: SyntheticDatabase): Promise<GraphFacts> {
  if (!(await readMarker(db)).complete) {
    say('No complete synthetic graph yet: generating it with the default scale.');
    await ensureSyntheticGraph(
      db,
      { scale: DEFAULT_SCALE, seed: DEFAULT_SEED, force: false, cypher: false },
      say,
    );
  }
  const { entities, relationships } = await graphCounts(db);
  const [version] = await reader(db.driver, db.database).rows<{ version: string; edition: string }>(
    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
  );
  const { scale } = await readMarker(db);
  return {
    scale,
    entities,
    relationships,
    neo4jVersion: version?.version,
    neo4jEdition: version?.edition,
  };
}
