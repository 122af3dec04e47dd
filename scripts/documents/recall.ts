// Mention recall on the curated data: for every (entity, paragraph it cites) pair, whether the
// store links that paragraph to the entity. Used by `npm run bench:documents` and its test.
import type { Graph } from '../../src/neo4j/graph.ts';

export interface RecallMiss {
  entity: string;
  name: string;
  paragraph: string;
  /** The longer mentioned name the entity's name lies inside there (longest match wins), if any. */
  inside: string | null;
}

export interface MentionRecall {
  pairs: number;
  /** Pairs whose paragraph holds a mention of the entity, a nested one (宁波 in 宁波工程学院) included. */
  found: number;
  /** Of those found, the pairs where the paragraph names the entity only inside a longer name. */
  nested: number;
  misses: RecallMiss[];
}

// Only cited paragraphs the store holds count: a source without its document has nothing to find.
const CITED_PAIRS = `
MATCH (n:Entity)
UNWIND n.provenance AS ref
MATCH (p:Paragraph {key: ref})
WITH n, ref, p, [x IN [n.name] + coalesce(n.aliases, []) WHERE size(x) >= 2] AS names
RETURN n.id AS entity, n.name AS name, ref AS paragraph, EXISTS { (p)-[:MENTIONS]->(n) } AS found,
       NOT EXISTS { (p)-[m:MENTIONS]->(n) WHERE m.within IS NULL } AS nested,
       COLLECT { MATCH (p)-[m:MENTIONS]->(o) WHERE o <> n AND any(x IN names WHERE m.text CONTAINS x)
                 RETURN m.text LIMIT 1 }[0] AS inside
ORDER BY paragraph, entity`;

export async function mentionRecall(graph: Graph): Promise<MentionRecall> {
  const rows = await graph.read<RecallMiss & { found: boolean; nested: boolean }>(CITED_PAIRS);
  return {
    pairs: rows.length,
    found: rows.filter((r) => r.found).length,
    nested: rows.filter((r) => r.found && r.nested).length,
    misses: rows
      .filter((r) => !r.found)
      .map(({ entity, name, paragraph, inside }) => ({ entity, name, paragraph, inside })),
  };
}

/** The figure and its misses, as lines for a person. */
export function recallLines(r: MentionRecall): string[] {
  const share = r.pairs ? ((100 * r.found) / r.pairs).toFixed(1) : 'n/a';
  const own = r.pairs ? ((100 * (r.found - r.nested)) / r.pairs).toFixed(1) : 'n/a';
  return [
    `Mention recall: ${r.found} of ${r.pairs} (entity, cited paragraph) pairs found as mentions (${share}%); ${r.nested} of them only as a nested mention inside a longer name, where the longest match wins (${own}% without them).`,
    ...(r.misses.length ? r.misses : [null]).map((m) =>
      m
        ? `  missed: ${m.entity} ${m.name} in ${m.paragraph}${m.inside ? ` (inside ${m.inside})` : ''}`
        : '  missed: none',
    ),
  ];
}
