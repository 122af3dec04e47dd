// The real API, in-process, on a loopback port chosen by the system (port 0), over its own driver
// on the synthetic database. Its request logs are formatted, as when deployed, but discarded.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.ts';
import { createApi } from '../../src/http/api.ts';
import { createLogger } from '../../src/log.ts';
import { createDriver, Graph, type Neo4jConnection } from '../../src/neo4j/graph.ts';
import type { Cleanups } from '../shared/cleanups.ts';

/**
 * Starts the API and returns its GraphQL URL; `cleanups` stops it. `wrap` may stand between it
 * and its driver (to note the statements it sends). Every setting but NODE_ENV is
 * the default, so the bench measures the API as shipped, whatever the shell has set.
 */
export async function startApi(
  connection: Neo4jConnection,
  nodeEnv: Config['nodeEnv'],
  cleanups: Cleanups,
  wrap: (driver: Driver) => Driver = (driver) => driver,
): Promise<URL> {
  const config = loadConfig({ NODE_ENV: nodeEnv, LOG_LEVEL: 'info' });
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const log = createLogger(config.logLevel, sink);
  const driver = createDriver(connection);
  cleanups.add(() => driver.close());
  const graph = new Graph(wrap(driver), connection.database, { timeoutMs: config.queryTimeoutMs });
  const api = await createApi({ config, graph, log });
  cleanups.add(() => api.stop());
  const http = createServer(api.handle);
  http.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.add(
    () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  );
  return new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`);
}
