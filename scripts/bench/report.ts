// What the bench prints once the timed loop is over: the setting, the table, and what to read
// from it.
import { availableParallelism, loadavg } from 'node:os';
import { fmt, say } from '../shared/output.ts';
import type { GraphFacts } from './graph.ts';
import type { QuerySeries } from './measure.ts';
import { table } from './table.ts';
import { percentile, type LoopResult, type Series } from './timing.ts';

export interface BenchRun {
  started: Date;
  nodeEnv: string;
  uri: string;
  graph: GraphFacts;
  /** describe() of the synthetic graph: kinds, degrees, hubs. */
  description: string[];
  /** Samples asked for, of each question. */
  count: number;
  budgetMs: number;
  loop: LoopResult;
  paths: QuerySeries;
  hoods: QuerySeries;
}

export function printReport(run: BenchRun): void {
  const { graph, loop, paths, hoods } = run;
  say();
  say(
    `Cixi Innovation Graph bench, ${run.started.toISOString()} (timed loop ${loop.seconds.toFixed(0)} s, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1) ?? '?'}, NODE_ENV=${run.nodeEnv})`,
  );
  say(
    `Graph: synthetic scale ${String(graph.scale)} — ${fmt(graph.entities)} nodes, ${fmt(graph.relationships)} relationships; Neo4j ${graph.neo4jVersion ?? '?'} ${graph.neo4jEdition ?? ''} at ${run.uri}`,
  );
  for (const l of run.description) say(l);
  say(
    `collaborationPaths(maxHops: 4, first: 5) over ${paths.all.graphql.length} connected pairs (${loop.found} with paths); neighborhood(depth: 2) over ${hoods.all.graphql.length} centres. Answers that differed between the two sides: ${loop.mismatches}.`,
  );
  say();
  const rows = [paths.all, paths.hub, paths.ordinary, hoods.all, hoods.hub, hoods.ordinary];
  for (const l of table(rows)) say(l);
  say();
  say('ratio = GraphQL time / driver time (of the percentiles); times are wall-clock per request.');
  say(
    `Median added by HTTP + GraphQL per request (GraphQL − driver, same sample): collaborationPaths ${overhead(paths.all)}, neighborhood ${overhead(hoods.all)}.`,
  );
  say(
    `Failed requests: GraphQL ${errorSummary(loop.graphqlErrors)}; driver ${errorSummary(loop.driverErrors)}.`,
  );
  if (paths.all.graphql.length < run.count || hoods.all.graphql.length < run.count)
    say(
      `The timed loop hit its ${run.budgetMs / 1000} s budget before all ${run.count} samples ran.`,
    );
}

const overhead = (x: Series): string => {
  const diffs = x.graphql.map((g, i) => g - (x.driver[i] ?? g));
  return `${percentile(diffs, 0.5).toFixed(1)} ms`;
};

const errorSummary = (errors: string[]): string =>
  errors.length === 0
    ? 'none'
    : `${errors.length} (${[...new Set(errors)].slice(0, 3).join('; ')}); their times are in the table`;
