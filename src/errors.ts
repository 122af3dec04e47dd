import { GraphQLError } from 'graphql';

// The closed set of codes a client can see. Apollo adds its own request-level codes
// (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, …) before execution.
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function apiError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * An operation refused by a limit before it runs (status 400). A class, not just a code: when it
 * is raised during validation Apollo relabels it GRAPHQL_VALIDATION_FAILED, and formatError
 * (server.ts) finds it by class to restore QUERY_TOO_COMPLEX.
 */
export class QueryTooComplexError extends GraphQLError {
  constructor(reason: string) {
    super(`Query too complex: ${reason}.`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
    });
  }
}

export const badInput = (message: string): GraphQLError => apiError('BAD_USER_INPUT', message);
export const notFound = (message: string): GraphQLError => apiError('NOT_FOUND', message);
