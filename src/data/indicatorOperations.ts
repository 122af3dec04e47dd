// Adding or updating an indicator: the loader checks and writes the record (its scope, its cited
// paragraphs); here, its version. An update names the version it edits, and a stale one answers
// CONFLICT with the current version and value, so no figure is overwritten unseen.
import { CHANGE_OPS } from '../errors/index.ts';
import type { Run } from '../neo4j/graph.ts';
import type { Operation } from './operationKinds.ts';

type IndicatorOp = Extract<Operation, { kind: 'INDICATOR' }>;

/** An indicator's before-image: its properties and scope (null props: the change adds it). */
export interface IndicatorImage {
  indicator: string;
  props: Record<string, unknown> | null;
  scope: string[];
}

const INDICATORS_NOW = `
UNWIND $ids AS id
OPTIONAL MATCH (i:Indicator {id: id})
RETURN id, i IS NOT NULL AS exists, coalesce(i.version, 0) AS version, properties(i) AS props,
  CASE WHEN i IS NULL THEN [] ELSE
    COLLECT { MATCH (i)-[a:ABOUT]->(e:Entity) WITH a, e ORDER BY a.position RETURN e.id } END AS scope`;

const indicatorOps = (operations: readonly Operation[]): IndicatorOp[] =>
  operations.filter((op): op is IndicatorOp => op.kind === 'INDICATOR');

/** Checks each indicator operation's version against the graph; returns the before-images. */
export async function indicatorImages(
  run: Run,
  operations: readonly Operation[],
): Promise<IndicatorImage[]> {
  const ops = indicatorOps(operations);
  if (!ops.length) return [];
  const now = new Map(
    (await run(INDICATORS_NOW, { ids: ops.map((op) => op.record.id) })).map((r) => [
      String(r.id),
      r,
    ]),
  );
  return ops.map(({ record }) => {
    const current = now.get(record.id);
    const edited = record.version ?? null;
    const props = (current?.props ?? null) as Record<string, unknown> | null;
    if (current?.exists) {
      const version = Number(current.version);
      if (edited === null) throw CHANGE_OPS.indicatorExists(record.id, version, props?.value);
      if (edited !== version)
        throw CHANGE_OPS.staleIndicator(record.id, edited, version, props?.value, props?.display);
    } else if (edited !== null) throw CHANGE_OPS.noSuchIndicator(record.id);
    return {
      indicator: record.id,
      props: current?.exists ? props : null,
      scope: (current?.scope as string[] | undefined) ?? [],
    };
  });
}

/**
 * After the loader wrote them: each indicator's version goes up by one and it names the change,
 * read under the write lock, so a change applied at the same moment is seen and refused.
 */
export async function stampIndicators(
  run: Run,
  operations: readonly Operation[],
  changeId: string,
): Promise<void> {
  const ops = indicatorOps(operations);
  if (!ops.length) return;
  const rows = await run(
    `UNWIND $ids AS id MATCH (i:Indicator {id: id})
     SET i.version = coalesce(i.version, 0) + 1, i.changedBy = $changeId,
         i.knowledgeChange = CASE WHEN i.knowledge IS NULL THEN null ELSE $changeId END
     RETURN id, i.version AS version, i.value AS value, i.display AS display`,
    { ids: ops.map((op) => op.record.id), changeId },
  );
  for (const { record } of ops) {
    const row = rows.find((r) => r.id === record.id);
    const found = Number(row?.version ?? 1) - 1;
    const edited = record.version ?? null;
    if (found !== (edited ?? 0))
      throw edited === null
        ? CHANGE_OPS.indicatorExists(record.id, found, row?.value)
        : CHANGE_OPS.staleIndicator(record.id, edited, found, row?.value, row?.display);
  }
}
