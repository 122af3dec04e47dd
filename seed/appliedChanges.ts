// A load never overwrites what an accepted change wrote, with --replace or without: a record of
// the load that the database holds otherwise, or no longer holds (a relationship retracted, an
// entity merged away), is refused when the last change still applied to it wrote it. The curated
// files stay as the sources state them; the graph keeps what reviewers accepted on top.
import type { Row, Run } from '../src/neo4j/graph.ts';
import { batches, type Redefinition } from './existing.ts';

// The FactChange records of each fact (changes.ts) and the changes that still stand (APPLIED).
const LAST_APPLIED = `
UNWIND $facts AS fact
CALL (fact) {
  MATCH (t:FactChange {fact: fact})
  MATCH (c:Change {id: t.change}) WHERE c.status = 'APPLIED'
  RETURN c ORDER BY t.at DESC LIMIT 1
}
RETURN fact, c.id AS change, c.reviewer AS reviewer`;

export interface Differing {
  /** Where the file defines it, and its id or relationship key. */
  where: string;
  fact: string;
  /** What the database holds of it: the changed fields, or nothing at all. */
  differs: Redefinition['changes'] | 'absent';
}

/** The facts of `differing` that a standing change wrote, each with its refusal. */
export async function overwrittenChanges(
  run: Run,
  differing: readonly Differing[],
): Promise<{ facts: Set<string>; problems: string[] }> {
  const byFact = new Map<string, Row>();
  // The count store answers at once whether any change was ever applied (not, for a new graph).
  const [any] = await run('MATCH (t:FactChange) RETURN count(t) AS n');
  if (differing.length && Number(any?.n) > 0)
    for (const batch of batches(differing.map((d) => d.fact)))
      for (const r of await run(LAST_APPLIED, { facts: batch })) byFact.set(String(r.fact), r);
  const problems = differing.flatMap(({ where, fact, differs }) => {
    const by = byFact.get(fact);
    if (!by) return [];
    const holds =
      differs === 'absent'
        ? 'the graph no longer holds it'
        : `the graph holds ${differs.map((c) => `"${c.field}" as ${JSON.stringify(c.old)}`).join(', ')}`;
    return [
      `${where}: ${holds}, as the accepted change ${String(by.change)} (accepted by ${String(by.reviewer)}) left it; a load never overwrites an accepted change, so nothing was written. Revert that change (revertChange), or bring the file into line with the graph`,
    ];
  });
  return { facts: new Set(byFact.keys()), problems };
}
