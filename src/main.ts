// Start-up and shutdown only: configuration → Neo4j → seed if empty → server → listen.
import { createServer as createProbeServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { openDatabase, DatabaseStartError, type Database } from './neo4j/connect.ts';
import { LocalNeo4jError } from './neo4j/localServer.ts';
import { createApi } from './http/api.ts';
import { createHttpServer } from './http/listen.ts';
import { ensureCuratedData } from '../seed/curated.ts';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message, 2);
    throw error;
  }
  const log = createLogger(config.logLevel);
  // Check the API port first: finding it taken after a 10 s database start would waste the wait.
  await assertPortFree(config);

  let database: Database;
  try {
    database = await openDatabase(config, log, { watch: true });
  } catch (error) {
    if (error instanceof LocalNeo4jError || error instanceof DatabaseStartError)
      return fail(error.message, 1);
    throw error;
  }
  // One write transaction over the whole data set: a request's query time limit does not apply.
  const loaded = await ensureCuratedData(
    database.graph.withOptions({ timeoutMs: 120_000 }),
    config.sourcesDir,
  );
  log.say(loaded ? `Loaded the curated data: ${loaded}.` : 'Using the data already in Neo4j.');

  const api = await createApi({ config, graph: database.graph, log, trouble: database.trouble });
  const warming = performance.now();
  const warmed = await api.warmUp();
  log.say(
    `Planned the ${warmed} common queries in ${((performance.now() - warming) / 1000).toFixed(1)} s.`,
  );
  const http = createHttpServer(api.handle, config);
  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  const { port } = http.address() as AddressInfo;
  log.say(
    `Cixi Innovation Graph API ready at http://${host}:${port}/graphql (Neo4j: ${database.uri})`,
  );
  log.say(`Press Ctrl-C (or send SIGTERM to process ${process.pid}) to stop.`);

  installShutdown(http, database, api.stop, log);
}

function installShutdown(
  http: HttpServer,
  database: Database,
  stopServer: () => Promise<void>,
  log: Logger,
): void {
  let stopping = false;
  const stop = async (reason: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.say(`${reason}: stopping the API${database.local ? ' and the local Neo4j' : ''}…`);
    http.close();
    http.closeIdleConnections();
    await stopServer();
    await database.close();
    log.say('Stopped.');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void stop(`${signal} received`));
  // npm does not pass SIGTERM on to the script it runs: when the process that launched us goes
  // away, stop as well, so killing `npm start` leaves no API and no JVM behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop('The process that started the API exited');
  }, 1_000).unref();
}

async function assertPortFree(config: Config): Promise<void> {
  if (config.port === 0) return;
  const probe = createProbeServer();
  await new Promise<void>((resolve) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        fail(
          `Port ${config.port} is already in use; stop the other process or set PORT to a free port.`,
          1,
        );
      else
        fail(
          `Cannot listen on ${config.host}:${config.port} (${error.code}); set HOST or PORT.`,
          1,
        );
    });
    probe.listen(config.port, config.host, () => probe.close(() => resolve()));
  });
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
