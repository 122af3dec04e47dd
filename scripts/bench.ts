// The API against the driver on the synthetic graph: how much GraphQL and HTTP add to the path
// and neighbourhood statements. Not a test; run it by hand:
//
//   npm run bench -- [--samples 200] [--profile]
//
// It makes sure the synthetic graph exists (scripts/synthetic.ts, default scale, generated when
// missing), starts its Neo4j, builds the real API in-process on a loopback port, and for each
// sampled argument sends the GraphQL request end to end over HTTP and the same Cypher straight
// through the driver, interleaved (alternating which goes first). --profile also prints the
// PROFILE plans of both statements for a hub and for an ordinary entity. Everything it starts is
// stopped before it exits.
import './productionMode.ts';
import { Agent, createServer as createHttpServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ProfiledPlan, type Session } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { createDriver, Graph } from '../src/neo4j/graph.ts';
import { createApi } from '../src/http/api.ts';
import {
  neighbourhoodStatementFor,
  pathStatementFor,
  type NeighbourhoodQuery,
  type PathQuery,
} from '../src/data/paths.ts';
import { typeExpression } from '../src/data/cypher.ts';
import {
  ENTITY_KINDS,
  HUB_KINDS,
  PATH_CATEGORIES,
  typesOfCategories,
  type EntityKind,
} from '../src/data/vocabulary.ts';
import {
  DEFAULT_SCALE,
  DEFAULT_SEED,
  describe,
  ensureSyntheticGraph,
  graphCounts,
  mulberry32,
  openSyntheticDatabase,
  readMarker,
  type SyntheticDatabase,
} from './synthetic.ts';

const BENCH_SEED = 7;
/** Untimed rounds first, so the JIT of both Node and Neo4j and the query plans are warm. */
const WARMUP_PATHS = 100;
const WARMUP_HOODS = 40;
const TIME_BUDGET_MS = 180_000; // the timed loop stops here even if samples are left
const HUB_DEGREE = 1_000;

// What the resolvers use when the client leaves the arguments out (schema/paths.graphql and
// src/resolvers/paths.ts): COLLABORATION and AFFILIATION types, through every kind but hubs.
const PATH_TYPES = typesOfCategories(PATH_CATEGORIES);
const THROUGH: EntityKind[] = ENTITY_KINDS.filter((k) => !HUB_KINDS.includes(k));
/** Ends of sampled paths: the kinds that collaborate. */
const PATH_END_KINDS: EntityKind[] = [
  'ENTERPRISE',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'TALENT',
  'PLATFORM',
  'PROJECT',
];

const PATHS_QUERY = `query Paths($from: ID!, $to: ID!) {
  collaborationPaths(from: $from, to: $to, maxHops: 4, first: 5) {
    length
    nodes { id name kind }
    relationships { id type from { id } to { id } sources { paragraph } }
    explanation
  }
}`;
const HOOD_QUERY = `query Hood($id: ID!) {
  neighborhood(id: $id, depth: 2) {
    nodes { id name kind }
    relationships { id type from { id } to { id } }
    truncated
  }
}`;

export const pathQuery = (from: string, to: string): PathQuery => ({
  from,
  to,
  maxHops: 4,
  first: 5,
  types: PATH_TYPES,
  statuses: null,
  through: THROUGH,
  avoid: [],
});
export const hoodQuery = (id: string): NeighbourhoodQuery => ({
  id,
  depth: 2,
  maxNodes: 200,
  types: null,
  kinds: null,
  through: null,
});

interface EntityRow {
  id: string;
  kind: EntityKind;
  degree: number;
}
interface PathSample {
  from: string;
  to: string;
  hub: boolean;
  /** The larger degree of the two ends. */
  degree: number;
}
interface HoodSample {
  id: string;
  hub: boolean;
  degree: number;
}

const say = (line = ''): void => void process.stdout.write(`${line}\n`);
const fmt = (n: number): string => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------
// Samples: deterministic (fixed PRNG seed, ids in sorted order)

