import type { Principal } from '../data/keys.ts';
import type { Graph } from '../neo4j/graph.ts';
import { createLoaders, type Loaders } from '../data/loaders.ts';

/** Per request: its id, who sends it, the database bound to its scope, and batch loaders. */
export interface Context {
  requestId: string;
  principal: Principal;
  graph: Graph;
  loaders: Loaders;
}

export function createContext(scope: {
  requestId: string;
  principal: Principal;
  graph: Graph;
}): Context {
  return { ...scope, loaders: createLoaders(scope.graph) };
}
