// The closed set of codes a client can see, the HTTP status each has where the answer is not a
// GraphQL response (exports, request bodies, unknown paths), and the constructors every message
// module builds on.
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
