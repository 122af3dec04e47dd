// The scripts' command lines: integer options checked one way, and one way to end a run, so a
// mistake in the command or the environment reads the same in every script.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../../src/config.ts';

/** A mistake in the command line: the message says what is allowed. */
export class UsageError extends Error {}

/** node:util's parseArgs, its complaints (an unknown option, a missing value) as UsageErrors. */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `raw` as an integer from `min` to `max`, `fallback` when the option was left out. */
export function integerOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new UsageError(`--${name} ${raw} is invalid: expected an integer from ${min} to ${max}.`);
  return value;
}

/**
 * Runs a script's main. A usage or configuration mistake exits 2 with its message alone (as
 * src/main.ts does); anything else exits 1, described by `failure`.
 */
export function runScript(main: () => Promise<void>, failure: (error: Error) => string): void {
  main().catch((error: unknown) => {
    const known = error instanceof UsageError || error instanceof ConfigError;
    const message = known ? error.message : failure(toError(error));
    process.stderr.write(`${message}\n`);
    process.exit(known ? 2 : 1);
  });
}

const toError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));
