// What a revert checks before it writes anything: that every fact the change wrote is still as
// the change left it. Each write stamps the fact with the change that made it (changedBy), so a
// fact stamped with another change, or missing when the change left it in place, or back when
// the change retracted it, was written since: the revert answers CONFLICT naming that write.
import { REVERT } from '../errors/index.ts';
import type { Run } from '../neo4j/graph.ts';
import type { RelationshipKey } from './changeOperations.ts';
import { typeExpression } from './cypher.ts';
import type { IndicatorImage } from './indicatorOperations.ts';
import { asStored, type MergeImage } from './mergeOperations.ts';
import { refuseLaterMergeWrites } from './mergeRevert.ts';

type Props = Record<string, unknown>;

export interface PlannedRelationship extends RelationshipKey {
  key: string;
  props: Props | null;
}

/** A change's facts with their before-images, by what the change did to them. */
export interface RevertPlan {
  entities: { id: string; props: Props | null }[];
  /** Relationships it added (props null) or updated. */
  upserts: PlannedRelationship[];
  retracts: PlannedRelationship[];
  indicators: IndicatorImage[];
  merges: MergeImage[];
}

const ENTITIES_NOW = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS exists, n.changedBy AS changedBy`;

// A link of an entity the revert would delete that the change did not make. MENTIONS are derived
// from its names (documents), not stated facts, so they go with it; an indicator's ABOUT link is
// part of the indicator, so one the change wrote goes back with that indicator (put back first).
const FOREIGN_LINK = `
MATCH (n:Entity {id: $id})-[r]-(m)
WHERE type(r) <> 'MENTIONS' AND coalesce(r.changedBy, '') <> $change
  AND NOT (type(r) = 'ABOUT' AND coalesce(m.changedBy, '') = $change)
RETURN coalesce(r.id, type(r) + ' ' + coalesce(m.id, '')) AS link, r.changedBy AS changedBy
LIMIT 1`;

// The latest applied change but this one that wrote the fact: who retracted it, when it is gone.
const LATEST_OTHER = `
MATCH (t:FactChange {fact: $fact}) WHERE t.change <> $change
MATCH (c:Change {id: t.change}) WHERE c.status = 'APPLIED'
RETURN c.id AS id ORDER BY t.at DESC LIMIT 1`;

async function latestOther(run: Run, change: string, fact: string): Promise<string | null> {
  const [row] = await run(LATEST_OTHER, { fact, change });
  return (row?.id as string | undefined) ?? null;
}

async function relationshipNow(
  run: Run,
  r: PlannedRelationship,
): Promise<{ exists: boolean; changedBy: string | null }> {
  const [row] = await run(
    `OPTIONAL MATCH (:Entity {id: $from})-[r:${typeExpression([r.type])}]->(:Entity {id: $to})
     RETURN r IS NOT NULL AS exists, r.changedBy AS changedBy`,
    { from: r.from, to: r.to },
  );
  return { exists: Boolean(row?.exists), changedBy: (row?.changedBy as string | null) ?? null };
}

/** Throws CONFLICT, naming the later write, when any fact of the plan was written since. */
export async function refuseLaterWrites(run: Run, change: string, plan: RevertPlan): Promise<void> {
  /** A fact that should still carry the change's stamp. */
  const stillOurs = async (fact: string, now: { exists: boolean; changedBy: string | null }) => {
    if (now.exists && now.changedBy === change) return;
    if (now.exists) throw REVERT.laterWrite(change, fact, now.changedBy);
    const by = await latestOther(run, change, fact);
    throw by ? REVERT.laterWrite(change, fact, by) : REVERT.gone(change, fact);
  };
  const entities = await run(ENTITIES_NOW, { ids: plan.entities.map((e) => e.id) });
  for (const row of entities)
    await stillOurs(String(row.id), {
      exists: Boolean(row.exists),
      changedBy: (row.changedBy as string | null) ?? null,
    });
  for (const r of plan.upserts) await stillOurs(r.key, await relationshipNow(run, r));
  for (const i of plan.indicators) {
    const [row] = await run(
      'OPTIONAL MATCH (i:Indicator {id: $id}) RETURN i IS NOT NULL AS exists, i.changedBy AS changedBy',
      { id: i.indicator },
    );
    await stillOurs(i.indicator, {
      exists: Boolean(row?.exists),
      changedBy: (row?.changedBy as string | null) ?? null,
    });
  }
  await refuseLaterMergeWrites(run, change, plan.merges);
  for (const r of plan.retracts) {
    const now = await relationshipNow(run, r);
    if (now.exists) throw REVERT.laterWrite(change, r.key, now.changedBy);
  }
  for (const e of plan.entities.filter((x) => !x.props)) {
    const [foreign] = await run(FOREIGN_LINK, { id: e.id, change });
    if (foreign)
      throw REVERT.linkedSince(
        change,
        e.id,
        String(foreign.link),
        (foreign.changedBy as string | null) ?? null,
      );
  }
}

/** Puts each indicator back as it was, with its scope, or deletes one the change added. */
export async function restoreIndicators(
  run: Run,
  images: readonly IndicatorImage[],
): Promise<void> {
  for (const i of images) {
    if (!i.props) {
      await run('MATCH (i:Indicator {id: $id}) DETACH DELETE i', { id: i.indicator });
      continue;
    }
    await run(
      `MATCH (i:Indicator {id: $id})
       WITH i, coalesce(i.version, 0) + 1 AS version
       SET i = $props, i.version = version
       WITH i CALL (i) { MATCH (i)-[old:ABOUT]->() DELETE old }
       WITH i UNWIND range(0, size($scope) - 1) AS k
       MATCH (e:Entity {id: $scope[k]}) CREATE (i)-[:ABOUT {position: k}]->(e)`,
      { id: i.indicator, props: asStored(i.props, ['value']), scope: i.scope },
    );
  }
}
