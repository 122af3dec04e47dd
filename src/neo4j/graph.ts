import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { requestCancelled } from '../errors/index.ts';
import type { Logger } from '../log.ts';
import { PROBE_DEADLINE_MS, availabilityOf } from './availability.ts';
import { QueryTooLarge, isMemoryLimit, neo4jToGraphQLError } from './errors.ts';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export type Row = Record<string, unknown>;

/** How long a read or write is retried after a transient error before it fails. */
const RETRY_MS = 500;

/** JavaScript numbers reach Neo4j as floats; LIMIT, SKIP and stored counts need integers. */
export const int = (value: number): unknown => neo4j.int(value);
export type Params = Record<string, unknown>;
/** Sends one statement inside the caller's transaction (writeTransaction, writeOnce). */
export type Run = (cypher: string, params?: Params) => Promise<Row[]>;
/** Hands each row of one statement to `onRow` as it arrives (awaited: the stream waits for it). */
export type Stream = <T = Row>(
  cypher: string,
  params: Params,
  onRow: (row: T) => Promise<void> | void,
) => Promise<void>;

/** What statements run in: a managed transaction, or an explicit one (`writeOnce`). */
type Tx = Pick<ManagedTransaction, 'run'>;

/** Parameters as a log shows them: Neo4j integers as plain numbers. */
const printable = (params: Params): unknown =>
  JSON.parse(
    JSON.stringify(params, (_key, value: unknown) =>
      neo4j.isInt(value) ? value.toNumber() : value,
    ),
  );

/**
 * A driver tuned to fail fast: the defaults (30 s retry budget, 60 s pool wait) would hold a
 * request for a minute when Neo4j is down; an interactive API should answer within 2 s instead.
 */
export function createDriver(
  c: Neo4jConnection,
  { exactIntegers = false }: { exactIntegers?: boolean } = {},
): Driver {
  // Integers as JavaScript numbers, except for the backup, which must tell 5 from 5.0 and keep
  // 64-bit integers exact: there they stay the driver's Integer.
  return neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), {
    disableLosslessIntegers: !exactIntegers,
    maxTransactionRetryTime: RETRY_MS,
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 1_000,
    maxConnectionPoolSize: 64,
    userAgent: 'cixi-innovation-graph',
  });
}

export interface GraphOptions {
  /** Aborted when the client goes away: the session closes and Neo4j stops the query. */
  signal?: AbortSignal;
  /** Server-side transaction timeout for each statement. */
  timeoutMs: number;
  /** Called once per statement sent (request logs and the N+1 tests count them). */
  onStatement?: (cypher: string, params: Params) => void;
  /** Carried as transaction metadata, so `SHOW TRANSACTIONS` ties a query to its request. */
  requestId?: string;
  /** At debug level, each statement is logged with its parameters and duration. */
  log?: Logger;
}

/**
 * The single boundary to Neo4j: read routing and one auto-commit statement per read, one managed
 * transaction per write (or, for the loader, one explicit transaction that is never retried),
 * sessions closed in `finally`, Neo4j errors mapped to coded GraphQL errors once, here.
 */
