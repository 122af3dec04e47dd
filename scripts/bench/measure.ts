// One measurement: pick the samples, warm both sides up, then time every sample on both sides,
// paths first, then neighbourhoods.
import type { GraphQLClient } from './http.ts';
import type { Reader } from './reads.ts';
import { HUB_DEGREE, pickSamples, type HoodSample, type PathSample } from './samples.ts';
import { hoodSides, pathSides } from './sides.ts';
import {
  series,
  timeInterleaved,
  warmUp,
  type Job,
  type LoopResult,
  type Series,
} from './timing.ts';
import { say } from '../shared/output.ts';

const WARMUP_PATHS = 100;
const WARMUP_HOODS = 40;
export const TIME_BUDGET_MS = 180_000; // the timed loop stops here even if samples are left

export interface QuerySeries {
  all: Series;
  hub: Series;
  ordinary: Series;
}

export interface Measurement {
  paths: PathSample[];
  hoods: HoodSample[];
  pathSeries: QuerySeries;
  hoodSeries: QuerySeries;
  loop: LoopResult;
}

/** `n` items of `list` from position `from` on, round and round (none when it is empty). */
const cycle = <T>(list: readonly T[], n: number, from = 0): T[] =>
  list.length === 0 ? [] : Array.from({ length: n }, (_, i) => list[(from + i) % list.length] as T);

export async function measure(
  client: GraphQLClient,
  reads: Reader,
  count: number,
): Promise<Measurement> {
  say(`Picking ${count} path pairs and ${count} neighbourhood centres…`);
  const { paths, hoods } = await pickSamples(reads, count);
  const pathJob = (p: PathSample) => () => pathSides(client, reads, p);
  const hoodJob = (h: HoodSample) => () => hoodSides(client, reads, h);

  say(`Warming up (${WARMUP_PATHS} path and ${WARMUP_HOODS} neighbourhood samples, both sides)…`);
  await warmUp([
    ...cycle(paths, WARMUP_PATHS).map(pathJob),
    ...cycle(hoods, WARMUP_HOODS, WARMUP_PATHS).map(hoodJob),
  ]);

  const pathSeries = querySeries('collaborationPaths', '  · an end is a hub', '  · no hub end');
  const hoodSeries = querySeries(
    'neighborhood',
    `  · hub centre (degree ≥ ${HUB_DEGREE})`,
    '  · ordinary centre',
  );
  say(`Timing ${count} of each: all paths, then all neighbourhoods, the two sides interleaved…`);
  // Paths first, then neighbourhoods: a neighbourhood answer is a hundred times larger, and the
  // garbage it leaves would otherwise land in the timing of the small path requests.
  const jobs: Job[] = [
    ...paths.map((p) => job(pathSeries, p.hub, pathJob(p), true)),
    ...hoods.map((h) => job(hoodSeries, h.hub, hoodJob(h), false)),
  ];
  const loop = await timeInterleaved(jobs, TIME_BUDGET_MS);
  return { paths, hoods, pathSeries, hoodSeries, loop };
}

const querySeries = (all: string, hub: string, ordinary: string): QuerySeries => ({
  all: series(all),
  hub: series(hub),
  ordinary: series(ordinary),
});

const job = (s: QuerySeries, hub: boolean, sides: Job['sides'], countFound: boolean): Job => ({
  series: [s.all, hub ? s.hub : s.ordinary],
  sides,
  countFound,
});
