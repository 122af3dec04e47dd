// A Change as every answer returns it: one projection and one decoding, shared by the feed, the
// review, the revert and the history of a fact.
import type { Graph, Row } from '../neo4j/graph.ts';
import type { Operation } from './changeOperations.ts';

export const CHANGE_STATUSES = ['PROPOSED', 'APPLIED', 'REJECTED', 'REVERTED'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export interface ChangeRecord {
  id: string;
  status: ChangeStatus;
  author: string;
  reviewer: string | null;
  createdAt: string;
  decidedAt: string | null;
  reason: string;
  note: string | null;
  revertedBy: string | null;
  revertedAt: string | null;
  revertReason: string | null;
  /** When its status last changed: revertedAt, decidedAt or createdAt. */
  updatedAt: string;
  operations: Operation[];
}

/** The Change node `c` as a map, for RETURN or collect(). */
export const CHANGE_MAP = (c: string): string =>
  `{id: ${c}.id, status: ${c}.status, author: ${c}.author, reviewer: ${c}.reviewer,
  createdAt: toString(${c}.createdAt), decidedAt: toString(${c}.decidedAt), reason: ${c}.reason,
  note: ${c}.note, revertedBy: ${c}.revertedBy, revertedAt: toString(${c}.revertedAt),
  revertReason: ${c}.revertReason, operations: ${c}.operations,
  updatedAt: toString(coalesce(${c}.revertedAt, ${c}.decidedAt, ${c}.createdAt))}`;

const orNull = (v: unknown): string | null => (v == null ? null : String(v));

export const changeOf = (r: Row): ChangeRecord => ({
  id: String(r.id),
  status: r.status as ChangeStatus,
  author: String(r.author),
  reviewer: orNull(r.reviewer),
  createdAt: String(r.createdAt),
  decidedAt: orNull(r.decidedAt),
  reason: String(r.reason),
  note: orNull(r.note),
  revertedBy: orNull(r.revertedBy),
  revertedAt: orNull(r.revertedAt),
  revertReason: orNull(r.revertReason),
  updatedAt: String(r.updatedAt),
  operations: JSON.parse(String(r.operations)) as Operation[],
});

const CHANGES_BY_IDS = `
UNWIND $ids AS id
MATCH (c:Change {id: id})
RETURN ${CHANGE_MAP('c')} AS change`;

/** Changes by id (the origin of many facts at once, for the loader). */
export async function changesByIds(
  graph: Graph,
  ids: readonly string[],
): Promise<Map<string, ChangeRecord>> {
  const rows = await graph.read<{ change: Row }>(CHANGES_BY_IDS, { ids });
  return new Map(rows.map((r) => [String(r.change.id), changeOf(r.change)]));
}
