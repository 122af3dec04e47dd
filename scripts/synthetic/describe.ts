// A short description of what is in the synthetic database, printed after a run and by the bench.
import { fmt } from '../shared/output.ts';
import type { SyntheticDatabase } from './database.ts';

const DESCRIPTION = `
CALL () { MATCH (n:Entity) WITH n.kind AS kind, count(*) AS n ORDER BY kind RETURN collect({kind: kind, n: n}) AS kinds }
CALL () { MATCH (n:Entity) WITH n.degree AS d ORDER BY d
          WITH collect(d) AS ds
          RETURN [p IN [0.5, 0.9, 0.99, 0.999] | ds[toInteger(p * (size(ds) - 1))]] + [ds[-1]] AS degrees }
CALL () { MATCH (n:Entity) WITH n ORDER BY n.degree DESC LIMIT 5 RETURN collect({id: n.id, degree: n.degree}) AS hubs }
RETURN kinds, degrees, hubs`;

/** Kinds, the degree distribution and the biggest hubs, one line each. */
export async function describe(db: SyntheticDatabase): Promise<string[]> {
  const [row] = await db.graph.read<{
    kinds: { kind: string; n: number }[];
    degrees: number[];
    hubs: { id: string; degree: number }[];
  }>(DESCRIPTION);
  if (!row) return [];
  const [p50, p90, p99, p999, max] = row.degrees;
  return [
    `Entities by kind: ${row.kinds.map((k) => `${k.kind} ${fmt(k.n)}`).join(', ')}.`,
    `Degree: median ${String(p50)}, p90 ${String(p90)}, p99 ${String(p99)}, p99.9 ${String(p999)}, max ${String(max)}.`,
    `Biggest hubs: ${row.hubs.map((h) => `${h.id} (${fmt(h.degree)})`).join(', ')}.`,
  ];
}
