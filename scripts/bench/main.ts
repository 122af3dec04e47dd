// The API against the driver on the synthetic graph: how much GraphQL and HTTP add to the path
// and neighbourhood statements. Not a test; run it by hand:
//
//   npm run bench -- [--samples 200] [--profile]
//
// It makes sure the synthetic graph exists (scripts/synthetic/, default scale, generated when
// missing; otherwise whatever scale is there), starts its Neo4j, builds the real API in-process
// on a loopback port, and for each sampled argument sends the GraphQL request end to end over
// HTTP and the same Cypher straight through the driver, interleaved (alternating which goes
// first). --profile also prints the PROFILE plans of both statements for a hub and for an
// ordinary entity. Everything it starts is stopped before it exits.
import './productionMode.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDriver } from '../../src/neo4j/graph.ts';
import { Cleanups } from '../shared/cleanups.ts';
import { integerOption, parseCommandLine, runScript } from '../shared/cli.ts';
import { say } from '../shared/output.ts';
import { describe } from '../synthetic/describe.ts';
import { openSyntheticDatabase, type SyntheticDatabase } from '../synthetic/database.ts';
import { startApi } from './api.ts';
import { prepareGraph, type GraphFacts } from './graph.ts';
import { httpClient, type GraphQLClient } from './http.ts';
import { measure, TIME_BUDGET_MS } from './measure.ts';
import { profileSamples } from './profile.ts';
import { reader, type Reader } from './reads.ts';
import { printReport } from './report.ts';

function parseOptions(argv: string[]): { count: number; profile: boolean } {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      samples: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  const count = integerOption('samples', values.samples, 200, 10, 5_000);
  return { count, profile: values.profile };
}

interface Bench {
  db: SyntheticDatabase;
  graph: GraphFacts;
  client: GraphQLClient;
  reads: Reader;
}

/** The synthetic Neo4j with its graph, the API on it, and the two sides' connections. */
async function setUp(config: Readonly<Config>, cleanups: Cleanups): Promise<Bench> {
  const db = await openSyntheticDatabase(config.synthetic, say);
  cleanups.add(() => db.close());
  const graph = await prepareGraph(db);
  const url = await startApi(db.connection, config.nodeEnv, cleanups);
  const client = httpClient(url);
  cleanups.add(() => client.close());
  // The driver side has its own driver (own pool), tuned the same way.
  const driver = createDriver(db.connection);
  cleanups.add(() => driver.close());
  return { db, graph, client, reads: reader(driver, db.database) };
}

async function main(): Promise<void> {
  const { count, profile } = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const started = new Date();
  const cleanups = new Cleanups();
  cleanups.exitOnSignal();
  try {
    const { db, graph, client, reads } = await setUp(config, cleanups);
    const m = await measure(client, reads, count);
    printReport({
      started,
      nodeEnv: config.nodeEnv,
      uri: db.uri,
      graph,
      description: await describe(db),
      count,
      budgetMs: TIME_BUDGET_MS,
      loop: m.loop,
      paths: m.pathSeries,
      hoods: m.hoodSeries,
    });
    if (profile) await profileSamples(reads, m.paths, m.hoods);
  } finally {
    say();
    say('Stopping the API, the drivers and the synthetic Neo4j…');
    await cleanups.run();
  }
}

runScript(main, (error) => `Bench failed: ${error.stack ?? String(error)}`);
