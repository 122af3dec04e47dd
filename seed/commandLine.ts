// How the project's command lines (npm run seed, npm run ingest) end when they fail: a refusal
// or a start-up problem they know is printed as its message, for people; anything else with its
// stack, as a bug. Either way the process exits 1.
import { ConfigError } from '../src/config.ts';
import { DatabaseStartError } from '../src/neo4j/connect.ts';
import { LocalNeo4jError } from '../src/neo4j/localServer.ts';
import { SeedError } from './validate.ts';

const KNOWN = [ConfigError, SeedError, DatabaseStartError, LocalNeo4jError];

export function runCommandLine(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const known = KNOWN.some((k) => error instanceof k);
    process.stderr.write(
      `${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`,
    );
    process.exit(1);
  });
}
