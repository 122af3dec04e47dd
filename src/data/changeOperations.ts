// What each operation of a change checks against the graph as it is, and writes when the change
// is accepted: versions, the relationships to retract, and the loader's own checks and writer,
// keeping the before-image of every record it touches.
import { checkAgainstDatabase, writeChecked } from '../../seed/load.ts';
import { relationshipKey, SeedError, type SeedData } from '../../seed/validate.ts';
import { updateDegrees } from '../../seed/write.ts';
import { CHANGE } from '../errors/index.ts';
import type { Row, Run } from '../neo4j/graph.ts';
import { typeExpression } from './cypher.ts';
import { indicatorImages, stampIndicators } from './indicatorOperations.ts';
import { applyMerges, checkMerges } from './mergeOperations.ts';
import type { Operation, RelationshipKey } from './operationKinds.ts';
import type { RelationshipType } from './vocabulary.ts';

/** One relationship type as a pattern's type, from the fixed table (never the caller's text). */
const relationshipType = (type: RelationshipType): string => typeExpression([type]);

export type { Operation, RelationshipKey } from './operationKinds.ts';

const ENTITY_NOW = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS exists, coalesce(n.version, 0) AS version, properties(n) AS props`;

/**
 * The checks every operation must pass against the database now: versions, relationships to
 * retract, and the loader's own (references, clashes). Returns the before-image of each record
 * touched; with `write`, writes them, refusing any relationship written since `basis` was taken.
 */
export async function checkOperations(
  run: Run,
  operations: readonly Operation[],
  data: SeedData,
  changeId: string,
  { write, basis }: { write: boolean; basis?: readonly unknown[] },
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
  before.push(...(await indicatorImages(run, operations)));
  const merges = await checkMerges(run, operations);
  before.push(...merges);
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
      await checkAgainstDatabase(run, data, changeId, { replace: true, overChanges: true });
      return before;
    }
    await writeChecked(run, data, changeId, { replace: true, overChanges: true });
  } catch (error) {
    if (error instanceof SeedError) throw CHANGE.refused(error.problems);
    throw error;
  }
  // A relationship has no version: what the proposal saw (`basis`, its before-image when it was
  // proposed) is compared with the change that wrote it last, read under the lock, so neither a
  // change accepted since the proposal nor one accepted at the same moment is overwritten.
  const wroteBefore = new Map(
    (basis ?? before).flatMap((b) => {
      const { relationship, props } = b as { relationship?: string; props: Row | null };
      return relationship ? [[relationship, (props?.changedBy as string | undefined) ?? null]] : [];
    }),
  );
  const unchanged = (record: RelationshipKey, rows: Row[]): void => {
    const key = relationshipKey(record);
    const was = rows[0] ? ((rows[0].was as string | null) ?? null) : undefined;
    if (was === undefined) throw CHANGE.noSuchRelationship(key);
    if (was !== wroteBefore.get(key)) throw CHANGE.relationshipMoved(key, was);
  };
  for (const { record } of retracts)
    unchanged(
      record,
      await run(
        `MATCH (:Entity {id: $from})-[r:${relationshipType(record.type)}]->(:Entity {id: $to})
         WITH r, r.changedBy AS was DELETE r RETURN was`,
        record,
      ),
    );
  await updateDegrees(
    run,
    retracts.flatMap(({ record }) => [record.from, record.to]),
  );
  // The versions were read before the write locked anything, so a change accepted at the same
  // moment may have committed since; the increment reads under the lock, so it sees that change.
  const bumped = await run(
    `UNWIND $ids AS id MATCH (n:Entity {id: id})
     SET n.version = coalesce(n.version, 0) + 1, n.changedBy = $changeId,
         n.knowledgeChange = CASE WHEN n.knowledge IS NULL THEN null ELSE $changeId END
     RETURN id, n.version AS version`,
    { ids: entityOps.map((op) => op.record.id), changeId },
  );
  const versions = new Map(bumped.map((r) => [String(r.id), Number(r.version)]));
  for (const op of entityOps) {
    const edited = op.record.version ?? null;
    const found = (versions.get(op.record.id) ?? 1) - 1;
    if (found !== (edited ?? 0))
      throw edited === null
        ? CHANGE.exists(op.record.id, found)
        : CHANGE.staleVersion(op.record.id, edited, found);
  }
  for (const { record } of relationshipOps)
    unchanged(
      record,
      await run(
        `MATCH (:Entity {id: $from})-[r:${relationshipType(record.type)}]->(:Entity {id: $to})
         WITH r, r.changedBy AS was
         SET r.changedBy = $changeId,
             r.knowledgeChange = CASE WHEN r.knowledge IS NULL THEN null ELSE $changeId END
         RETURN was`,
        { ...record, changeId },
      ),
    );
  await stampIndicators(run, operations, changeId);
  await applyMerges(run, merges, changeId);
  return before;
}
