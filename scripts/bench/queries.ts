// The two questions the bench asks, each in its two forms: the GraphQL request a client sends,
// and the query object the data layer turns into the same Cypher (src/data/paths.ts).
import type { NeighbourhoodQuery } from '../../src/data/neighbourhood.ts';
import type { PathQuery } from '../../src/data/paths.ts';
import {
  ENTITY_KINDS,
  HUB_KINDS,
  PATH_CATEGORIES,
  typesOfCategories,
  type EntityKind,
} from '../../src/data/vocabulary.ts';

// What the resolvers use when the client leaves the arguments out (schema/paths.graphql and
// src/graphql/resolvers/paths.ts): COLLABORATION and AFFILIATION types, through every kind but hubs.
export const PATH_TYPES = typesOfCategories(PATH_CATEGORIES);
export const THROUGH: EntityKind[] = ENTITY_KINDS.filter((k) => !HUB_KINDS.includes(k));
/** Ends of sampled paths: the kinds that collaborate. */
export const PATH_END_KINDS: EntityKind[] = [
  'ENTERPRISE',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'TALENT',
  'PLATFORM',
  'PROJECT',
];

export const PATHS_QUERY = `query Paths($from: ID!, $to: ID!) {
  collaborationPaths(from: $from, to: $to, maxHops: 4, first: 5) {
    length
    nodes { id name kind }
    relationships { id type from { id } to { id } sources { paragraph } }
    explanation
  }
}`;
export const HOOD_QUERY = `query Hood($id: ID!) {
  neighborhood(id: $id, depth: 2) {
    nodes { id name kind }
    relationships { id type from { id } to { id } }
    truncated
  }
}`;

export const pathQuery = (from: string, to: string): PathQuery => ({
  from,
  to,
  maxHops: 4,
  first: 5,
  types: PATH_TYPES,
  statuses: null,
  through: THROUGH,
  avoid: [],
  steps: true,
});
export const hoodQuery = (id: string): NeighbourhoodQuery => ({
  id,
  depth: 2,
  maxNodes: 200,
  types: null,
  kinds: null,
  through: null,
});
