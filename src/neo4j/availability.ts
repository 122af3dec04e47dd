// Fail fast while Neo4j is down, and ease a restarted Neo4j back into service.
import type { Driver } from 'neo4j-driver';
import { unavailable } from '../errors/index.ts';

/** While Neo4j is known to be down, how long a request waits for a probe before failing. */
const WAIT_FOR_PROBE_MS = 1_000;
/** A probe that gets no answer in this time counts as failed (Neo4j may accept and hang). */
export const PROBE_DEADLINE_MS = 1_500;
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
export function availabilityOf(driver: Driver): Availability {
  let availability = availabilities.get(driver);
  if (!availability) availabilities.set(driver, (availability = new Availability()));
  return availability;
}
