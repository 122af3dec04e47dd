// Timing the two sides: untimed warm-up rounds, then the timed loop, interleaved so that
// neither side always runs first, within a time budget.
import type { Side, Sides } from './sides.ts';

/** Wall-clock times of one query, by side, over the same samples in the same order. */
export interface Series {
  label: string;
  graphql: number[];
  driver: number[];
}

export const series = (label: string): Series => ({ label, graphql: [], driver: [] });

/** One sample: the series its times go into, and its two sides (built when it runs). */
export interface Job {
  series: Series[];
  sides: () => Sides;
  /** A path sample: an answer above 0 means paths were found. */
  countFound: boolean;
}

export interface LoopResult {
  seconds: number;
  /** Samples where the two sides both answered, differently. */
  mismatches: number;
  found: number;
  graphqlErrors: string[];
  driverErrors: string[];
}

/** Wall-clock time of `work` and its value, or -1 when it failed (a timeout counts as its time). */
async function timed(work: Side, errors: string[]): Promise<[number, number]> {
  const started = performance.now();
  try {
    const value = await work();
    return [performance.now() - started, value];
  } catch (error) {
    errors.push((error as Error).message.split('\n')[0] ?? 'error');
    return [performance.now() - started, -1];
  }
}

/** Untimed rounds first, so the JIT of both Node and Neo4j and the query plans are warm. */
export async function warmUp(rounds: readonly (() => Sides)[]): Promise<void> {
  for (const make of rounds) {
    const { graphql, driver } = make();
    await timed(graphql, []);
    await timed(driver, []);
  }
}

/** Runs the jobs in order until they are done or `budgetMs` has passed. */
export async function timeInterleaved(jobs: readonly Job[], budgetMs: number): Promise<LoopResult> {
  const result: LoopResult = {
    seconds: 0,
    mismatches: 0,
    found: 0,
    graphqlErrors: [],
    driverErrors: [],
  };
  const started = performance.now();
  const deadline = started + budgetMs;
  for (const [i, job] of jobs.entries()) {
    if (performance.now() >= deadline) break;
    const [[gt, gv], [dt, dv]] = await runBoth(job.sides(), i % 2 === 0, result);
    if (gv !== dv && gv !== -1 && dv !== -1) result.mismatches++;
    if (job.countFound && gv > 0) result.found++;
    for (const s of job.series) {
      s.graphql.push(gt);
      s.driver.push(dt);
    }
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/**
 * Both sides, [time, value] each, GraphQL's first; the loop alternates which runs first, so
 * neither always meets the other's leftovers.
 */
async function runBoth(
  sides: Sides,
  graphqlFirst: boolean,
  result: LoopResult,
): Promise<[[number, number], [number, number]]> {
  const graphql = (): Promise<[number, number]> => timed(sides.graphql, result.graphqlErrors);
  const driver = (): Promise<[number, number]> => timed(sides.driver, result.driverErrors);
  if (graphqlFirst) {
    const g = await graphql();
    return [g, await driver()];
  }
  const d = await driver();
  return [await graphql(), d];
}

/** The nearest-rank percentile: the smallest value with at least p of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}