export class Graph {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: GraphOptions,
  ) {}

  withOptions(options: Partial<GraphOptions>): Graph {
    return new Graph(this.driver, this.database, { ...this.options, ...options });
  }

  read<T = Row>(cypher: string, params: Params = {}, timeoutMs?: number): Promise<T[]> {
    return this.run('READ', (tx) => this.rows<T>(tx, cypher, params), timeoutMs);
  }

  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.run('WRITE', (tx) =>
      work((cypher, params = {}) => this.rows<Row>(tx, cypher, params)),
    );
  }

  /**
   * Runs `work` in one explicit write transaction, committed when it returns and rolled back when
   * it throws, and never retried: a managed transaction runs all of its work again after a
   * transient error (a memory limit, a terminated transaction), which a long write must not. For
   * the seed loader; `timeoutMs` bounds the whole transaction.
   */
  writeOnce<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.run('WRITE_ONCE', (tx) =>
      work((cypher, params = {}) => this.rows<Row>(tx, cypher, params)),
    );
  }

  /**
   * Runs `work` in one explicit read transaction, so every statement sees the same snapshot,
   * streaming rows as Neo4j sends them (never all in memory), and never retried: rows already
   * handed on cannot be taken back. For the backup.
   */
  readSnapshot<T>(work: (stream: Stream) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.run(
      'READ_ONCE',
      (tx) => {
        const stream: Stream = async <R>(
          cypher: string,
          params: Params,
          onRow: (row: R) => Promise<void> | void,
        ) => {
          this.options.onStatement?.(cypher, params);
          for await (const record of tx.run(cypher, params)) await onRow(record.toObject() as R);
        };
        return work(stream);
      },
      timeoutMs,
    );
  }

  /** Whether Neo4j answers a trivial query within `timeoutMs` (for /ready). */
  async ping(timeoutMs: number): Promise<void> {
    await this.read('RETURN 1 AS ok', {}, timeoutMs);
  }

  private async rows<T>(tx: Tx, cypher: string, params: Params): Promise<T[]> {
    this.options.onStatement?.(cypher, params);
    const started = performance.now();
    try {
      const result = await tx.run(cypher, params);
      return result.records.map((r) => r.toObject() as T);
    } catch (error) {
      if (isMemoryLimit(error)) throw new QueryTooLarge();
      throw error;
    } finally {
      this.options.log?.event('debug', {
        requestId: this.options.requestId,
        statement: cypher.trim(),
        params: printable(params),
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  }

  private async run<T>(
    mode: 'READ' | 'READ_ONCE' | 'WRITE' | 'WRITE_ONCE',
    work: (tx: Tx) => Promise<T>,
    timeoutMs = this.options.timeoutMs,
  ): Promise<T> {
    const { signal, requestId } = this.options;
    const availability = availabilityOf(this.driver);
    const release = await availability.acquire(() => this.probe());
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode.startsWith('READ') ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const cancel = (): void => void session.close();
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      const config = { timeout: timeoutMs, ...(requestId ? { metadata: { requestId } } : {}) };
      const result = await (mode === 'READ'
        ? autoCommit(session, work, config)
        : mode === 'WRITE'
          ? session.executeWrite(work, config)
          : once(session, work, config));
      availability.markUp();
      return result;
    } catch (error) {
      // Aborting closes the session under the query, whatever error that surfaces as.
      if (signal?.aborted) throw requestCancelled();
      const mapped = neo4jToGraphQLError(error);
      if (mapped?.extensions.code === 'SERVICE_UNAVAILABLE') availability.markDown();
      throw mapped ?? error;
    } finally {
      signal?.removeEventListener('abort', cancel);
      await session.close();
      release();
    }
  }

  /** `RETURN 1` on this database, given up (session closed) after PROBE_DEADLINE_MS. */
  private async probe(): Promise<void> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    const deadline = setTimeout(() => void session.close(), PROBE_DEADLINE_MS);
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'), { timeout: PROBE_DEADLINE_MS });
    } finally {
      clearTimeout(deadline);
      await session.close();
    }
  }
}

/**
 * `work`, one read statement, as an auto-commit transaction: it needs no BEGIN and COMMIT, so it
 * takes one round trip instead of two (twice the reads per second on a busy API). Transient
 * errors are retried within the same budget a managed transaction would have.
 */
async function autoCommit<T>(
  session: Session,
  work: (tx: Tx) => Promise<T>,
  config: Parameters<Session['run']>[2],
): Promise<T> {
  const tx: Tx = { run: (cypher, params) => session.run(cypher, params, config) };
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(tx);
    } catch (error) {
      if (!neo4j.isRetryableError(error) || Date.now() - started > RETRY_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** `work` in an explicit transaction: committed when it returns, rolled back when it throws. */
async function once<T>(
  session: Session,
  work: (tx: Tx) => Promise<T>,
  config: Parameters<Session['beginTransaction']>[0],
): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    // A lost connection has already ended the transaction; its rollback error says nothing new.
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}
