// What integration tests share: the test Neo4j from the global setup (neo4j.ts) and a real API
// on port 0.
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { createDriver, Graph } from '../../src/neo4j/graph.ts';
import { createApi } from '../../src/http/api.ts';
import { createHttpServer } from '../../src/http/listen.ts';
import { queryGraphQL, type GraphQLResponse } from './graphqlFetch.ts';

export function testDriver(uri = inject('neo4jUri')): Driver {
  return createDriver({ uri, username: 'neo4j', password: '', database: 'neo4j' });
}

/** Captures the API's log events so tests can read, e.g., how many statements a request sent. */
export function captureLog(): Logger & { events: Record<string, unknown>[] } {
  const events: Record<string, unknown>[] = [];
  return {
    events,
    say: () => undefined,
    event: (level, fields) => void events.push({ level, ...fields }),
  };
}

export interface TestApi {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** http://127.0.0.1:<port>, for /health, /ready and /export/… */
  origin: string;
  driver: Driver;
  graph: Graph;
  log: ReturnType<typeof captureLog>;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The API as main.ts builds it (same server, same socket timeouts), on a free loopback port.
 * `env` is read like the environment, e.g. { NODE_ENV: 'production' } or
 * { NEO4J_DATABASE: 'nosuchdb' }; `uri` points it at another Neo4j than the shared test one.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  uri?: string,
): Promise<TestApi> {
  const config: Config = loadConfig({ LOG_LEVEL: 'info', NODE_ENV: 'test', ...env });
  const driver = testDriver(uri);
  const graph = new Graph(driver, config.neo4jDatabase, { timeoutMs: config.queryTimeoutMs });
  const log = captureLog();
  const api = await createApi({ config, graph, log });
  const http = createHttpServer(api.handle, config);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const url = `${origin}/graphql`;
  return {
    url,
    origin,
    driver,
    graph,
    log,
    query: <T>(query: string, variables?: Record<string, unknown>) =>
      queryGraphQL<T>(url, query, variables),
    async close() {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await api.stop();
      await driver.close();
    },
  };
}
