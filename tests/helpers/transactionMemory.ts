// Neo4j's transaction memory as the loader tests see it: how much of the pool all transactions
// share (db.memory.transaction.total.max, 256 MB on the local Neo4j) a transaction holds, sampled
// while it runs, and a transaction that holds most of the pool so that the next one runs short.
import type { Driver } from 'neo4j-driver';

const HELD = `
SHOW TRANSACTIONS YIELD metaData, estimatedUsedHeapMemory
WHERE metaData[$key] = $value
RETURN max(estimatedUsedHeapMemory) AS bytes`;

/** The transaction memory, in MB, of the transaction whose metadata has `key` = `value`. */
export async function heldMB(driver: Driver, key: string, value: unknown): Promise<number> {
  const { records } = await driver.executeQuery(HELD, { key, value });
  return Number(records[0]?.get('bytes') ?? 0) / 1024 / 1024;
}

const HELD_BY_ANY = `
SHOW TRANSACTIONS YIELD currentQuery, estimatedUsedHeapMemory
WHERE NOT currentQuery STARTS WITH 'SHOW'
RETURN max(estimatedUsedHeapMemory) AS bytes`;

/**
 * Samples, every 200 ms, the most transaction memory any one transaction (but these samples)
 * holds, until the returned function is called; it returns the highest sample, in MB.
 */
export function samplePeakMB(driver: Driver): () => Promise<number> {
  let peak = 0;
  let sampling = Promise.resolve();
  const held = async (): Promise<number> => {
    const { records } = await driver.executeQuery(HELD_BY_ANY);
    return Number(records[0]?.get('bytes') ?? 0) / 1024 / 1024;
  };
  const timer = setInterval(() => {
    sampling = held().then(
      (mb) => void (peak = Math.max(peak, mb)),
      () => undefined,
    );
  }, 200);
  return async () => {
    clearInterval(timer);
    await sampling;
    return peak;
  };
}

/**
 * An open transaction of uncommitted nodes holding at least `mb` MB of the pool; `release` rolls
 * it back, so that it never changes the database.
 */
export async function holdTransactionMemory(
  driver: Driver,
  mb: number,
): Promise<{ heldMB: number; release(): Promise<void> }> {
  const session = driver.session();
  const tx = session.beginTransaction({ metadata: { holdsMemory: true } });
  const release = async (): Promise<void> => {
    await tx.rollback();
    await session.close();
  };
  try {
    let held = 0;
    while (held < mb) {
      await tx.run('UNWIND range(1, 500) AS i CREATE (:HeldMemory {pad: $pad + i})', {
        pad: 'm'.repeat(2_000),
      });
      held = await heldMB(driver, 'holdsMemory', true);
    }
    return { heldMB: held, release };
  } catch (error) {
    await release();
    throw error;
  }
}
