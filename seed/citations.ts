// A source's paragraph count may shrink (with --replace) only when no record the load leaves as
// it is cites a paragraph past the new end.
import type { Run } from './existing.ts';

const CITING_BEYOND = `
CALL () {
  MATCH (n) WHERE n.provenance IS NOT NULL RETURN n.id AS id, n.provenance AS provenance
  UNION ALL
  MATCH ()-[r]->() WHERE r.provenance IS NOT NULL RETURN r.id AS id, r.provenance AS provenance
}
WITH id, [p IN provenance WHERE p STARTS WITH $prefix | toInteger(substring(p, size($prefix)))] AS cited
WHERE NOT id IN $rewritten AND any(k IN cited WHERE k > $count)
RETURN id, [k IN cited WHERE k > $count] AS beyond
ORDER BY id LIMIT 5`;

/**
 * Up to five records of the database, other than `rewritten` (the ids and relationship keys the
 * load writes anew), that cite `source` past paragraph `count`.
 */
export async function citationsBeyond(
  run: Run,
  source: string,
  count: number,
  rewritten: readonly string[],
): Promise<{ id: string; beyond: number[] }[]> {
  const rows = await run(CITING_BEYOND, { prefix: `${source}#`, count, rewritten });
  return rows.map((r) => ({ id: r.id as string, beyond: r.beyond as number[] }));
}
