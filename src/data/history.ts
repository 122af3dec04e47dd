// The history of facts: the changes that wrote each one, newest first, found through the
// FactChange each applied change leaves per fact (changes.ts) and its (fact, at) index; a fact
// from the seed that no change has written has none. Many facts in one statement, for the loader.
import { int, type Graph, type Row } from '../neo4j/graph.ts';
import { CHANGE_MAP, changeOf, type ChangeRecord } from './changeRecords.ts';

/** Where a change sorts in a fact's history: when it was applied, then its id. */
export interface HistoryCursor {
  at: string;
  change: string;
}

export interface HistoryItem {
  at: string;
  change: ChangeRecord;
}

/** Where a fact comes from: the change that wrote it last (changedBy), or the seed. */
export interface OriginRecord {
  change: string | null;
}

export interface HistoryPage {
  fact: string;
  items: HistoryItem[];
  hasNextPage: boolean;
  total: number;
}

const HISTORY_OF = `
UNWIND $facts AS fact
CALL (fact) {
  MATCH (t:FactChange {fact: fact})
  WHERE $after IS NULL OR t.at < datetime($after.at)
     OR (t.at = datetime($after.at) AND t.change < $after.change)
  MATCH (c:Change {id: t.change})
  WITH t, c ORDER BY t.at DESC, t.change DESC LIMIT $limit
  RETURN collect({at: toString(t.at), change: ${CHANGE_MAP('c')}}) AS items
}
RETURN fact, items, COUNT { (:FactChange {fact: fact}) } AS total`;

/** A page of each fact's history (entity ids, relationship keys), newest first. */
export async function historyOf(
  graph: Graph,
  facts: readonly string[],
  first: number,
  after: HistoryCursor | null,
): Promise<Map<string, HistoryPage>> {
  const rows = await graph.read<{
    fact: string;
    items: { at: string; change: Row }[];
    total: number;
  }>(HISTORY_OF, { facts, after, limit: int(first + 1) });
  return new Map(
    rows.map((r) => [
      r.fact,
      {
        fact: r.fact,
        items: r.items.slice(0, first).map((i) => ({ at: i.at, change: changeOf(i.change) })),
        hasNextPage: r.items.length > first,
        total: r.total,
      },
    ]),
  );
}
