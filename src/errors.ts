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

export const badInput = (message: string): GraphQLError => apiError('BAD_USER_INPUT', message);
export const notFound = (message: string): GraphQLError => apiError('NOT_FOUND', message);
