// npm run load [-- --duration 60 --connections 50]
//
// A load test of the real API: starts a throwaway local Neo4j (or uses NEO4J_URI), loads the
// curated data, starts the API as its own process on a free loopback port (so its memory can be
// measured), then holds `connections` concurrent connections for `duration` seconds on a mix of
// search, list, neighbourhood and path queries. Prints requests/s, latency percentiles, errors
// (non-2xx, connection errors and GraphQL errors) and the API's peak resident memory, and exits
// 1 when a target is missed: no errors, p99 under 500 ms, API memory under 300 MB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDriver, Graph } from '../../src/neo4j/graph.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { migrate } from '../../src/neo4j/migrations.ts';
import { CURATED_FILES, loadSeed, readSeedFiles } from '../../seed/load.ts';
import { Cleanups } from '../shared/cleanups.ts';
import { integerOption, parseCommandLine, runScript } from '../shared/cli.ts';
import { say } from '../shared/output.ts';
import { startApiProcess } from './apiProcess.ts';
import { holdLoad } from './hold.ts';
import { warmUp } from './operations.ts';
import { printSummary } from './report.ts';

function parseOptions(argv: string[]): { duration: number; connections: number } {
  const { values } = parseCommandLine({
    args: argv,
    options: { duration: { type: 'string' }, connections: { type: 'string' } },
  });
  return {
    duration: integerOption('duration', values.duration, 60, 1, 600),
    connections: integerOption('connections', values.connections, 50, 1, 200),
  };
}

/** NEO4J_URI's Neo4j, or a throwaway local one (removed with its data by `cleanups`). */
async function neo4jToUse(
  config: Readonly<Config>,
  cleanups: Cleanups,
): Promise<{ uri: string; local: LocalNeo4j | null }> {
  if (config.neo4jUri !== null) return { uri: config.neo4jUri, local: null };
  const dataDir = mkdtempSync(join(tmpdir(), 'cixi-load-neo4j-'));
  cleanups.add(() => rmSync(dataDir, { recursive: true, force: true }));
  say(`Starting a throwaway local Neo4j in ${dataDir}…`);
  const local = await startLocalNeo4j({ boltPort: 0, dataDir, heap: '768m', pageCache: '128m' });
  cleanups.add(() => local.stop());
  return { uri: local.uri, local };
}

async function loadCuratedData(config: Readonly<Config>, uri: string): Promise<void> {
  const connection = {
    uri,
    username: config.neo4jUsername,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
  };
  const driver = createDriver(connection);
  try {
    const graph = new Graph(driver, connection.database, { timeoutMs: 120_000 });
    await migrate(graph);
    const loaded = await loadSeed(graph, await readSeedFiles(CURATED_FILES));
    say(`Curated data loaded: ${loaded.entities} entities (Neo4j at ${uri}).`);
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const { duration, connections } = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const cleanups = new Cleanups();
  cleanups.exitOnSignal();
  try {
    const neo4j = await neo4jToUse(config, cleanups);
    await loadCuratedData(config, neo4j.uri);
    const api = await startApiProcess(neo4j.uri, config);
    cleanups.add(() => api.stop());
    say(`API (process ${api.pid}) at ${api.url}.`);
    await warmUp(api.url);
    const run = await holdLoad({
      url: api.url,
      connections,
      duration,
      apiPid: api.pid,
      neo4jPid: neo4j.local?.pid ?? null,
    });
    process.exitCode = printSummary(run) ? 0 : 1;
  } finally {
    await cleanups.run();
  }
}

runScript(main, (error) => `Load test failed: ${error.stack ?? String(error)}`);
