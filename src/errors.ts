// Every error a client can see, in one place: the closed set of codes, the HTTP status each has
// where the answer is not a GraphQL response (exports, request bodies, unknown paths), and every
// message, built once here so the same refusal reads the same wherever it happens.
import { GraphQLError } from 'graphql';

/**
 * Our codes. Apollo adds its own request-level ones before execution (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, OPERATION_RESOLUTION_FAILURE, PERSISTED_QUERY_*).
 */
export const HTTP_STATUS = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  QUERY_TOO_COMPLEX: 413,
  TIMEOUT: 504,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
} as const;
export type ErrorCode = keyof typeof HTTP_STATUS;
export const ERROR_CODES = Object.keys(HTTP_STATUS) as ErrorCode[];

export function apiError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export function codeOf(error: unknown): ErrorCode | undefined {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === 'string' && Object.hasOwn(HTTP_STATUS, code)
    ? (code as ErrorCode)
    : undefined;
}

/** The JSON body of an error answered outside GraphQL, shaped like a GraphQL error response. */
export const errorBody = (code: string, message: string): string =>
  JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** Caller text quoted in a message, cut so that a long value cannot make a long answer. */
export const quote = (text: string): string =>
  [...text].length > 60 ? `${[...text].slice(0, 60).join('')}…` : text;

export const badInput = (message: string): GraphQLError => apiError('BAD_USER_INPUT', message);

export const outOfRange = (name: string, min: number, max: number, got: unknown): GraphQLError =>
  badInput(
    `${name} must be an integer from ${min} to ${max}; got ${typeof got === 'string' ? `"${quote(got)}"` : String(got)}.`,
  );

export const tooLong = (name: string, max: number): GraphQLError =>
  badInput(`${name} must be at most ${max} characters.`);

export const tooManyItems = (name: string, max: number): GraphQLError =>
  badInput(`${name} may list at most ${max} values.`);

export const nullWithDefault = (name: string): GraphQLError =>
  badInput(`${name} must not be null; leave it out to get its default.`);

export const emptyText = (name: string): GraphQLError =>
  badInput(`${name} must not be empty; give part of a name, e.g. 武汉 or Wuhan.`);

/** `role` names which argument held the id when a question takes two (from, to). */
export const entityNotFound = (id: string, role?: string): GraphQLError =>
  apiError(
    'NOT_FOUND',
    `No entity has the id "${quote(id)}"${role ? ` (${role})` : ''}; search finds ids by name.`,
  );

const always = (code: ErrorCode, message: string) => (): GraphQLError => apiError(code, message);

export const unavailable = always(
  'SERVICE_UNAVAILABLE',
  'The graph database is not reachable right now; retry in a few seconds.',
);
export const statementTimedOut = always(
  'TIMEOUT',
  'The query took longer than the time allowed; narrow it (fewer hops or a smaller first).',
);
export const requestCancelled = always(
  'TIMEOUT',
  'The request was cancelled: it ran past its deadline or the client went away.',
);
export const outOfMemory = always(
  'QUERY_TOO_COMPLEX',
  'The query needs more memory than the database allows; narrow it (fewer hops or a smaller first).',
);

export const pastDeadline = (ms: number): GraphQLError =>
  apiError(
    'TIMEOUT',
    `The request took longer than the ${ms} ms allowed (REQUEST_TIMEOUT_MS); its database work was stopped. Ask for less, or retry.`,
  );

/** Refusals of Apollo's automatic persisted queries that Apollo itself leaves without a code. */
export const PERSISTED_QUERY = {
  version: 'Only version 1 of automatic persisted queries is supported; send the full query.',
  hash: 'extensions.persistedQuery.sha256Hash must be the SHA-256 of the query, as 64 hexadecimal digits.',
  mismatch: 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.',
} as const;

export const badTarget = (): string =>
  'The request target is not a valid path; the API is at /graphql.';

export const responseTooLarge = (bytes: number, max: number): GraphQLError =>
  apiError(
    'QUERY_TOO_COMPLEX',
    `The answer would be ${bytes} bytes, more than the ${max} allowed (MAX_RESPONSE_BYTES); ask for less: smaller pages (first), fewer fields, or a smaller maxNodes.`,
  );

export const exportsBusy = (max: number): string =>
  `The server is preparing as many exports as it allows at once (${max}, MAX_CONCURRENT_EXPORTS); retry in a few seconds.`;

// Arguments that are in range but do not make a question.
export const sameEnds = (): GraphQLError => badInput('from and to must be different entities.');
export const noPathTypes = (): GraphQLError =>
  badInput('choose at least one relationship category or type for paths to follow.');
export const noPathStatuses = (): GraphQLError =>
  badInput('choose at least one relationship status for paths to follow.');
export const noCountStatuses = (): GraphQLError =>
  badInput('choose at least one relationship status to count through.');
export const noCategories = (): GraphQLError =>
  badInput('categories must name at least one relationship category.');
export const emptyGroup = (name: string): GraphQLError =>
  badInput(`${name}.kinds must name at least one kind.`);
export const notACoverageScope = (id: string, kind: string): GraphQLError =>
  badInput(`coverage needs a program or an industry id; "${quote(id)}" is a ${kind}.`);