/** The database the synthetic graph is in (SYNTHETIC_NEO4J_DATABASE, default neo4j). */
let database = 'neo4j';
const readSession = (driver: Driver): Session =>
  driver.session({ database, defaultAccessMode: neo4j.session.READ });

async function rows<T>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const session = readSession(driver);
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

export async function pickSamples(
  driver: Driver,
  count: number,
): Promise<{ paths: PathSample[]; hoods: HoodSample[] }> {
  const random = mulberry32(BENCH_SEED);
  const choose = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('cannot choose from an empty list');
    return item;
  };
  const all = await rows<EntityRow>(
    driver,
    'MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, n.degree AS degree ORDER BY n.id',
  );
  const degree = new Map(all.map((e) => [e.id, e.degree]));
  const byDegree = [...all].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const ends = all.filter((e) => PATH_END_KINDS.includes(e.kind));
  const endHubs = byDegree.filter((e) => PATH_END_KINDS.includes(e.kind)).slice(0, 50);

  // Paths: a random walk of 2 to 4 steps along the default path types, through the default
  // kinds, from an ordinary entity (sometimes a hub) to another collaborating entity. The walk
  // proves the pair is connected within 4 hops under the resolver's rules.
  const step = `MATCH (a:Entity {id: $id})-[:${typeExpression(PATH_TYPES)}]-(n:Entity)
WHERE n.kind IN $kinds AND n.id <> $start
RETURN DISTINCT n.id AS id ORDER BY id`;
  const paths: PathSample[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; paths.length < count && attempt < count * 20; attempt++) {
    const start = random() < 0.15 ? choose(endHubs) : choose(ends);
    const length = 2 + Math.floor(random() * 3);
    let at = start.id;
    for (let s = 1; s <= length && at !== ''; s++) {
      const kinds = s === length ? PATH_END_KINDS : THROUGH;
      const next = await rows<{ id: string }>(driver, step, { id: at, kinds, start: start.id });
      at = next.length ? choose(next).id : '';
    }
    const key = `${start.id}>${at}`;
    if (at === '' || seen.has(key)) continue;
    seen.add(key);
    const larger = Math.max(degree.get(start.id) ?? 0, degree.get(at) ?? 0);
    paths.push({ from: start.id, to: at, hub: larger >= HUB_DEGREE, degree: larger });
  }

  // Neighbourhoods: a fifth of them the best-connected entities, the rest chosen uniformly.
  const hoods: HoodSample[] = [];
  const hubCount = Math.round(count / 5);
  for (const e of byDegree.slice(0, hubCount))
    hoods.push({ id: e.id, hub: e.degree >= HUB_DEGREE, degree: e.degree });
  const taken = new Set(hoods.map((h) => h.id));
  while (hoods.length < count && taken.size < all.length) {
    const e = choose(all);
    if (taken.has(e.id)) continue;
    taken.add(e.id);
    hoods.push({ id: e.id, hub: e.degree >= HUB_DEGREE, degree: e.degree });
  }
  // Hubs spread through the run rather than all at the start.
  const shuffled = hoods.map((h) => ({ h, k: random() })).sort((a, b) => a.k - b.k);
  return { paths, hoods: shuffled.map((x) => x.h) };
}

// ---------------------------------------------------------------------------------------------
// The two sides

interface GraphQLBody {
  data?: {
    collaborationPaths?: unknown[];
    neighborhood?: { nodes: unknown[]; relationships: unknown[] };
  };
  errors?: { message: string }[];
}

function httpClient(url: URL): { post(body: string): Promise<GraphQLBody>; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post: (body) =>
      new Promise((done, fail) => {
        const req = request(
          url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              try {
                done(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLBody);
              } catch (error) {
                fail(error as Error);
              }
            });
            res.on('error', fail);
          },
        );
        req.on('error', fail);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}

