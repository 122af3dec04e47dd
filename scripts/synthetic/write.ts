// Writing the generated graph into the synthetic database: entities by kind and relationships by
// type, in batches small enough for one transaction each (degrees come with the entity rows).
// Used for an external SYNTHETIC_NEO4J_URI, where neo4j-admin import cannot reach the store.
import { KIND_LABEL } from '../../src/data/vocabulary.ts';
import { fmt, secondsSince } from '../shared/output.ts';
import { runInBatches, type SyntheticDatabase } from './database.ts';
import type { GeneratedGraph } from './generate.ts';
import { entityRows, relationshipBatches } from './rows.ts';

const BATCH = 10_000;

type Say = (line: string) => void;

/** Counts rows written and says so about every tenth of the total, and at the end. */
function progress(label: string, total: number, say: Say): (written: number) => void {
  const started = performance.now();
  let written = 0;
  let reported = 0;
  return (count) => {
    written += count;
    if (written - reported >= total / 10 || written === total) {
      reported = written;
      say(`  ${label} ${fmt(written)} / ${fmt(total)} (${secondsSince(started)} s)`);
    }
  };
}

function* batchesOf<T>(rows: Iterable<T>): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Writes the entities; returns the seconds it took, as printed. */
export async function writeEntities(
  db: SyntheticDatabase,
  g: GeneratedGraph,
  say: Say,
): Promise<string> {
  const started = performance.now();
  const wrote = progress('entities', g.nodeCount, say);
  for (const r of g.kinds) {
    const cypher = `UNWIND $rows AS row CREATE (n:Entity:${KIND_LABEL[r.kind]}) SET n = row`;
    for (const batch of batchesOf(entityRows(g, r))) {
      await db.graph.writeTransaction((run) => run(cypher, { rows: batch }));
      wrote(batch.length);
    }
  }
  return secondsSince(started);
}

/** Writes the relationships (after the entities they join); returns the seconds, as printed. */
export async function writeRelationships(
  db: SyntheticDatabase,
  g: GeneratedGraph,
  say: Say,
): Promise<string> {
  const started = performance.now();
  const wrote = progress('relationships', g.relationshipCount, say);
  for (const { type, rows } of relationshipBatches(g, BATCH)) {
    const cypher = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;
    await db.graph.writeTransaction((run) => run(cypher, { rows }));
    wrote(rows.length);
  }
  return secondsSince(started);
}

export async function wipe(db: SyntheticDatabase, say: Say): Promise<void> {
  say('Removing the previous synthetic graph…');
  await runInBatches(db, 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS');
  await runInBatches(db, 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
}
