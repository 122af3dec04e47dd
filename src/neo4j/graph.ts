import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { apiError } from '../errors.ts';
import { QueryTooLarge, isMemoryLimit, neo4jToGraphQLError, unavailable } from './errors.ts';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export type Row = Record<string, unknown>;

/** JavaScript numbers reach Neo4j as floats; LIMIT, SKIP and stored counts need integers. */
export const int = (value: number): unknown => neo4j.int(value);
export type Params = Record<string, unknown>;

/**
 * A driver tuned to fail fast: the defaults (30 s retry budget, 60 s pool wait) would hold a
 * request for a minute when Neo4j is down; an interactive API should answer within 2 s instead.
 */
export function createDriver(c: Neo4jConnection): Driver {
  return neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 500,
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 1_000,
    maxConnectionPoolSize: 64,
    userAgent: 'cixi-innovation-graph',
  });
}

/** While Neo4j is known to be down, how long a request waits for a probe before failing. */
const WAIT_FOR_PROBE_MS = 1_000;
/** A probe that gets no answer in this time counts as failed (Neo4j may accept and hang). */
const PROBE_DEADLINE_MS = 1_500;
/** The least time between two probes while Neo4j stays down. */
const PROBE_INTERVAL_MS = 200;
/**
 * Once Neo4j is back, for this long at most RAMP_CONCURRENCY statements run at once: a freshly
 * started Neo4j has no query plans and a cold JIT, and a burst of waiting requests would pile up
 * on it until they time out. A statement waits at most WAIT_FOR_SLOT_MS for its turn.
 */
const RAMP_MS = 5_000;
const RAMP_CONCURRENCY = 4;
const WAIT_FOR_SLOT_MS = 1_000;

const sleep = (ms: number): { done: Promise<false>; cancel(): void } => {
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return { done, cancel: () => clearTimeout(timer) };
};

/**
 * Whether Neo4j answers, shared by every Graph on one driver. After a statement fails because
 * Neo4j is unreachable, requests stop going to it: each waits at most WAIT_FOR_PROBE_MS for one
 * shared probe (`RETURN 1`, bounded) and fails with SERVICE_UNAVAILABLE if it fails. So while
 * Neo4j is down, and while a restarting Neo4j accepts connections but does not yet run
 * transactions, requests fail fast instead of waiting for their deadline; the first probe that
 * succeeds lets requests through again, a few at a time for RAMP_MS.
 */
class Availability {
  private down = false;
  private probing: Promise<boolean> | null = null;
  private lastProbeEnded = 0;
  private rampUntil = 0;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  markDown(): void {
    this.down = true;
  }

  markUp(): void {
    this.down = false;
  }

  /**
   * Resolves with a release function once a statement may run: at once while Neo4j is up;
   * after a successful probe when it was down; throws SERVICE_UNAVAILABLE otherwise.
   */
  async acquire(probe: () => Promise<void>): Promise<() => void> {
    if (this.down) await this.probed(probe);
    if (performance.now() >= this.rampUntil) return () => undefined;
    if (this.running >= RAMP_CONCURRENCY && !(await this.slot())) throw unavailable();
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.waiting.shift()?.();
    };
  }

  private async probed(probe: () => Promise<void>): Promise<void> {
    if (!this.probing && performance.now() - this.lastProbeEnded >= PROBE_INTERVAL_MS) {
      const wasDown = this.down;
      this.probing = probe().then(
        () => {
          if (wasDown && this.down) this.rampUntil = performance.now() + RAMP_MS;
          this.down = false;
          return true;
        },
        () => false,
      );
      void this.probing.finally(() => {
        this.probing = null;
        this.lastProbeEnded = performance.now();
      });
    }
    if (this.probing) {
      const wait = sleep(WAIT_FOR_PROBE_MS);
      await Promise.race([this.probing, wait.done]);
      wait.cancel();
    }
    if (this.down) throw unavailable();
  }

  /** Waits for a released slot; false after WAIT_FOR_SLOT_MS. */
  private async slot(): Promise<boolean> {
    const wait = sleep(WAIT_FOR_SLOT_MS);
    let wake: () => void = () => undefined;
    const woken = new Promise<true>((resolve) => {
      wake = () => resolve(true);
    });
    this.waiting.push(wake);
    const got = await Promise.race([woken, wait.done]);
    wait.cancel();
    const left = this.waiting.indexOf(wake);
    if (left >= 0) this.waiting.splice(left, 1);
    return got;
  }
}

const availabilities = new WeakMap<Driver, Availability>();
function availabilityOf(driver: Driver): Availability {
  let availability = availabilities.get(driver);
  if (!availability) availabilities.set(driver, (availability = new Availability()));
  return availability;
}

export interface GraphOptions {
  /** Aborted when the client goes away: the session closes and Neo4j stops the query. */
  signal?: AbortSignal;
  /** Server-side transaction timeout for each statement. */
  timeoutMs: number;
  /** Called once per statement sent (request logs and the N+1 tests count them). */
  onStatement?: (cypher: string, params: Params) => void;
}

/**
 * The single boundary to Neo4j: read routing for reads, one managed transaction per write,
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
  writeTransaction<T>(
    work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>,
  ): Promise<T> {
    return this.run('WRITE', (tx) =>
      work((cypher, params = {}) => this.rows<Row>(tx, cypher, params)),
    );
  }

  private async rows<T>(tx: ManagedTransaction, cypher: string, params: Params): Promise<T[]> {
    this.options.onStatement?.(cypher, params);
    try {
      const result = await tx.run(cypher, params);
      return result.records.map((r) => r.toObject() as T);
    } catch (error) {
      if (isMemoryLimit(error)) throw new QueryTooLarge();
      throw error;
    }
  }

  private async run<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = this.options.timeoutMs,
  ): Promise<T> {
    const { signal } = this.options;
    const availability = availabilityOf(this.driver);
    const release = await availability.acquire(() => this.probe());
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const cancel = (): void => void session.close();
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      const config = { timeout: timeoutMs };
      const result = await (mode === 'READ'
        ? session.executeRead(work, config)
        : session.executeWrite(work, config));
      availability.markUp();
      return result;
    } catch (error) {
      // Aborting closes the session under the query, whatever error that surfaces as.
      if (signal?.aborted)
        throw apiError(
          'TIMEOUT',
          'The request was cancelled: it ran past its deadline or the client went away.',
        );
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
