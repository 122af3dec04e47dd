// Changes to the graph: proposed (stored as a Change, nothing else touched), then accepted and
// applied, or rejected. An accepted change is applied in one write transaction through the
// loader's own checks and writer (seed/load.ts), with the before-image of every record it touches
// kept on the Change, so a retracted fact stays in the history and a revert (revert.ts) can put
// it back. The before-image taken when it is proposed (its basis) tells, on accept, whether a
// relationship it writes was written since. Each fact it writes gets a (:FactChange {fact,
// change, at}), unlinked, found by its index: the fact's history (history.ts). The mentions of the entities it writes are relinked in
// the same transaction. The Change is locked first (a write to it), so two reviewers accepting at
// once apply it exactly once. What each operation checks and writes is in changeOperations.ts.
import { randomUUID } from 'node:crypto';
import { SeedError, validateSeed, type SeedData } from '../../seed/validate.ts';
import { CHANGE } from '../errors/index.ts';
import type { Graph, Row } from '../neo4j/graph.ts';
import { expandAliases } from './aliasOperations.ts';
import { checkOperations, type Operation } from './changeOperations.ts';
import { CHANGE_MAP, changeOf, type ChangeRecord } from './changeRecords.ts';
import { relinkEntities } from './documentStore.ts';
import { mergeFacts } from './mergeOperations.ts';
import { entitiesWritten, targetOf } from './operationKinds.ts';

export type { Operation } from './changeOperations.ts';
export { targetOf } from './operationKinds.ts';
export { CHANGE_STATUSES, type ChangeRecord, type ChangeStatus } from './changeRecords.ts';

const SECTION = { ENTITY: 'entities', RELATIONSHIP: 'relationships', INDICATOR: 'indicators' };

/** The facts whose history shows the change: what it writes, and both sides of a merge. */
const factsOf = (op: Operation): string[] =>
  op.kind === 'MERGE' ? [op.record.keep, op.record.merge] : [targetOf(op)];

/**
 * The loader's view of the operations: one "file" each, so problems name the operation. An alias
 * is checked once expanded into its entity (aliasOperations.ts), a merge by mergeOperations.ts.
 */
function asSeedData(operations: readonly Operation[]): SeedData {
  const files = operations.flatMap((op, i) => {
    if (op.kind !== 'ENTITY' && op.kind !== 'RELATIONSHIP' && op.kind !== 'INDICATOR') return [];
    const { version: _version, ...record } = op.record as Record<string, unknown>;
    return [{ path: `operations[${i}]`, text: JSON.stringify({ [SECTION[op.kind]]: [record] }) }];
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
  asSeedData(operations);
  const id = `change:${randomUUID()}`;
  return graph.writeTransaction(async (run) => {
    const expanded = await expandAliases(run, operations);
    const basis = await checkOperations(run, expanded, asSeedData(expanded), id, { write: false });
    const [row] = await run(
      `CREATE (c:Change {id: $id, status: 'PROPOSED', author: $author, createdAt: datetime(),
         reason: $reason, operations: $operations, basis: $basis})
       CREATE (:AuditEvent {at: datetime(), actor: $author, action: 'change.propose', target: $id})
       RETURN ${CHANGE_MAP('c')} AS change`,
      {
        id,
        author,
        reason,
        operations: JSON.stringify(operations),
        basis: JSON.stringify(basis),
      },
    );
    if (!row) throw new Error('CREATE returned no row');
    return changeOf(row.change as Row);
  });
}

export async function findChange(graph: Graph, id: string): Promise<ChangeRecord | null> {
  const [row] = await graph.read(`MATCH (c:Change {id: $id}) RETURN ${CHANGE_MAP('c')} AS change`, {
    id,
  });
  return row ? changeOf(row.change as Row) : null;
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
       RETURN c.status AS status, c.author AS author, c.reviewer AS reviewer,
              c.operations AS operations, c.basis AS basis`,
      { id },
    );
    if (!locked) throw CHANGE.notFound(id);
    if (locked.status !== 'PROPOSED')
      throw CHANGE.decided(id, String(locked.status), (locked.reviewer as string | null) ?? null);
    let before: unknown[] = [];
    let facts: string[] = [];
    if (decision === 'ACCEPT') {
      if (locked.author === reviewer && !selfReview) throw CHANGE.ownChange();
      const operations = JSON.parse(String(locked.operations)) as Operation[];
      const expanded = await expandAliases(run, operations);
      before = await checkOperations(run, expanded, asSeedData(expanded), id, {
        write: true,
        basis: locked.basis ? (JSON.parse(String(locked.basis)) as unknown[]) : undefined,
      });
      facts = [...new Set([...operations.flatMap(factsOf), ...mergeFacts(before)])];
      // The paragraphs that name (or named) the entities written, found by the full-text index.
      await relinkEntities(run, operations.flatMap(entitiesWritten));
    }
    const [row] = await run(
      `MATCH (c:Change {id: $id})
       SET c.status = $status, c.reviewer = $reviewer, c.decidedAt = datetime(), c.note = $note,
           c.before = $before
       REMOVE c.lockedAt
       FOREACH (fact IN $facts | CREATE (:FactChange {fact: fact, change: $id, at: c.decidedAt}))
       CREATE (:AuditEvent {at: datetime(), actor: $reviewer, action: $action, target: $id})
       RETURN ${CHANGE_MAP('c')} AS change`,
      {
        id,
        reviewer,
        note,
        status: decision === 'ACCEPT' ? 'APPLIED' : 'REJECTED',
        action: decision === 'ACCEPT' ? 'change.apply' : 'change.reject',
        before: JSON.stringify(before),
        facts,
      },
    );
    if (!row) throw new Error('the locked change is gone');
    return changeOf(row.change as Row);
  });
}
