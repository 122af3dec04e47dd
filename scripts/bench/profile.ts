// --profile: the PROFILE plans of both statements for the biggest hub among the samples and for
// an ordinary entity, with the rows and db hits of each operator.
import type { ProfiledPlan } from 'neo4j-driver';
import { neighbourhoodStatementFor } from '../../src/data/neighbourhood.ts';
import { pathStatementFor } from '../../src/data/paths.ts';
import { fmt, say } from '../shared/output.ts';
import { hoodQuery, pathQuery } from './queries.ts';
import type { Reader } from './reads.ts';
import type { HoodSample, PathSample } from './samples.ts';

const totalHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((s, c) => s + totalHits(c), 0);

function planLines(plan: ProfiledPlan, depth = 0): string[] {
  const args = plan.arguments as Record<string, unknown>;
  const details = typeof args.Details === 'string' ? args.Details.replace(/\s+/g, ' ') : '';
  const short = details.length > 90 ? `${details.slice(0, 87)}…` : details;
  const indent = '  '.repeat(depth);
  const line = `${indent}${plan.operatorType.replace(/@.*$/, '')}  rows ${fmt(plan.rows)}  db hits ${fmt(plan.dbHits)}${short ? `  — ${short}` : ''}`;
  // A branch that produced nothing and read nothing (a search length that was not needed).
  if (plan.rows === 0 && totalHits(plan) === 0 && plan.children.length > 0)
    return [`${line}  (branch not run)`];
  return [line, ...plan.children.flatMap((c) => planLines(c, depth + 1))];
}

async function profile(
  reads: Reader,
  label: string,
  statement: { cypher: string; params: Record<string, unknown> },
): Promise<void> {
  const { cypher, params } = statement;
  const session = reads.session();
  try {
    // The first PROFILE plans the statement again (a profiled plan is cached separately); the
    // second shows the warm run.
    await session.run(`PROFILE ${cypher}`, params);
    const started = performance.now();
    const result = await session.run(`PROFILE ${cypher}`, params);
    const ms = performance.now() - started;
    const plan = result.summary.profile;
    if (!plan) return;
    say(`${label}: ${fmt(totalHits(plan))} db hits, ${ms.toFixed(0)} ms (profiled)`);
    for (const l of planLines(plan)) say(`    ${l}`);
  } finally {
    await session.close();
  }
}

const top = <T extends { degree: number }>(list: readonly T[]): T | undefined =>
  list.reduce<T | undefined>((m, x) => (m && m.degree >= x.degree ? m : x), undefined);

/** The most connected hub among the samples, and a typical entity (a handful of links). */
export async function profileSamples(
  reads: Reader,
  paths: readonly PathSample[],
  hoods: readonly HoodSample[],
): Promise<void> {
  const hubPair = top(paths);
  const plainPair = paths.find((p) => p.degree <= 20);
  const hubCentre = top(hoods);
  const plainCentre = hoods.find((h) => h.degree <= 5);
  say();
  say('PROFILE (warm):');
  for (const [label, pair] of [
    [`paths, hub end (degree ${fmt(hubPair?.degree ?? 0)})`, hubPair],
    [`paths, ordinary ends (degrees ≤ ${fmt(plainPair?.degree ?? 0)})`, plainPair],
  ] as const) {
    if (!pair) continue;
    const statement = pathStatementFor(pathQuery(pair.from, pair.to));
    await profile(reads, `${label} ${pair.from} → ${pair.to}`, statement);
  }
  for (const [label, centre] of [
    [`neighbourhood, hub (degree ${fmt(hubCentre?.degree ?? 0)})`, hubCentre],
    [`neighbourhood, ordinary (degree ${fmt(plainCentre?.degree ?? 0)})`, plainCentre],
  ] as const) {
    if (!centre) continue;
    await profile(reads, `${label} ${centre.id}`, neighbourhoodStatementFor(hoodQuery(centre.id)));
  }
}