export const foreignCursor = (kind: string, order: string): GraphQLError =>
  badInput(
    `after is not a cursor of this list in order ${order}, of ${kind} entities; pass pageInfo.endCursor from the previous page of the same list.`,
  );
/** A cursor that does not belong to `list` (the paragraphs of one document, one entity's mentions). */
export const foreignListCursor = (list: string): GraphQLError =>
  badInput(
    `after is not a cursor of ${list}; pass pageInfo.endCursor from the previous page of the same list.`,
  );
export const noSuchOperation = (operation: string): string =>
  `This API has no ${operation} operations; send a query or a mutation.`;

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

// Credentials (http/credentials.ts) and roles (graphql/roles.ts). One message for every bad
// credential, so an answer never tells a guesser whether a key exists or was revoked.
export const AUTH = {
  missing: () =>
    apiError(
      'UNAUTHENTICATED',
      'This server asks for an API key (READ_REQUIRES_KEY): send it as "Authorization: Bearer <key>"; an admin creates one with npm run keys -- create.',
    ),
  missingFor: (role: string) =>
    apiError(
      'UNAUTHENTICATED',
      `This needs an API key with the role ${role} or above: send it as "Authorization: Bearer <key>".`,
    ),
  malformed: () =>
    apiError(
      'UNAUTHENTICATED',
      'The Authorization header must be "Bearer <key>", with the key as npm run keys -- create printed it.',
    ),
  rejected: () =>
    apiError(
      'UNAUTHENTICATED',
      'The API key is not valid: unknown or revoked. Ask an admin for a new one (npm run keys -- create).',
    ),
  tooManyFailures: (seconds: number) =>
    apiError(
      'TOO_MANY_REQUESTS',
      `Too many failed sign-ins from this client; wait ${seconds} s before trying again.`,
    ),
  forbidden: (needs: readonly string[], role: string) =>
    apiError(
      'FORBIDDEN',
      `This needs the role ${needs.join(' or ')}; your key has the role ${role}. Ask an admin for a key with that role.`,
    ),
} as const;

// Changes (data/changes.ts): proposed, reviewed, applied.
export const CHANGE = {
  refused: (problems: readonly string[]) =>
    badInput(`The change was refused; nothing was written:\n  ${problems.join('\n  ')}`),
  oneField: (index: number) =>
    badInput(`operations[${index}] must give exactly one of entity, relationship or retract.`),
  noOperations: () => badInput('operations must list at least one operation.'),
  emptyReason: () => badInput('reason must say why the change is needed, in a few words.'),
  notFound: (id: string) =>
    apiError('NOT_FOUND', `No change has the id "${quote(id)}"; changes lists them.`),
  decided: (id: string, status: string, by: string | null) =>
    apiError(
      'CONFLICT',
      `The change ${quote(id)} is ${status}${by ? ` (by ${by})` : ''}, no longer PROPOSED; only a proposed change can be reviewed.`,
    ),
  ownChange: () =>
    apiError(
      'FORBIDDEN',
      'A reviewer cannot accept their own change; another reviewer must (CURATION_SELF_REVIEW=true allows it on a one-person deployment).',
    ),
  staleVersion: (entity: string, edited: number, current: number) =>
    apiError(
      'CONFLICT',
      `${quote(entity)} is at version ${current}, but the change edits version ${edited}: someone changed it since. Read it again and propose the change on version ${current}.`,
    ),
  exists: (entity: string, current: number) =>
    apiError(
      'CONFLICT',
      `${quote(entity)} exists already (version ${current}); to update it, give version: ${current}.`,
    ),
  noSuchEntity: (entity: string) =>
    apiError(
      'NOT_FOUND',
      `The change updates ${quote(entity)} (it gives a version), but no entity has that id; leave version out to add it.`,
    ),
  noSuchRelationship: (key: string) =>
    apiError(
      'NOT_FOUND',
      `The change retracts ${quote(key)}, but the graph holds no such relationship.`,
    ),
} as const;

/** A broken invariant: logged in full, and masked to the client. */
export const internal = (why: string): GraphQLError => apiError('INTERNAL_SERVER_ERROR', why);

export const INTERNAL_MESSAGE =
  'Internal server error. The x-request-id response header identifies it in the server log.';

/**
 * An operation refused by a limit before it runs (status 400). A class, not just a code: when it
 * is raised during validation Apollo relabels it GRAPHQL_VALIDATION_FAILED, and the error
 * formatter finds it by class to restore QUERY_TOO_COMPLEX.
 */
export class QueryTooComplexError extends GraphQLError {
  constructor(reason: string) {
    super(`Query too complex: ${reason}.`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
    });
  }
}

// The review queue of an ingested document (Query.candidates, Query.suggestedLinks).
export const REVIEW_QUEUE = {
  noDocument: (id: string) =>
    apiError(
      'NOT_FOUND',
      `No document has the id "${quote(id)}"; npm run ingest prints each report's id (source:report-…).`,
    ),
  foreignCursor: (list: string, document: string) =>
    badInput(
      `after is not a cursor of ${list} of document "${quote(document)}"; pass pageInfo.endCursor from the previous page of the same list.`,
    ),
} as const;
