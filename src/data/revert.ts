// Reverting an applied change: the before-image of every fact it wrote, kept on the Change when
// it was applied (changeOperations.ts), put back in one write transaction on the write route.
// An entity it added is deleted, a relationship it retracted comes back with the properties it
// had, and the others get their old properties again (with where they came from: changedBy).
// A revert is itself a new version of each entity it puts back. When anything has written one of
// those facts since, the revert answers CONFLICT naming it and writes nothing (revertChecks.ts).
import { relationshipKey } from '../../seed/validate.ts';
import { updateDegrees } from '../../seed/write.ts';
import { CHANGE, REVERT } from '../errors/index.ts';
import type { Graph, Row, Run } from '../neo4j/graph.ts';
import { asStored } from './mergeOperations.ts';
import type { Operation, RelationshipKey } from './changeOperations.ts';
import { CHANGE_MAP, changeOf, type ChangeRecord } from './changeRecords.ts';
import { typeExpression } from './cypher.ts';
import { relinkEntities } from './documentStore.ts';
import type { IndicatorImage } from './indicatorOperations.ts';
import type { MergeImage } from './mergeOperations.ts';
import { restoreMerges } from './mergeRevert.ts';
import { refuseLaterWrites, restoreIndicators, type RevertPlan } from './revertChecks.ts';
import { KIND_LABEL, type EntityKind } from './vocabulary.ts';

type Props = Record<string, unknown>;
/** One entry of Change.before: an entity's or a relationship's properties, null if it was new. */
type Image =
  | { entity: string; props: Props | null }
  | { relationship: string; props: Props | null }
  | IndicatorImage
  | MergeImage;

/** Which of the change's facts get which before-image, by what the operation did. */
function planOf(operations: readonly Operation[], images: readonly Image[]): RevertPlan {
  const props = new Map(
    images.flatMap((i) =>
      'entity' in i
        ? [[i.entity, i.props] as const]
        : 'relationship' in i
          ? [[i.relationship, i.props] as const]
          : [],
    ),
  );
  const relationship = (record: RelationshipKey) => {
    const key = relationshipKey(record);
    const { type, from, to } = record;
    return { key, type, from, to, props: props.get(key) ?? null };
  };
  const plan: RevertPlan = {
    entities: [],
    upserts: [],
    retracts: [],
    indicators: images.filter((i): i is IndicatorImage => 'indicator' in i),
    merges: images.filter((i): i is MergeImage => 'merged' in i),
  };
  for (const op of operations) {
    if (op.kind === 'ENTITY')
      plan.entities.push({ id: op.record.id, props: props.get(op.record.id) ?? null });
    else if (op.kind === 'ALIAS')
      plan.entities.push({ id: op.record.entity, props: props.get(op.record.entity) ?? null });
    else if (op.kind === 'RELATIONSHIP') plan.upserts.push(relationship(op.record));
    else if (op.kind === 'RETRACT') plan.retracts.push(relationship(op.record));
  }
  return plan;
}

// The before-image came back through JSON, where Neo4j's integers (year, since, version, degree)
// became numbers: asStored writes every whole number as an integer again.

const pattern = (type: RelationshipKey['type']): string =>
  `(a:Entity {id: $from})-[r:${typeExpression([type])}]->(b:Entity {id: $to})`;

/** Puts back every before-image of the plan; the checks have passed. */
async function restore(run: Run, id: string, plan: RevertPlan): Promise<void> {
  await restoreMerges(run, plan.merges);
  await restoreIndicators(run, plan.indicators);
  for (const r of plan.upserts)
    await run(
      r.props ? `MATCH ${pattern(r.type)} SET r = $props` : `MATCH ${pattern(r.type)} DELETE r`,
      { from: r.from, to: r.to, props: r.props && asStored(r.props) },
    );
  for (const e of plan.entities) {
    if (!e.props) {
      // The checks found no link of it but the change's own, which went above; its mentions in
      // stored documents are derived from its names and go with it.
      await run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: e.id });
      continue;
    }
    // The kind may have changed: the label follows it, from the fixed table.
    const label = KIND_LABEL[e.props.kind as EntityKind];
    if (!label) throw new Error(`before-image of ${e.id} has no known kind`);
    const others = Object.values(KIND_LABEL).filter((l) => l !== label);
    await run(
      `MATCH (n:Entity {id: $id})
       WITH n, coalesce(n.version, 0) + 1 AS version
       SET n = $props, n.version = version, n:${label}
       REMOVE n:${others.join(':')}`,
      { id: e.id, props: asStored(e.props) },
    );
  }
  for (const r of plan.retracts) {
    const [made] = await run(
      `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
       CREATE (a)-[r:${typeExpression([r.type])}]->(b) SET r = $props RETURN r.id AS id`,
      { from: r.from, to: r.to, props: asStored(r.props ?? {}) },
    );
    // Its ends were checked when it was retracted; one gone since undoes the whole revert.
    if (!made) throw REVERT.gone(id, r.key);
  }
  await updateDegrees(run, [
    ...plan.entities.map((e) => e.id),
    ...[...plan.upserts, ...plan.retracts].flatMap((r) => [r.from, r.to]),
  ]);
  // Names and aliases put back change what the documents mention, as the change itself did.
  await relinkEntities(
    run,
    plan.entities.filter((e) => e.props).map((e) => e.id),
  );
}

/**
 * Reverts an applied change (reviewer or above): in one transaction, the Change is locked, its
 * status checked, every fact it wrote checked for later writes, and the before-images put back.
 */
export async function revertChange(
  graph: Graph,
  id: string,
  reviewer: string,
  reason: string,
): Promise<ChangeRecord> {
  return graph.writeTransaction(async (run) => {
    // Writing to the Change takes its lock, so two reverts of it cannot both pass the check.
    const [locked] = await run(
      `MATCH (c:Change {id: $id}) SET c.lockedAt = datetime()
       RETURN c.status AS status, c.reviewer AS reviewer, c.revertedBy AS revertedBy,
         c.operations AS operations, c.before AS before`,
      { id },
    );
    if (!locked) throw CHANGE.notFound(id);
    if (locked.status !== 'APPLIED')
      throw REVERT.notApplied(
        id,
        String(locked.status),
        (locked.revertedBy as string | null) ?? null,
      );
    const plan = planOf(
      JSON.parse(String(locked.operations)) as Operation[],
      JSON.parse(String(locked.before ?? '[]')) as Image[],
    );
    await refuseLaterWrites(run, id, plan);
    await restore(run, id, plan);
    const [row] = await run(
      `MATCH (c:Change {id: $id})
       SET c.status = 'REVERTED', c.revertedBy = $reviewer, c.revertedAt = datetime(),
           c.revertReason = $reason
       REMOVE c.lockedAt
       CREATE (:AuditEvent {at: datetime(), actor: $reviewer, action: 'change.revert', target: $id})
       RETURN ${CHANGE_MAP('c')} AS change`,
      { id, reviewer, reason },
    );
    if (!row) throw new Error('the locked change is gone');
    return changeOf(row.change as Row);
  });
}
