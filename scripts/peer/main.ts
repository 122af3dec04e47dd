// Our API against the library a user would pick instead: @neo4j/graphql, with type definitions
// from @neo4j/introspector, both under Apollo Server over the same synthetic Neo4j. Not a test;
// run it by hand:
//
//   npm run bench:peer -- [--seconds 5] [--rounds 2] [--connections 10] [--profile]
//
// It makes sure the synthetic graph exists (as npm run bench does), starts both APIs in-process
// on loopback ports, asks every operation of both and stops unless the answers are equal, then
// times each operation in alternating runs (ours, peer, peer, ours, …) with autocannon and prints
// requests per second, p50, p95 and their ratios, with the load average before and after.
// --profile then prints the db hits of each side's statements for one request of each.
import '../bench/productionMode.ts';
import { availableParallelism, loadavg } from 'node:os';
import { loadConfig } from '../../src/config.ts';
import { createDriver } from '../../src/neo4j/graph.ts';
import { startApi } from '../bench/api.ts';
import { prepareGraph } from '../bench/graph.ts';
import { reader } from '../bench/reads.ts';
import { Cleanups } from '../shared/cleanups.ts';
import { integerOption, parseCommandLine, runScript } from '../shared/cli.ts';
import { fmt, say } from '../shared/output.ts';
import { openSyntheticDatabase } from '../synthetic/database.ts';
import { sameAnswers } from './answers.ts';
import { timedRun, total, type Run } from './load.ts';
import { pickOperands } from './operands.ts';
import { operations } from './operations.ts';
import { startPeer } from './peerApi.ts';
import { profileOperations } from './profile.ts';
import { recordingDriver, type Statement } from './recording.ts';
import { table, type Row } from './report.ts';

function parseOptions(argv: string[]) {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  return {
    seconds: integerOption('seconds', values.seconds, 5, 1, 120),
    rounds: integerOption('rounds', values.rounds, 2, 1, 20),
    connections: integerOption('connections', values.connections, 10, 1, 200),
    profile: values.profile,
  };
}

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const cleanups = new Cleanups();
  cleanups.exitOnSignal();
  try {
    const db = await openSyntheticDatabase(config.synthetic, say);
    cleanups.add(() => db.close());
    const graph = await prepareGraph(db);
    const ours = await startApi(db.connection, config.nodeEnv, cleanups);
    const peer = await startPeer(db.connection, cleanups, say);
    const driver = createDriver(db.connection);
    cleanups.add(() => driver.close());
    const reads = reader(driver, db.database);
    const ops = operations(await pickOperands(reads));

    say('Asking each operation of both sides once and comparing the answers…');
    if (!(await sameAnswers(ours, peer, ops))) {
      process.exitCode = 1;
      return say('The answers differ: nothing was timed.');
    }
    const started = new Date();
    const loadBefore = load();
    const { seconds, rounds, connections } = options;
    say(
      `Timing: ${ops.length} operations × ${rounds} rounds × 2 sides × ${seconds} s, ${connections} connections; a warm-up run of each side first…`,
    );
    const rows: Row[] = [];
    for (const op of ops) {
      await timedRun(ours, op.ours, connections, 1);
      await timedRun(peer, op.peer, connections, 1);
      const runs: { ours: Run[]; peer: Run[] } = { ours: [], peer: [] };
      for (let round = 0; round < rounds; round++) {
        // A/B, then B/A: neither side always runs first.
        const order = round % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const);
        for (const side of order)
          runs[side].push(
            await timedRun(side === 'ours' ? ours : peer, op[side], connections, seconds),
          );
      }
      const row = { name: op.name, ours: total(runs.ours), peer: total(runs.peer) };
      say(`  ${op.name}: ours ${fmt(row.ours.requests)} requests, peer ${fmt(row.peer.requests)}`);
      if (row.ours.failures || row.peer.failures)
        say(`    failed answers: ours ${row.ours.failures}, peer ${row.peer.failures}`);
      rows.push(row);
    }
    say();
    say(
      `Cixi Innovation Graph vs @neo4j/graphql, ${started.toISOString()}, ${availableParallelism()} CPUs, load average ${loadBefore} before and ${load()} after, NODE_ENV=${config.nodeEnv}`,
    );
    say(
      `Graph: synthetic scale ${String(graph.scale)} — ${fmt(graph.entities)} nodes, ${fmt(graph.relationships)} relationships; Neo4j ${graph.neo4jVersion ?? '?'} ${graph.neo4jEdition ?? ''}`,
    );
    say();
    for (const l of table(rows)) say(l);
    say();
    say('Times in ms; ours/peer above 1 in req/s, and below 1 in p50 and p95, mean we are faster.');

    if (options.profile) {
      const sent = { ours: [] as Statement[], peer: [] as Statement[] };
      const profiled = {
        ours: await startApi(db.connection, config.nodeEnv, cleanups, (d) =>
          recordingDriver(d, sent.ours),
        ),
        peer: await startPeer(db.connection, cleanups, say, (d) => recordingDriver(d, sent.peer)),
      };
      await profileOperations(
        reads,
        { url: profiled.ours, sent: sent.ours },
        { url: profiled.peer, sent: sent.peer },
        ops,
      );
    }
  } finally {
    say();
    say('Stopping both APIs, the drivers and the synthetic Neo4j…');
    await cleanups.run();
  }
}

runScript(main, (error) => `Peer bench failed: ${error.stack ?? String(error)}`);
