// A load that Neo4j stopped, said in the loader's words: which files, what happened, what the
// database holds now and what to do. (The driver boundary maps Neo4j's conditions to the API's
// coded errors; their messages speak to API clients, so the loader says its own.)
import { Neo4jError } from 'neo4j-driver';
import { codeOf } from '../src/errors/index.ts';
import { isMemoryLimit } from '../src/neo4j/errors.ts';
import { MAX_LOAD_RECORDS } from './limits.ts';
import { SeedError } from './validate.ts';

export const FAILED = 'The load failed and was rolled back; nothing was written:';
const INTERRUPTED = 'The load was interrupted:';
const SPLIT = `load fewer records at once (split the file; each part is loaded with its own npm run seed -- --file …)`;

/** The SeedError `error` means for a load of `files`, or null when it is not a Neo4j condition. */
export function loadFailure(error: unknown, files: string, timeoutMs: number): SeedError | null {
  if (isMemoryLimit(error) || codeOf(error) === 'QUERY_TOO_COMPLEX')
    return new SeedError(
      [
        `${files}: Neo4j ran out of the memory it allows its transactions (db.memory.transaction.total.max) while loading them; ${SPLIT}, or load when the API is less busy. Files within the limits (${MAX_LOAD_RECORDS} records) fit when nothing else is running.`,
      ],
      FAILED,
    );
  // Stopped while waiting for a lock, the transaction reports the lock, not why it was stopped.
  if (
    codeOf(error) === 'TIMEOUT' ||
    (error instanceof Neo4jError && /LockClientStopped/.test(error.code))
  )
    return new SeedError(
      [
        `${files}: Neo4j stopped the load's transaction before it finished: it ran past the ${timeoutMs / 1000} s a load may take, or it was terminated; ${SPLIT}, or retry when Neo4j is less busy.`,
      ],
      FAILED,
    );
  if (codeOf(error) === 'SERVICE_UNAVAILABLE')
    return new SeedError(
      [
        `${files}: Neo4j stopped answering during the load. A load is one transaction, so the database holds all of it or none of it; check that Neo4j runs, then load the same files again (if it did commit, loading them again changes nothing).`,
      ],
      INTERRUPTED,
    );
  if (error instanceof Neo4jError)
    return new SeedError(
      [`${files}: Neo4j refused the load (${error.code}: ${error.message.split('\n')[0]}).`],
      FAILED,
    );
  return null;
}
