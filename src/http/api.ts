// The whole API as a request handler: the GraphQL service and the HTTP edge over it. main.ts
// listens with it; tests build the same on port 0.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Graph } from '../neo4j/graph.ts';
import { createGraphQL } from '../graphql/server.ts';
import { createHandler, type Handler } from './handler.ts';

export interface Api {
  handle: Handler;
  stop(): Promise<void>;
}

export async function createApi(deps: { config: Config; graph: Graph; log: Logger }): Promise<Api> {
  const graphql = await createGraphQL(deps);
  return { handle: createHandler(graphql, deps), stop: graphql.stop };
}
