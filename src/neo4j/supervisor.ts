// Keeps the local Neo4j running: a JVM that exits on its own (out of memory, killed) is logged at
// once and started again on the same port and data, so the driver's URI stays valid and the API
// recovers without a restart. A Neo4j that keeps dying is given up on, and /ready says so.
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './localServer.ts';

/** Restarts within this window count towards giving up. */
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES = 3;

export interface SupervisedNeo4j {
  uri: string;
  /** Why the local Neo4j is not serving (restarting, or given up), or null while it runs. */
  trouble(): string | null;
  stop(): Promise<void>;
}

export async function superviseLocalNeo4j(
  options: LocalNeo4jOptions,
  report: (line: string) => void,
): Promise<SupervisedNeo4j> {
  let current: LocalNeo4j = await startLocalNeo4j(options);
  // Restarts reuse the port the first start got, also when it was picked (boltPort 0).
  const port = Number(new URL(current.uri.replace(/^bolt/, 'http')).port);
  let stopping = false;
  let trouble: string | null = null;
  const crashes: number[] = [];

  const watch = (neo4j: LocalNeo4j): void => {
    void neo4j.exited.then(async (code) => {
      if (stopping) return;
      const now = Date.now();
      crashes.push(now);
      while ((crashes[0] ?? now) < now - CRASH_WINDOW_MS) crashes.shift();
      const how = code === null ? 'was killed' : `exited with code ${code}`;
      if (crashes.length > MAX_CRASHES) {
        trouble = `the local Neo4j ${how}, ${crashes.length} times within a minute; it is not restarted again (see ${options.dataDir}/logs/debug.log), so restart the API`;
        report(
          `Local Neo4j ${how} again; giving up after ${crashes.length} restarts within a minute.`,
        );
        return;
      }
      trouble = `the local Neo4j ${how} at ${new Date(now).toISOString()} and is restarting`;
      report(`Local Neo4j ${how} unexpectedly; restarting it on port ${port}…`);
      try {
        current = await startLocalNeo4j({ ...options, boltPort: port, log: undefined });
        trouble = null;
        report(
          `Local Neo4j is back at ${current.uri} after ${((Date.now() - now) / 1000).toFixed(1)} s.`,
        );
        watch(current);
      } catch (error) {
        trouble = `the local Neo4j ${how} and did not start again: ${(error as Error).message}`;
        report(`Local Neo4j could not be restarted: ${(error as Error).message}`);
      }
    });
  };
  watch(current);

  return {
    uri: current.uri,
    trouble: () => trouble,
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