/** What the data layer does with a statement (src/neo4j/graph.ts), without GraphQL or HTTP. */
async function direct(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const session = readSession(driver);
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params), { timeout: 5_000 });
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Wall-clock time of `work` and its value, or -1 when it failed (a timeout counts as its time). */
async function timed(work: () => Promise<number>, errors: string[]): Promise<[number, number]> {
  const started = performance.now();
  try {
    const value = await work();
    return [performance.now() - started, value];
  } catch (error) {
    errors.push((error as Error).message.split('\n')[0] ?? 'error');
    return [performance.now() - started, -1];
  }
}

interface Series {
  label: string;
  graphql: number[];
  driver: number[];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

function table(series: readonly Series[]): string[] {
  const header = [
    'query',
    'n',
    'GraphQL p50',
    'driver p50',
    'ratio p50',
    'GraphQL p95',
    'driver p95',
    'ratio p95',
  ];
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  const body = series
    .filter((s) => s.graphql.length > 0)
    .map((s) => {
      const [g50, d50, g95, d95] = [
        percentile(s.graphql, 0.5),
        percentile(s.driver, 0.5),
        percentile(s.graphql, 0.95),
        percentile(s.driver, 0.95),
      ];
      return [
        s.label,
        String(s.graphql.length),
        ms(g50),
        ms(d50),
        (g50 / d50).toFixed(2),
        ms(g95),
        ms(d95),
        (g95 / d95).toFixed(2),
      ];
    });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...body.map(line),
  ];
}

// ---------------------------------------------------------------------------------------------
// PROFILE

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

const totalHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((s, c) => s + totalHits(c), 0);

