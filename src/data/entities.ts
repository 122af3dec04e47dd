// Entities by id, graph totals and source documents.
import { int, type Graph, type Run } from '../neo4j/graph.ts';
import type { Entity, Indicator, Source } from './records.ts';
import { SOURCE, entity, indicator } from './projections.ts';

/**
 * `n`, the entity of `id` (a variable): the id of an entity merged into another
 * (mergeOperations.ts) answers the kept entity. Rows without one are dropped.
 */
export const ENTITY_OF_ID = `
OPTIONAL MATCH (direct:Entity {id: id})
CALL (id, direct) {
  OPTIONAL MATCH (m:MergedEntity {id: id}) WHERE direct IS NULL
  OPTIONAL MATCH (kept:Entity {id: m.into})
  RETURN coalesce(direct, kept) AS n
}
WITH id, n WHERE n IS NOT NULL`;

const ENTITIES_BY_IDS = `
UNWIND $ids AS id${ENTITY_OF_ID}
RETURN id, ${entity('n')} AS entity`;

export async function entitiesByIds(
  graph: Graph,
  ids: readonly string[],
): Promise<Map<string, Entity>> {
  const rows = await graph.read<{ id: string; entity: Entity }>(ENTITIES_BY_IDS, { ids });
  return new Map(rows.map((r) => [r.id, r.entity]));
}

const STATS = `
RETURN COUNT { (n:Entity) } AS entities,
       COUNT { (:Entity)-[]->(:Entity) } AS relationships,
       COUNT { (i:Indicator) } AS indicators,
       COUNT { (s:Source) } AS sources`;

export interface GraphStats {
  entities: number;
  relationships: number;
  indicators: number;
  sources: number;
}

export async function graphStats(graph: Graph): Promise<GraphStats> {
  const [row] = await graph.read<GraphStats>(STATS);
  if (!row) throw new Error('graph statistics returned no row');
  return row;
}

const SOURCE_BY_ID = `MATCH (s:Source {id: $id}) RETURN ${SOURCE('s')} AS source`;

/**
 * One source, read in the caller's transaction: addDocument reads the source it has just written
 * on the write route, where a cluster's read replica may not have it yet.
 */
export async function sourceIn(run: Run, id: string): Promise<Source | null> {
  const [row] = await run(SOURCE_BY_ID, { id });
  return (row?.source as Source | undefined) ?? null;
}

const SOURCES = `
MATCH (s:Source)
RETURN ${SOURCE('s')} AS source
ORDER BY s.id LIMIT 1000`;

export async function allSources(graph: Graph): Promise<Source[]> {
  return (await graph.read<{ source: Source }>(SOURCES)).map((r) => r.source);
}

// Provenance is stored as "sourceId#paragraph", so a prefix test finds what a source supports.
const ENTITIES_OF_SOURCE = `
MATCH (n:Entity)
WHERE any(ref IN n.provenance WHERE ref STARTS WITH $prefix)
RETURN ${entity('n')} AS record
ORDER BY n.name, n.id LIMIT $first`;

const INDICATORS_OF_SOURCE = `
MATCH (i:Indicator)
WHERE any(ref IN i.provenance WHERE ref STARTS WITH $prefix)
WITH i ORDER BY i.topic, i.id LIMIT $first
RETURN ${indicator('i')} AS record`;

async function ofSource<T>(
  graph: Graph,
  statement: string,
  sourceId: string,
  first: number,
): Promise<T[]> {
  const rows = await graph.read<{ record: T }>(statement, {
    prefix: `${sourceId}#`,
    first: int(first),
  });
  return rows.map((r) => r.record);
}

export const entitiesOfSource = (graph: Graph, sourceId: string, first: number) =>
  ofSource<Entity>(graph, ENTITIES_OF_SOURCE, sourceId, first);

export const indicatorsOfSource = (graph: Graph, sourceId: string, first: number) =>
  ofSource<Indicator>(graph, INDICATORS_OF_SOURCE, sourceId, first);
