import type { Graph } from './neo4j/graph.ts';
import type { Loaders } from './data/loaders.ts';

/** Per request: the request id, the database bound to this request's deadline, and batch loaders. */
export interface Context {
  requestId: string;
  graph: Graph;
  loaders: Loaders;
}
