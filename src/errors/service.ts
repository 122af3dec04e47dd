// When the database or the server cannot answer: unreachable, too slow, too large, too busy.
import type { GraphQLError } from 'graphql';
import { apiError, type ErrorCode } from './codes.ts';

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

export const responseTooLarge = (bytes: number, max: number): GraphQLError =>
  apiError(
    'QUERY_TOO_COMPLEX',
    `The answer would be ${bytes} bytes, more than the ${max} allowed (MAX_RESPONSE_BYTES); ask for less: smaller pages (first), fewer fields, or a smaller maxNodes.`,
  );

export const exportsBusy = (max: number): string =>
  `The server is preparing as many exports as it allows at once (${max}, MAX_CONCURRENT_EXPORTS); retry in a few seconds.`;
