import type { Graph } from '../neo4j/graph.ts';
import { createLoaders, type Loaders } from '../data/loaders.ts';

/** Per request: the request id, the database bound to this request's scope, and batch loaders. */
export interface Context {
  requestId: string;
  graph: Graph;
  loaders: Loaders;
}

export function createContext(requestId: string, graph: Graph): Context {
  return { requestId, graph, loaders: createLoaders(graph) };
}
