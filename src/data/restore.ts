// The writes of a restore: nodes and relationships, each batch an UNWIND in a transaction of its
// own, and the deletion of what a failed restore wrote. Labels and types are parameters, used
// through Neo4j 5.26's dynamic labels ($(…)): never Cypher text, and checked against the fixed
// tables of src/backup/format.ts before they get here. One statement for all labels and one for
// all types also means two query plans, not one per label set and type.
import { int, type Graph, type Params } from '../neo4j/graph.ts';

const ANYTHING = 'RETURN EXISTS { MATCH (n) } AS any';
const LABEL_COUNTS = `
MATCH (n) UNWIND CASE WHEN size(labels(n)) = 0 THEN ['(unlabelled)'] ELSE labels(n) END AS label
RETURN label, count(*) AS count`;
const TYPE_COUNTS = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count';

const toCounts = (rows: { key: string; count: number }[]): Record<string, number> =>
  Object.fromEntries(rows.map((r) => [r.key, Number(r.count)]));

/** The nodes the database holds, by label; empty when it holds none. */
export async function labelCounts(graph: Graph): Promise<Record<string, number>> {
  const [row] = await graph.read<{ any: boolean }>(ANYTHING);
  if (!row?.any) return {};
  const rows = await graph.read<{ label: string; count: number }>(LABEL_COUNTS);
  return toCounts(rows.map((r) => ({ key: r.label, count: r.count })));
}

export async function typeCounts(graph: Graph): Promise<Record<string, number>> {
  const rows = await graph.read<{ type: string; count: number }>(TYPE_COUNTS);
  return toCounts(rows.map((r) => ({ key: r.type, count: r.count })));
}

/** Creates nodes with exactly their labels and properties; returns each one's element id. */
export async function createNodes(
  graph: Graph,
  rows: readonly { n: number; labels: readonly string[]; props: Params }[],
): Promise<{ n: number; element: string }[]> {
  return graph.writeOnce(async (run) => {
    const created = await run(
      `UNWIND $rows AS row
       CREATE (x:$(row.labels))
       SET x = row.props
       RETURN row.n AS n, elementId(x) AS element`,
      { rows },
    );
    return created.map((r) => ({ n: Number(r.n), element: String(r.element) }));
  });
}

/** Creates relationships between nodes already created (by element id); returns how many. */
export async function createRelationships(
  graph: Graph,
  rows: readonly { from: string; to: string; type: string; props: Params }[],
): Promise<number> {
  return graph.writeOnce(async (run) => {
    const [row] = await run(
      `UNWIND $rows AS row
       MATCH (a) WHERE elementId(a) = row.from
       MATCH (b) WHERE elementId(b) = row.to
       CREATE (a)-[r:$(row.type)]->(b)
       SET r = row.props
       RETURN count(r) AS created`,
      { rows },
    );
    return Number(row?.created ?? 0);
  });
}

/** Deletes these nodes with their relationships, in batches: what a failed restore wrote. */
export async function deleteNodes(graph: Graph, elements: readonly string[]): Promise<void> {
  for (let i = 0; i < elements.length; i += 5_000)
    await graph.writeTransaction((run) =>
      run('UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id DETACH DELETE n', {
        ids: elements.slice(i, i + 5_000),
      }),
    );
}

/** Waits until the indexes (the full-text ones included) have taken in the restored nodes. */
export async function awaitIndexes(graph: Graph, seconds: number): Promise<void> {
  await graph.read('CALL db.awaitIndexes($seconds)', { seconds: int(seconds) });
}
