import type { Config } from '../config.ts';
import type { Principal } from '../data/keys.ts';
import type { Graph } from '../neo4j/graph.ts';
import { createLoaders, type Loaders } from '../data/loaders.ts';

/** Per request: its id, who sends it, the database bound to its scope, and batch loaders. */
export interface Context {
  requestId: string;
  principal: Principal;
  graph: Graph;
  loaders: Loaders;
  curation: Config['curation'];
}

export function createContext(
  scope: { requestId: string; principal: Principal; graph: Graph },
  config: Pick<Config, 'curation'>,
): Context {
  return { ...scope, loaders: createLoaders(scope.graph), curation: config.curation };
}
