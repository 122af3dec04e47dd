// Neo4j's conditions, mapped once to our coded errors (their messages are in src/errors.ts).
import { Neo4jError } from 'neo4j-driver';
import type { GraphQLError } from 'graphql';
import { outOfMemory, statementTimedOut, unavailable } from '../errors/index.ts';

// Neo4j's memory-limit errors are "transient", so the driver would retry them; a query that ran
// out of memory once will again, so it is rethrown as this (non-Neo4j) error to run only once.
export class QueryTooLarge extends Error {}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Maps a driver error to a coded GraphQL error, or null when it is not a known Neo4j condition. */
export function neo4jToGraphQLError(error: unknown): GraphQLError | null {
  if (error instanceof QueryTooLarge) return outOfMemory();
  if (!(error instanceof Neo4jError)) return null;
  const code = error.code;
  if (UNAVAILABLE.has(code) || code.includes('DatabaseUnavailable') || isConnectionError(error))
    return unavailable();
  // Timed out, terminated, or stopped while waiting for a lock another transaction holds.
  if (/TransactionTimedOut|Terminated|LockClientStopped/.test(code)) return statementTimedOut();
  return null;
}

export function isMemoryLimit(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.includes('MemoryPoolOutOfMemoryError');
}

function isConnectionError(error: Neo4jError): boolean {
  return (
    /ECONNREFUSED|ECONNRESET|connection|socket/i.test(error.message) &&
    !error.code.startsWith('Neo.')
  );
}
