// What each operation of a change checks against the graph as it is, and writes when the change
// is accepted: versions, the relationships to retract, and the loader's own checks and writer,
// keeping the before-image of every record it touches.
import { checkAgainstDatabase, writeChecked } from '../../seed/load.ts';
import { relationshipKey, SeedError, type SeedData } from '../../seed/validate.ts';
import { updateDegrees } from '../../seed/write.ts';
import { CHANGE } from '../errors/index.ts';
import type { Run } from '../neo4j/graph.ts';
import { typeExpression } from './cypher.ts';
import type { RelationshipType } from './vocabulary.ts';

/** One relationship type as a pattern's type, from the fixed table (never the caller's text). */
const relationshipType = (type: RelationshipType): string => typeExpression([type]);

/** One operation as proposed: the record in the loader's file format, or a relationship's key. */
export type Operation =
  | { kind: 'ENTITY'; record: Record<string, unknown> & { id: string; version?: number | null } }
  | {
      kind: 'RELATIONSHIP';
      record: Record<string, unknown> & RelationshipKey;
    }
  | { kind: 'RETRACT'; record: RelationshipKey };

export type RelationshipKey = {
  type: RelationshipType;
  from: string;
  to: string;
};

const ENTITY_NOW = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS exists, coalesce(n.version, 0) AS version, properties(n) AS props`;

/**
 * The checks every operation must pass against the database now: versions, relationships to
 * retract, and the loader's own (references, clashes). With `write`, writes them and returns the
 * before-image of each record touched.
 */
export async function checkOperations(
  run: Run,
  operations: readonly Operation[],
  data: SeedData,
  changeId: string,
  { write }: { write: boolean },
): Promise<unknown[]> {
  const before: unknown[] = [];
  const entityOps = operations.filter((op) => op.kind === 'ENTITY');
  const now = new Map(
    (await run(ENTITY_NOW, { ids: entityOps.map((op) => op.record.id) })).map((r) => [
      String(r.id),
      r,
    ]),
  );
  for (const op of entityOps) {
    const current = now.get(op.record.id);
    const edited = op.record.version ?? null;
    if (current?.exists) {
      if (edited === null) throw CHANGE.exists(op.record.id, Number(current.version));
      if (edited !== Number(current.version))
        throw CHANGE.staleVersion(op.record.id, edited, Number(current.version));
    } else if (edited !== null) throw CHANGE.noSuchEntity(op.record.id);
    before.push({ entity: op.record.id, props: current?.exists ? current.props : null });
  }
  const retracts = operations.filter((op) => op.kind === 'RETRACT');
  for (const { record } of retracts) {
    const [found] = await run(
      `MATCH (:Entity {id: $from})-[r:${relationshipType(record.type)}]->(:Entity {id: $to})
       RETURN properties(r) AS props`,
      record,
    );
    if (!found) throw CHANGE.noSuchRelationship(relationshipKey(record));
    before.push({ relationship: relationshipKey(record), props: found.props });
  }
  const relationshipOps = operations.filter((op) => op.kind === 'RELATIONSHIP');
  for (const { record } of relationshipOps) {
    const [found] = await run(
      `OPTIONAL MATCH (:Entity {id: $from})-[r:${relationshipType(record.type)}]->(:Entity {id: $to})
       RETURN properties(r) AS props`,
      record,
    );
    before.push({ relationship: relationshipKey(record), props: found?.props ?? null });
  }
  try {
    if (!write) {
      await checkAgainstDatabase(run, data, changeId, { replace: true });
      return before;
    }
    await writeChecked(run, data, changeId, { replace: true });
  } catch (error) {
    if (error instanceof SeedError) throw CHANGE.refused(error.problems);
    throw error;
  }
  for (const { record } of retracts)
    await run(
      `MATCH (:Entity {id: $from})-[r:${relationshipType(record.type)}]->(:Entity {id: $to}) DELETE r`,
      record,
    );
  await updateDegrees(
    run,
    retracts.flatMap(({ record }) => [record.from, record.to]),
  );
  await run(
    `UNWIND $ids AS id MATCH (n:Entity {id: id})
     SET n.version = coalesce(n.version, 0) + 1, n.changedBy = $changeId`,
    { ids: entityOps.map((op) => op.record.id), changeId },
  );
  for (const { record } of relationshipOps)
    await run(
      `MATCH (:Entity {id: $from})-[r:${relationshipType(record.type)}]->(:Entity {id: $to})
       SET r.changedBy = $changeId`,
      { ...record, changeId },
    );
  return before;
}
