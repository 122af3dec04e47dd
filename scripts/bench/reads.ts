// Reads on the synthetic database straight through a driver, outside the API: picking samples,
// the driver side of each comparison, and PROFILE.
import neo4j, { type Driver, type Session } from 'neo4j-driver';

export interface Reader {
  /** A read session on the synthetic graph's database; the caller closes it. */
  session(): Session;
  /** The rows of one auto-commit read, as the API sends its reads, as plain objects. */
  rows<T = Record<string, unknown>>(
    cypher: string,
    params?: Record<string, unknown>,
    timeoutMs?: number,
  ): Promise<T[]>;
}

export function reader(driver: Driver, database: string): Reader {
  const session = (): Session =>
    driver.session({ database, defaultAccessMode: neo4j.session.READ });
  return {
    session,
    async rows<T>(cypher: string, params: Record<string, unknown> = {}, timeoutMs?: number) {
      const s = session();
      try {
        const config = timeoutMs === undefined ? undefined : { timeout: timeoutMs };
        const result = await s.run(cypher, params, config);
        return result.records.map((r) => r.toObject() as T);
      } finally {
        await s.close();
      }
    },
  };
}
