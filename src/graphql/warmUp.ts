// Neo4j plans a statement the first time it sees it, which for a path search can take a second
// or more: the common questions are asked once at start-up, with their SDL defaults and an id
// that names nothing, so no first visitor pays for the planning.
import type { ApolloServer } from '@apollo/server';
import { MAX_HOPS } from '../data/cypher.ts';
import { LINK_FIELDS, type LinkField } from '../data/linkFields.ts';
import { linkedEntities } from '../data/links.ts';
import { listEntities } from '../data/lists.ts';
import { ENTITY_KINDS } from '../data/vocabulary.ts';
import type { Graph } from '../neo4j/graph.ts';
import { createContext, type Context } from './context.ts';

const NOBODY = 'warm-up:nobody';

const LISTS = [
  'enterprises',
  'universities',
  'researchInstitutes',
  'platforms',
  'talents',
  'projects',
  'programs',
  'events',
  'industries',
  'regions',
  'agencies',
];

const OPERATIONS = [
  ...Array.from(
    { length: MAX_HOPS },
    (_, i) =>
      `{ collaborationPaths(from: "${NOBODY}", to: "${NOBODY}:other", maxHops: ${i + 1}) { length } }`,
  ),
  // At the default bound: a type set that is not a union of categories, and an avoid list.
  `{ collaborationPaths(from: "${NOBODY}", to: "${NOBODY}:other", types: [PAIRED_WITH]) { length } }`,
  `{ collaborationPaths(from: "${NOBODY}", to: "${NOBODY}:other", avoid: ["${NOBODY}"]) { length } }`,
  ...[1, 2, 3].map((depth) => `{ neighborhood(id: "${NOBODY}", depth: ${depth}) { truncated } }`),
  `{ neighborhood(id: "${NOBODY}", depth: 2, types: [PAIRED_WITH]) { truncated } }`,
  ...LISTS.map((list) => `{ ${list}(first: 1) { totalCount nodes { id description } } }`),
  `{ entity(id: "${NOBODY}") { id relationships { id } } search(query: "慈溪") { id } }`,
];

const NO_FILTER = { nameContains: null, industry: null, region: null, program: null, year: null };

/**
 * What the operations above cannot reach with an id that names nothing: each link field's
 * statement (they run only under a parent that exists), with full and with brief records, and
 * each list's next page, and its first page with brief records.
 */
async function warmStatements(graph: Graph): Promise<number> {
  const fields = Object.keys(LINK_FIELDS) as LinkField[];
  for (const field of fields)
    for (const brief of [false, true])
      await linkedEntities(graph, [NOBODY], { field, first: 1, brief });
  for (const kind of ENTITY_KINDS) {
    const page = { first: 1, filter: NO_FILTER, orderBy: 'NAME_ASC' } as const;
    await listEntities(graph, kind, { ...page, after: { key: '', id: NOBODY } });
    await listEntities(graph, kind, { ...page, after: null, brief: true });
  }
  return fields.length * 2 + ENTITY_KINDS.length * 2;
}

/** Asks each common question once; returns how many it asked. */
export async function warmUp(apollo: ApolloServer<Context>, graph: Graph): Promise<number> {
  for (const query of OPERATIONS)
    await apollo.executeOperation(
      { query },
      {
        contextValue: createContext(
          { requestId: 'warm-up', principal: null, graph },
          { curation: { selfReview: false, documentMaxBytes: 0 } },
        ),
      },
    );
  return OPERATIONS.length + (await warmStatements(graph));
}
