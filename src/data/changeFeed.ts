// The feed of changes (Query.changes): every change, filtered by status, author, the entity it
// touches and when its status last changed, newest or oldest first, a page at a time. A change
// sorts by its last transition (proposed, decided, reverted), so a mirror that asks for what
// changed since its last sync, oldest first, sees each change again whenever its status moves.
import { int, type Graph, type Row } from '../neo4j/graph.ts';
import { CHANGE_MAP, changeOf, type ChangeRecord, type ChangeStatus } from './changeRecords.ts';

export const FEED_ORDERS = { NEWEST_FIRST: 'DESC', OLDEST_FIRST: 'ASC' } as const;
export type FeedOrder = keyof typeof FEED_ORDERS;

export interface FeedFilter {
  status: ChangeStatus | null;
  author: string | null;
  entity: string | null;
  /** ISO 8601: changes whose status changed at or after it. */
  since: string | null;
}

/** Where a change sorts in the feed: its last transition (updatedAt), then its id. */
export interface FeedPosition {
  at: string;
  id: string;
}

export interface FeedPage {
  changes: ChangeRecord[];
  hasNextPage: boolean;
}

/** A page with the filters it was read with, for its totalCount. */
export interface FeedAnswer extends FeedPage {
  filter: FeedFilter;
}

const AT = 'coalesce(c.revertedAt, c.decidedAt, c.createdAt)';
// The operations are JSON, where an id is always a whole quoted string: `"enterprise:x"` with its
// quotes matches that id as an entity, a relationship's end or a merge's side, and nothing else
// (a quote inside a name is written \"). Every operation kind names its entities this way.
const MATCHING = `MATCH (c:Change)
WHERE ($status IS NULL OR c.status = $status) AND ($author IS NULL OR c.author = $author)
  AND ($entity IS NULL OR c.operations CONTAINS '"' + $entity + '"')
  AND ($since IS NULL OR ${AT} >= datetime($since))`;

const pageOf = (order: FeedOrder): string => {
  // The direction comes from the fixed table, never from the caller's text.
  const dir = FEED_ORDERS[order];
  const beyond = dir === 'DESC' ? '<' : '>';
  return `${MATCHING}
WITH c, ${AT} AS at
WHERE $after IS NULL OR at ${beyond} datetime($after.at) OR (at = datetime($after.at) AND c.id ${beyond} $after.id)
RETURN ${CHANGE_MAP('c')} AS change
ORDER BY at ${dir}, c.id ${dir} LIMIT $limit`;
};

export async function changeFeed(
  graph: Graph,
  filter: FeedFilter,
  order: FeedOrder,
  first: number,
  after: FeedPosition | null,
): Promise<FeedPage> {
  const rows = await graph.read<{ change: Row }>(pageOf(order), {
    ...filter,
    after,
    limit: int(first + 1),
  });
  return {
    changes: rows.slice(0, first).map((r) => changeOf(r.change)),
    hasNextPage: rows.length > first,
  };
}

/** How many changes match, across all pages: only when a client selects totalCount. */
export async function countChanges(graph: Graph, filter: FeedFilter): Promise<number> {
  const [row] = await graph.read<{ n: number }>(`${MATCHING} RETURN count(c) AS n`, { ...filter });
  return row?.n ?? 0;
}
