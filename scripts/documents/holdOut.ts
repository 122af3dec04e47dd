// Candidate recall by hold-out: a seeded random share of the curated entities is removed from a
// throwaway database, both source reports are ingested, and the held-out names found among the
// candidates are counted, with the precision of the top candidates (as many as were held out).
import { comparable } from '../../src/ingest/candidateNames.ts';
import type { CandidateEntity } from '../../src/ingest/candidateNames.ts';
import type { Graph } from '../../src/neo4j/graph.ts';

/** A small seeded generator (mulberry32), so a hold-out can be drawn again. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HeldOut {
  id: string;
  names: string[];
}

const ENTITY_NAMES = `
MATCH (n:Entity) RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names ORDER BY id`;
const REMOVE = 'MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n';

/** Removes `share` of the entities, drawn with `seed`; returns them with their names. */
export async function holdOut(graph: Graph, share: number, seed: number): Promise<HeldOut[]> {
  const all = await graph.read<HeldOut>(ENTITY_NAMES);
  const next = seeded(seed);
  const held = all
    .map((e) => ({ e, r: next() }))
    .sort((a, b) => a.r - b.r)
    .slice(0, Math.round(all.length * share))
    .map(({ e }) => e);
  await graph.writeTransaction((run) => run(REMOVE, { ids: held.map((e) => e.id) }));
  return held;
}

const plain = (name: string): string => comparable(name).replace(/[“”"「」‘’]/g, '');

export interface CandidateRecall {
  heldOut: number;
  found: HeldOut[];
  missed: HeldOut[];
  top: number;
  topCorrect: number;
  topWrong: string[];
}

/** How many held-out entities a candidate names (by name or alias, quotes aside). */
export function candidateRecall(
  held: readonly HeldOut[],
  candidates: readonly CandidateEntity[],
): CandidateRecall {
  const names = new Set(candidates.map((c) => plain(c.name)));
  const isFound = (e: HeldOut): boolean => e.names.some((n) => names.has(plain(n)));
  const heldNames = new Set(held.flatMap((e) => e.names.map(plain)));
  // The candidates of both reports, strongest first, as a reviewer would read them.
  const ranked = [...candidates].sort(
    (a, b) => b.strength - a.strength || b.count - a.count || (a.name < b.name ? -1 : 1),
  );
  const top = ranked.slice(0, held.length);
  return {
    heldOut: held.length,
    found: held.filter(isFound),
    missed: held.filter((e) => !isFound(e)),
    top: top.length,
    topCorrect: top.filter((c) => heldNames.has(plain(c.name))).length,
    topWrong: top.filter((c) => !heldNames.has(plain(c.name))).map((c) => c.name),
  };
}
