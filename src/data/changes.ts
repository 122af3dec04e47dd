// Changes to the graph: proposed (stored as a Change, nothing else touched), then accepted and
// applied, or rejected. An accepted change is applied in one write transaction through the
// loader's own checks and writer (seed/load.ts), with the before-image of every record it touches
// kept on the Change, so a retracted fact stays in the history. The Change is locked first
// (a write to it), so two reviewers accepting at once apply it exactly once.
import { randomUUID } from 'node:crypto';
import { checkAgainstDatabase, writeChecked } from '../../seed/load.ts';
import { relationshipKey, SeedError, validateSeed, type SeedData } from '../../seed/validate.ts';
import { updateDegrees } from '../../seed/write.ts';
import { CHANGE } from '../errors.ts';
import { int, type Graph, type Params, type Row } from '../neo4j/graph.ts';
import { typeExpression } from './cypher.ts';
import type { RelationshipType } from './vocabulary.ts';

/** One relationship type as a pattern's type, from the fixed table (never the caller's text). */
const relationshipType = (type: RelationshipType): string => typeExpression([type]);

export const CHANGE_STATUSES = ['PROPOSED', 'APPLIED', 'REJECTED', 'REVERTED'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** One operation as proposed: the record in the loader's file format, or a relationship's key. */
export type Operation =
  | { kind: 'ENTITY'; record: Record<string, unknown> & { id: string; version?: number | null } }
  | {
      kind: 'RELATIONSHIP';
      record: Record<string, unknown> & RelationshipKey;
    }
  | { kind: 'RETRACT'; record: RelationshipKey };

type RelationshipKey = {
  type: RelationshipType;
  from: string;
  to: string;
};

export interface ChangeRecord {
  id: string;
  status: ChangeStatus;
  author: string;
  reviewer: string | null;
  createdAt: string;
  decidedAt: string | null;
  reason: string;
  note: string | null;
  operations: Operation[];
}

type Run = (cypher: string, params?: Params) => Promise<Row[]>;

const FIELDS = `c.id AS id, c.status AS status, c.author AS author, c.reviewer AS reviewer,
  toString(c.createdAt) AS createdAt, toString(c.decidedAt) AS decidedAt, c.reason AS reason,
  c.note AS note, c.operations AS operations`;

const changeOf = (r: Row): ChangeRecord => ({
  id: String(r.id),
  status: r.status as ChangeStatus,
  author: String(r.author),
  reviewer: r.reviewer == null ? null : String(r.reviewer),
  createdAt: String(r.createdAt),
  decidedAt: r.decidedAt == null ? null : String(r.decidedAt),
  reason: String(r.reason),
  note: r.note == null ? null : String(r.note),
  operations: JSON.parse(String(r.operations)) as Operation[],
});

export const targetOf = (op: Operation): string =>
  op.kind === 'ENTITY' ? op.record.id : relationshipKey(op.record);

/** The loader's view of the operations: one "file" each, so problems name the operation. */
function asSeedData(operations: readonly Operation[]): SeedData {
  const files = operations.flatMap((op, i) => {
    if (op.kind === 'RETRACT') return [];
    const { version: _version, ...record } = op.record as Record<string, unknown>;
    const section = op.kind === 'ENTITY' ? 'entities' : 'relationships';
    return [{ path: `operations[${i}]`, text: JSON.stringify({ [section]: [record] }) }];
  });
  try {
    return validateSeed(files);
  } catch (error) {
    if (error instanceof SeedError) throw CHANGE.refused(error.problems);
    throw error;
  }
}

/**
 * Stores a proposal after the loader's checks, against the database as it is now (nothing is
 * written but the Change and its audit record).
 */
export async function proposeChange(
  graph: Graph,
  author: string,
  reason: string,
  operations: readonly Operation[],
): Promise<ChangeRecord> {
  const data = asSeedData(operations);
  const id = `change:${randomUUID()}`;
  return graph.writeTransaction(async (run) => {
    await checkOperations(run, operations, data, id, { write: false });
    const [row] = await run(
      `CREATE (c:Change {id: $id, status: 'PROPOSED', author: $author, createdAt: datetime(),
         reason: $reason, operations: $operations, targets: $targets})
       CREATE (:AuditEvent {at: datetime(), actor: $author, action: 'change.propose', target: $id})
       RETURN ${FIELDS}`,
      {
        id,
        author,
        reason,
        operations: JSON.stringify(operations),
        targets: operations.map(targetOf),
      },
    );
    if (!row) throw new Error('CREATE returned no row');
    return changeOf(row);
  });
}

export async function findChange(graph: Graph, id: string): Promise<ChangeRecord | null> {
  const [row] = await graph.read(`MATCH (c:Change {id: $id}) RETURN ${FIELDS}`, { id });
  return row ? changeOf(row) : null;
}

export async function listChanges(
  graph: Graph,
  filter: { status: ChangeStatus | null; author: string | null },
  first: number,
): Promise<ChangeRecord[]> {
  const rows = await graph.read(
    `MATCH (c:Change)
     WHERE ($status IS NULL OR c.status = $status) AND ($author IS NULL OR c.author = $author)
     RETURN ${FIELDS} ORDER BY c.createdAt DESC, c.id LIMIT $first`,
    { ...filter, first: int(first) },
  );
  return rows.map(changeOf);
}

/**
 * Accepts (applying it) or rejects a proposed change, in one transaction: the Change is locked,
 * its status checked, and on accept its operations checked again and written.
 */
export async function decideChange(
  graph: Graph,
  id: string,
  reviewer: string,
  decision: 'ACCEPT' | 'REJECT',
  note: string | null,
  { selfReview }: { selfReview: boolean },
): Promise<ChangeRecord> {
  return graph.writeTransaction(async (run) => {
    // Writing to the Change takes its lock; its status is read after, under the lock.
    const [locked] = await run(
      `MATCH (c:Change {id: $id}) SET c.lockedAt = datetime()
       RETURN c.status AS status, c.author AS author, c.reviewer AS reviewer, c.operations AS operations`,
      { id },
    );
    if (!locked) throw CHANGE.notFound(id);
    if (locked.status !== 'PROPOSED')
      throw CHANGE.decided(id, String(locked.status), (locked.reviewer as string | null) ?? null);
    let before: unknown[] = [];
    if (decision === 'ACCEPT') {
      if (locked.author === reviewer && !selfReview) throw CHANGE.ownChange();
      const operations = JSON.parse(String(locked.operations)) as Operation[];
      before = await checkOperations(run, operations, asSeedData(operations), id, {
        write: true,
      });
    }
    const [row] = await run(
      `MATCH (c:Change {id: $id})
       SET c.status = $status, c.reviewer = $reviewer, c.decidedAt = datetime(), c.note = $note,
           c.before = $before
       REMOVE c.lockedAt
       CREATE (:AuditEvent {at: datetime(), actor: $reviewer, action: $action, target: $id})
       RETURN ${FIELDS}`,
      {
        id,
        reviewer,
        note,
        status: decision === 'ACCEPT' ? 'APPLIED' : 'REJECTED',
        action: decision === 'ACCEPT' ? 'change.apply' : 'change.reject',
        before: JSON.stringify(before),
      },
    );
    if (!row) throw new Error('the locked change is gone');
    return changeOf(row);
  });
}

const ENTITY_NOW = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS exists, coalesce(n.version, 0) AS version, properties(n) AS props`;

/**
 * The checks every operation must pass against the database now: versions, relationships to
 * retract, and the loader's own (references, clashes). With `write`, writes them and returns the
 * before-image of each record touched.
 */
async function checkOperations(
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
