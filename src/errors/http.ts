// Refusals at the HTTP edge: request targets, bodies, persisted queries and export URLs.
import { apiError, badInput, quote } from './codes.ts';

/** Refusals of Apollo's automatic persisted queries that Apollo itself leaves without a code. */
export const PERSISTED_QUERY = {
  version: 'Only version 1 of automatic persisted queries is supported; send the full query.',
  hash: 'extensions.persistedQuery.sha256Hash must be the SHA-256 of the query, as 64 hexadecimal digits.',
  mismatch: 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.',
} as const;

export const badTarget = (): string =>
  'The request target is not a valid path; the API is at /graphql.';

// What an export's URL may hold (http/exportArguments.ts reads it as the field's arguments).
export const EXPORT = {
  nothingAt: (path: string, routes: string) => `Nothing at ${path}: exports are ${routes}.`,
  notGet: 'Exports are downloaded with GET.',
  noParameters: (what: string, got: string) =>
    badInput(`/export/${what}.* takes no parameters; got "${quote(got)}".`),
  unknownParameter: (route: string, allowed: readonly string[], got: string) =>
    badInput(`${route} takes ${allowed.join(', ')}; got "${quote(got)}".`),
  repeated: (name: string) => badInput(`${name} may be given only once.`),
  requiredId: (name: string) =>
    badInput(
      `${name} is required: an entity id such as university:wust; search finds ids by name.`,
    ),
  notInList: (name: string, what: string, allowed: readonly string[], got: string) =>
    badInput(
      `${name} must be a comma-separated list of ${what} (${allowed.join(', ')}); got "${quote(got)}".`,
    ),
  graphTooLarge: (bound: string) =>
    apiError(
      'QUERY_TOO_COMPLEX',
      `The whole graph holds more than ${bound}; export a neighbourhood instead, e.g. ` +
        '/export/neighborhood.graphml?id=university:wust&depth=2, narrowed with maxNodes, types ' +
        'or kinds if needed.',
    ),
  tooLarge: (
    nodes: number,
    relationships: number,
    maxNodes: number,
    maxRelationships: number,
    narrow: string,
  ) =>
    apiError(
      'QUERY_TOO_COMPLEX',
      `This export would hold ${nodes} entities and ${relationships} relationships; ` +
        `one export may hold at most ${maxNodes} entities (EXPORT_MAX_NODES) and ` +
        `${maxRelationships} relationships: ${narrow}.`,
    ),
} as const;

// Request bodies, refused at the HTTP edge (http/body.ts).
export const BODY = {
  tooLarge: (limit: number) => `Request body too large: at most ${limit} bytes are accepted.`,
  empty: 'Request body is empty: send a JSON object with a "query" field.',
  malformed: (why: string) => `Malformed JSON in the request body: ${why}.`,
  nothingAt: (path: string) =>
    `Nothing at ${path}: the API is at /graphql; /health and /ready report status.`,
} as const;
