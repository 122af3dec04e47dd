// The writes of each principal in its current window, counted in Neo4j (not in one process's
// memory) so that a key sending through several API processes is held to one limit.
import type { Graph } from '../neo4j/graph.ts';

/**
 * Counts one write of `principal` (starting a new window when the last has passed) and answers
 * the count in the window and the ms until it ends. The node's lock is taken before its count
 * is read, so concurrent writes from many processes each count once.
 */
export async function countWrite(
  graph: Graph,
  principal: string,
  windowMs: number,
): Promise<{ count: number; endsInMs: number }> {
  const [row] = await graph.writeTransaction((run) =>
    run(
      `MERGE (w:WriteWindow {principal: $principal})
       ON CREATE SET w.since = timestamp(), w.count = 0
       SET w.locked = true
       WITH w, timestamp() AS now
       WITH w, now, w.since <= now - $windowMs AS expired
       SET w.count = CASE WHEN expired THEN 1 ELSE w.count + 1 END,
           w.since = CASE WHEN expired THEN now ELSE w.since END
       REMOVE w.locked
       RETURN w.count AS count, w.since + $windowMs - now AS endsInMs`,
      { principal, windowMs },
    ),
  );
  return { count: Number(row?.count ?? 0), endsInMs: Number(row?.endsInMs ?? windowMs) };
}
