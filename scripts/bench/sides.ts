// The two sides of one sample: the GraphQL request end to end over HTTP, and the same statement
// straight through the driver. Each side answers with a number that describes its result, so
// the two can be compared (-1 when there was no answer).
import { neighbourhoodStatementFor } from '../../src/data/neighbourhood.ts';
import { pathStatementFor } from '../../src/data/paths.ts';
import type { GraphQLBody, GraphQLClient } from './http.ts';
import { HOOD_QUERY, hoodQuery, PATHS_QUERY, pathQuery } from './queries.ts';
import type { Reader } from './reads.ts';
import type { HoodSample, PathSample } from './samples.ts';

export type Side = () => Promise<number>;
export interface Sides {
  graphql: Side;
  driver: Side;
}

/** The API's statement timeout (QUERY_TIMEOUT_MS, default 5 s), on the driver side too. */
const DRIVER_TIMEOUT_MS = 5_000;

const size = (list: unknown): number => (Array.isArray(list) ? list.length : -1);
/** Nodes and relationships in one number: the two sides agree when both agree. */
const shape = (nodes: unknown, relationships: unknown): number =>
  Math.max(size(nodes), 0) * 100_000 + Math.max(size(relationships), 0);

async function answer(client: GraphQLClient, body: string): Promise<GraphQLBody> {
  const reply = await client.post(body);
  if (reply.errors?.length) throw new Error(reply.errors[0]?.message);
  return reply;
}

export function pathSides(client: GraphQLClient, reads: Reader, s: PathSample): Sides {
  const { cypher, params } = pathStatementFor(pathQuery(s.from, s.to));
  const body = JSON.stringify({ query: PATHS_QUERY, variables: { from: s.from, to: s.to } });
  return {
    graphql: async () => (await answer(client, body)).data?.collaborationPaths?.length ?? -1,
    driver: async () => {
      const [row] = await reads.rows(cypher, params, DRIVER_TIMEOUT_MS);
      return (row?.paths as unknown[] | undefined)?.length ?? -1;
    },
  };
}

export function hoodSides(client: GraphQLClient, reads: Reader, s: HoodSample): Sides {
  const { cypher, params } = neighbourhoodStatementFor(hoodQuery(s.id));
  const body = JSON.stringify({ query: HOOD_QUERY, variables: { id: s.id } });
  return {
    graphql: async () => {
      const h = (await answer(client, body)).data?.neighborhood;
      return h ? shape(h.nodes, h.relationships) : -1;
    },
    driver: async () => {
      const [row] = await reads.rows(cypher, params, DRIVER_TIMEOUT_MS);
      return row ? shape(row.nodes, row.relationships) : -1;
    },
  };
}
