// Writes are limited per principal (a key's name, or jwt:<sub>): WRITE_RATE_LIMIT mutations per
// WRITE_RATE_WINDOW_MS, counted in Neo4j across every API process. Queries never pass here, so a
// flood of writes costs reads nothing but the database's own work. Anonymous mutations are not
// counted: their resolver refuses them (UNAUTHENTICATED) before any work.
import type { OperationDefinitionNode } from 'graphql';
import type { AuthConfig } from '../../config.ts';
import { countWrite } from '../../data/writeLimits.ts';
import { WRITES } from '../../errors/index.ts';
import type { Context } from '../context.ts';

export type WriteLimit = (operation: OperationDefinitionNode, context: Context) => Promise<void>;

/** Counts a mutation of a principal; throws TOO_MANY_REQUESTS (429, Retry-After) past the limit. */
export function writeLimit({
  maxWrites,
  writeWindowMs,
}: Pick<AuthConfig, 'maxWrites' | 'writeWindowMs'>): WriteLimit {
  return async (operation, { graph, principal }) => {
    if (operation.operation !== 'mutation' || !principal) return;
    const { count, endsInMs } = await countWrite(graph, principal.name, writeWindowMs);
    if (count <= maxWrites) return;
    const seconds = Math.max(1, Math.ceil(endsInMs / 1_000));
    throw WRITES.tooMany(maxWrites, Math.round(writeWindowMs / 1_000), seconds);
  };
}