async function profile(
  driver: Driver,
  label: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<void> {
  const session = readSession(driver);
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

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      samples: { type: 'string', default: '200' },
      profile: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.samples);
  if (!Number.isInteger(count) || count < 10 || count > 5_000)
    throw new Error(`--samples ${values.samples} is invalid: expected an integer from 10 to 5000.`);

  const runStarted = new Date();
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanup = async (): Promise<void> => {
    for (const c of cleanups.reverse()) {
      try {
        await c();
      } catch {
        // keep stopping the rest
      }
    }
    cleanups.length = 0;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));

  try {
    const db: SyntheticDatabase = await openSyntheticDatabase(say);
    cleanups.push(() => db.close());
    database = db.database;
    const marker = await readMarker(db);
    if (!marker.complete) {
      say('No complete synthetic graph yet: generating it with the default scale.');
      await ensureSyntheticGraph(
        db,
        { scale: DEFAULT_SCALE, seed: DEFAULT_SEED, force: false },
        say,
      );
    }
    const { entities, relationships } = await graphCounts(db);
    const [version] = await rows<{ version: string; edition: string }>(
      db.driver,
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    const scale = (await readMarker(db)).scale;

    // The real API, in-process, on a loopback port; request logs formatted but discarded.
    const config = loadConfig({ NODE_ENV: process.env.NODE_ENV, LOG_LEVEL: 'info' });
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const log = createLogger(config.logLevel, sink);
    const apiDriver = createDriver({
      uri: db.uri,
      username: 'neo4j',
      password: '',
      database: db.database,
    });
    cleanups.push(() => apiDriver.close());
    const graph = new Graph(apiDriver, db.database, { timeoutMs: config.queryTimeoutMs });
    const api = await createApi({ config, graph, log });
    cleanups.push(() => api.stop());
    const http = createHttpServer(api.handle);
    http.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          http.closeAllConnections();
          http.close(() => resolve());
        }),
    );
    const url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`);
    const client = httpClient(url);
    cleanups.push(() => client.close());
    // The driver side has its own driver (own pool), tuned the same way.
    const driver = createDriver({
      uri: db.uri,
      username: 'neo4j',
      password: '',
      database: db.database,
    });
    cleanups.push(() => driver.close());

    say(`Picking ${count} path pairs and ${count} neighbourhood centres…`);
    const { paths, hoods } = await pickSamples(driver, count);

    const runPath = (s: PathSample): [() => Promise<number>, () => Promise<number>] => {
      const { cypher, params } = pathStatementFor(pathQuery(s.from, s.to));
      const body = JSON.stringify({ query: PATHS_QUERY, variables: { from: s.from, to: s.to } });
      return [
        async () => {
          const answer = await client.post(body);
          if (answer.errors?.length) throw new Error(answer.errors[0]?.message);
          return answer.data?.collaborationPaths?.length ?? -1;
        },
        async () => {
          const [row] = await direct(driver, cypher, params);
          return (row?.paths as unknown[] | undefined)?.length ?? -1;
        },
      ];
    };
    const runHood = (s: HoodSample): [() => Promise<number>, () => Promise<number>] => {
      const { cypher, params } = neighbourhoodStatementFor(hoodQuery(s.id));
      const body = JSON.stringify({ query: HOOD_QUERY, variables: { id: s.id } });
      return [
        async () => {
          const answer = await client.post(body);
          if (answer.errors?.length) throw new Error(answer.errors[0]?.message);
          const h = answer.data?.neighborhood;
          return h ? h.nodes.length * 100_000 + h.relationships.length : -1;
        },
        async () => {
          const [row] = await direct(driver, cypher, params);
          const n = (row?.nodes as unknown[] | undefined)?.length ?? 0;
          const r = (row?.relationships as unknown[] | undefined)?.length ?? 0;
          return row ? n * 100_000 + r : -1;
        },
      ];
    };

    say(`Warming up (${WARMUP_PATHS} path and ${WARMUP_HOODS} neighbourhood samples, both sides)…`);
    for (let i = 0; i < WARMUP_PATHS + WARMUP_HOODS; i++) {
      const p = paths[i % paths.length];
      const h = hoods[i % hoods.length];
      const pair = i < WARMUP_PATHS ? p && runPath(p) : h && runHood(h);
      if (!pair) continue;
      await timed(pair[0], []);
      await timed(pair[1], []);
    }

    const pathAll: Series = { label: 'collaborationPaths', graphql: [], driver: [] };
    const pathHub: Series = { label: '  · an end is a hub', graphql: [], driver: [] };
    const pathOrdinary: Series = { label: '  · no hub end', graphql: [], driver: [] };
    const hoodAll: Series = { label: 'neighborhood', graphql: [], driver: [] };
    const hoodHub: Series = {
      label: `  · hub centre (degree ≥ ${HUB_DEGREE})`,
      graphql: [],
      driver: [],
    };
    const hoodOrdinary: Series = { label: '  · ordinary centre', graphql: [], driver: [] };
    let mismatches = 0;
    const graphqlErrors: string[] = [];
    const driverErrors: string[] = [];
    let found = 0;
    const deadline = performance.now() + TIME_BUDGET_MS;
    const loopStarted = performance.now();
    say(`Timing ${count} of each: all paths, then all neighbourhoods, the two sides interleaved…`);
    // Paths first, then neighbourhoods: a neighbourhood answer is a hundred times larger, and the
    // garbage it leaves would otherwise land in the timing of the small path requests.
    const jobs: [Series[], () => [() => Promise<number>, () => Promise<number>]][] = [
      ...paths.map((p): [Series[], () => [() => Promise<number>, () => Promise<number>]] => [
        [pathAll, p.hub ? pathHub : pathOrdinary],
        () => runPath(p),
      ]),
      ...hoods.map((h): [Series[], () => [() => Promise<number>, () => Promise<number>]] => [
        [hoodAll, h.hub ? hoodHub : hoodOrdinary],
        () => runHood(h),
      ]),
    ];
    for (const [i, [series, make]] of jobs.entries()) {
      if (performance.now() >= deadline) break;
      const [g, d] = make();
      let gt: number;
      let dt: number;
      let gv: number;
      let dv: number;
      // Alternate which side goes first, so neither always meets the other's leftovers.
      if (i % 2 === 0) {
        [gt, gv] = await timed(g, graphqlErrors);
        [dt, dv] = await timed(d, driverErrors);
      } else {
        [dt, dv] = await timed(d, driverErrors);
        [gt, gv] = await timed(g, graphqlErrors);
      }
      if (gv !== dv && gv !== -1 && dv !== -1) mismatches++;
      if (series[0] === pathAll && gv > 0) found++;
      for (const s of series) {
        s.graphql.push(gt);
        s.driver.push(dt);
      }
    }
    const loopSeconds = (performance.now() - loopStarted) / 1000;

    say();
    say(
      `Cixi Innovation Graph bench, ${runStarted.toISOString()} (timed loop ${loopSeconds.toFixed(0)} s, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1) ?? '?'}, NODE_ENV=${process.env.NODE_ENV ?? ''})`,
    );
    say(
      `Graph: synthetic scale ${String(scale)} — ${fmt(entities)} nodes, ${fmt(relationships)} relationships; Neo4j ${version?.version ?? '?'} ${version?.edition ?? ''} at ${db.uri}`,
    );
    for (const l of await describe(db)) say(l);
    say(
      `collaborationPaths(maxHops: 4, first: 5) over ${pathAll.graphql.length} connected pairs (${found} with paths); neighborhood(depth: 2) over ${hoodAll.graphql.length} centres. Answers that differed between the two sides: ${mismatches}.`,
    );
    say();
    for (const l of table([pathAll, pathHub, pathOrdinary, hoodAll, hoodHub, hoodOrdinary])) say(l);
    say();
    say(
      'ratio = GraphQL time / driver time (of the percentiles); times are wall-clock per request.',
    );
    const overhead = (x: Series): string => {
      const diffs = x.graphql.map((g, i) => g - (x.driver[i] ?? g));
      return `${percentile(diffs, 0.5).toFixed(1)} ms`;
    };
    say(
      `Median added by HTTP + GraphQL per request (GraphQL − driver, same sample): collaborationPaths ${overhead(pathAll)}, neighborhood ${overhead(hoodAll)}.`,
    );
    const errorSummary = (errors: string[]): string =>
      errors.length === 0
        ? 'none'
        : `${errors.length} (${[...new Set(errors)].slice(0, 3).join('; ')}); their times are in the table`;
    say(
      `Failed requests: GraphQL ${errorSummary(graphqlErrors)}; driver ${errorSummary(driverErrors)}.`,
    );
    if (pathAll.graphql.length < count || hoodAll.graphql.length < count)
      say(
        `The timed loop hit its ${TIME_BUDGET_MS / 1000} s budget before all ${count} samples ran.`,
      );

    if (values.profile) {
      // The most connected hub among the samples, and a typical entity (a handful of links).
      const top = <T extends { degree: number }>(list: T[]): T | undefined =>
        list.reduce<T | undefined>((m, x) => (m && m.degree >= x.degree ? m : x), undefined);
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
        const { cypher, params } = pathStatementFor(pathQuery(pair.from, pair.to));
        await profile(driver, `${label} ${pair.from} → ${pair.to}`, cypher, params);
      }
      for (const [label, centre] of [
        [`neighbourhood, hub (degree ${fmt(hubCentre?.degree ?? 0)})`, hubCentre],
        [`neighbourhood, ordinary (degree ${fmt(plainCentre?.degree ?? 0)})`, plainCentre],
      ] as const) {
        if (!centre) continue;
        const { cypher, params } = neighbourhoodStatementFor(hoodQuery(centre.id));
        await profile(driver, `${label} ${centre.id}`, cypher, params);
      }
    }
  } finally {
    say();
    say('Stopping the API, the drivers and the synthetic Neo4j…');
    await cleanup();
  }
}

const entry = process.argv[1];
if (entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`Bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
