// The whole API as a request handler: the GraphQL service and the HTTP edge over it. main.ts
// listens with it; tests build the same on port 0.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Graph } from '../neo4j/graph.ts';
import { createCredentials } from '../access/credentials.ts';
import { createGraphQL } from '../graphql/server.ts';
import { createHandler, type Handler } from './handler.ts';

export interface Api {
  handle: Handler;
  /** Has Neo4j plan the common questions before the first request (graphql/warmUp.ts). */
  warmUp(): Promise<number>;
  stop(): Promise<void>;
}

export interface ApiDependencies {
  config: Config;
  graph: Graph;
  log: Logger;
  /** Why Neo4j is not serving, when the process knows (a local Neo4j restarting); for /ready. */
  trouble?: () => string | null;
}

export async function createApi(deps: ApiDependencies): Promise<Api> {
  const graphql = await createGraphQL(deps);
  return {
    handle: createHandler(
      graphql,
      { ...deps, credentials: createCredentials(deps.config.auth) },
      deps.trouble ?? (() => null),
    ),
    warmUp: () => graphql.warmUp(deps.graph),
    stop: graphql.stop,
  };
}
