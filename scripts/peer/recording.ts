// A driver that notes each statement its reads run (in read transactions, or auto-commit), for --profile: both APIs are
// given one, so the statements of one request can be run again under PROFILE.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export type Statement = [cypher: string, params: Record<string, unknown>];

export function recordingDriver(driver: Driver, sent: Statement[]): Driver {
  const session = (...args: Parameters<Driver['session']>): Session => {
    const real = driver.session(...args);
    const executeRead: Session['executeRead'] = (work, config) =>
      real.executeRead(
        (tx) =>
          work({
            run: (cypher: string, params: Record<string, unknown> = {}) => {
              sent.push([cypher, params]);
              return tx.run(cypher, params);
            },
          } as ManagedTransaction),
        config,
      );
    const run = ((cypher: string, params: Record<string, unknown> = {}, config?: object) => {
      sent.push([cypher, params]);
      return real.run(cypher, params, config);
    }) as Session['run'];
    return Object.assign(Object.create(real) as Session, { executeRead, run });
  };
  return Object.assign(Object.create(driver) as Driver, { session });
}
