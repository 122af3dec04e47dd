// The arguments the bench times: path pairs and neighbourhood centres, deterministic (a fixed
// PRNG seed, ids in sorted order), hubs among them on purpose.
import type { EntityKind } from '../../src/data/vocabulary.ts';
import { typeExpression } from '../../src/data/cypher.ts';
import { mulberry32 } from '../synthetic/random.ts';
import { PATH_END_KINDS, PATH_TYPES, THROUGH } from './queries.ts';
import type { Reader } from './reads.ts';

const BENCH_SEED = 7;
export const HUB_DEGREE = 1_000;

export interface PathSample {
  from: string;
  to: string;
  hub: boolean;
  /** The larger degree of the two ends. */
  degree: number;
}
export interface HoodSample {
  id: string;
  hub: boolean;
  degree: number;
}
interface EntityRow {
  id: string;
  kind: EntityKind;
  degree: number;
}
type Choose = <T>(list: readonly T[]) => T;

export async function pickSamples(
  reads: Reader,
  count: number,
): Promise<{ paths: PathSample[]; hoods: HoodSample[] }> {
  const random = mulberry32(BENCH_SEED);
  const choose: Choose = (list) => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('cannot choose from an empty list');
    return item;
  };
  const all = await reads.rows<EntityRow>(
    'MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, n.degree AS degree ORDER BY n.id',
  );
  const byDegree = [...all].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const paths = await pickPaths(reads, all, byDegree, count, random, choose);
  const hoods = pickHoods(all, byDegree, count, choose);
  // Hubs spread through the run rather than all at the start.
  const shuffled = hoods.map((h) => ({ h, k: random() })).sort((a, b) => a.k - b.k);
  return { paths, hoods: shuffled.map((x) => x.h) };
}

// A step of the walk: the default path types, the default kinds in between.
const STEP = `MATCH (a:Entity {id: $id})-[:${typeExpression(PATH_TYPES)}]-(n:Entity)
WHERE n.kind IN $kinds AND n.id <> $start
RETURN DISTINCT n.id AS id ORDER BY id`;

/**
 * Paths: a random walk of 2 to 4 steps along the default path types, through the default kinds,
 * from an ordinary entity (sometimes a hub) to another collaborating entity. The walk proves the
 * pair is connected within 4 hops under the resolver's rules.
 */
async function pickPaths(
  reads: Reader,
  all: readonly EntityRow[],
  byDegree: readonly EntityRow[],
  count: number,
  random: () => number,
  choose: Choose,
): Promise<PathSample[]> {
  const degree = new Map(all.map((e) => [e.id, e.degree]));
  const ends = all.filter((e) => PATH_END_KINDS.includes(e.kind));
  const endHubs = byDegree.filter((e) => PATH_END_KINDS.includes(e.kind)).slice(0, 50);
  const paths: PathSample[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; paths.length < count && attempt < count * 20; attempt++) {
    const start = random() < 0.15 ? choose(endHubs) : choose(ends);
    const length = 2 + Math.floor(random() * 3);
    let at = start.id;
    for (let s = 1; s <= length && at !== ''; s++) {
      const kinds = s === length ? PATH_END_KINDS : THROUGH;
      const next = await reads.rows<{ id: string }>(STEP, { id: at, kinds, start: start.id });
      at = next.length ? choose(next).id : '';
    }
    const key = `${start.id}>${at}`;
    if (at === '' || seen.has(key)) continue;
    seen.add(key);
    const larger = Math.max(degree.get(start.id) ?? 0, degree.get(at) ?? 0);
    paths.push({ from: start.id, to: at, hub: larger >= HUB_DEGREE, degree: larger });
  }
  return paths;
}

/** Neighbourhoods: a fifth of them the best-connected entities, the rest chosen uniformly. */
function pickHoods(
  all: readonly EntityRow[],
  byDegree: readonly EntityRow[],
  count: number,
  choose: Choose,
): HoodSample[] {
  const sample = (e: EntityRow): HoodSample => ({
    id: e.id,
    hub: e.degree >= HUB_DEGREE,
    degree: e.degree,
  });
  const hoods = byDegree.slice(0, Math.round(count / 5)).map(sample);
  const taken = new Set(hoods.map((h) => h.id));
  while (hoods.length < count && taken.size < all.length) {
    const e = choose(all);
    if (taken.has(e.id)) continue;
    taken.add(e.id);
    hoods.push(sample(e));
  }
  return hoods;
}
