// The writes of a load, every statement an UNWIND of at most BATCH_ROWS rows, all in the load's
// one transaction: MERGE on ids, so loading the same files twice changes nothing.
import neo4j from 'neo4j-driver';
import { KIND_LABEL, RELATIONSHIP_TYPE_NAMES } from '../src/data/vocabulary.ts';
import { batches, type Run } from './existing.ts';
import { BATCH_BYTES, BATCH_ROWS } from './limits.ts';
import {
  storedEntity,
  storedIndicator,
  storedRelationship,
  storedSource,
  type Row,
} from './stored.ts';
import type { SeedData } from './validate.ts';

const MERGE_SOURCES = 'UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s += row';

// An entity has exactly the label of its kind: a kind replaced (--replace) loses the old label.
// A new one starts with degree 0; the load's relationships update the degrees of their ends.
const mergeEntities = (label: string): string => {
  const others = Object.values(KIND_LABEL).filter((l) => l !== label);
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.degree = 0
SET n:${label}, n += row
REMOVE n:${others.join(':')}`;
};

const mergeRelationships = (type: string): string => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r += row.props`;

// An indicator's scope is a list of ABOUT links, replaced as a whole so a reload keeps it exact.
const MERGE_INDICATORS = `
UNWIND $rows AS row
MERGE (i:Indicator {id: row.id})
SET i += row.props
WITH i, row
CALL (i) { MATCH (i)-[old:ABOUT]->() DELETE old }
WITH i, row
UNWIND range(0, size(row.scope) - 1) AS k
MATCH (e:Entity {id: row.scope[k]})
MERGE (i)-[about:ABOUT]->(e)
SET about.position = k`;

// Lists order by how connected an entity is; keeping it stored lets that order use an index. Only
// the ends of the load's relationships can have a new degree once its entities are written.
const UPDATE_DEGREES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.degree = COUNT { (n)--(:Entity) }`;

/** Years and counts as Neo4j integers: JavaScript numbers would reach Neo4j as floats. */
const integers = (row: Row, fields: readonly string[]): Row => {
  const out = { ...row };
  for (const f of fields) if (typeof out[f] === 'number') out[f] = neo4j.int(out[f] as number);
  return out;
};

/** Sends `rows` in statements of at most BATCH_ROWS rows and about BATCH_BYTES of JSON. */
async function inBatches(run: Run, cypher: string, rows: readonly unknown[]): Promise<void> {
  let batch: unknown[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = JSON.stringify(row).length;
    if (batch.length && (batch.length >= BATCH_ROWS || bytes + size > BATCH_BYTES)) {
      await run(cypher, { rows: batch });
      batch = [];
      bytes = 0;
    }
    batch.push(row);
    bytes += size;
  }
  if (batch.length) await run(cypher, { rows: batch });
}

export async function writeSeed(run: Run, data: SeedData): Promise<void> {
  const sources = data.sources.map((s) => integers(storedSource(s), ['paragraphCount']));
  await inBatches(run, MERGE_SOURCES, sources);
  for (const [kind, label] of Object.entries(KIND_LABEL)) {
    const rows = data.entities
      .filter((e) => e.kind === kind)
      .map((e) => integers(storedEntity(e), ['year']));
    await inBatches(run, mergeEntities(label), rows);
  }
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const rows = data.relationships
      .filter((r) => r.type === type)
      .map((r) => ({ from: r.from, to: r.to, props: integers(storedRelationship(r), ['since']) }));
    await inBatches(run, mergeRelationships(type), rows);
  }
  const indicators = data.indicators.map((i) => ({
    id: i.id,
    scope: i.scope,
    props: storedIndicator(i),
  }));
  await inBatches(run, MERGE_INDICATORS, indicators);

  await updateDegrees(
    run,
    data.relationships.flatMap((r) => [r.from, r.to]),
  );
}

/** Recounts the links of these entities (relationships written or removed). */
export async function updateDegrees(run: Run, ids: readonly string[]): Promise<void> {
  for (const batch of batches([...new Set(ids)].sort())) await run(UPDATE_DEGREES, { ids: batch });
}
