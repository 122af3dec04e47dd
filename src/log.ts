// Two kinds of output: plain sentences for people at start-up and shutdown, and one JSON line
// per request (or unexpected error) for log collectors. The JSON lines come from pino, whose
// destination writes asynchronously: a slow log reader (a full pipe) never blocks a request,
// and lines logged while a write is under way go out together in the next one.
import { pino, type DestinationStream } from 'pino';
import type { Config } from './config.ts';

type Level = Exclude<Config['logLevel'], 'silent'>;

export interface Logger {
  /** A start-up or shutdown message for a person reading the terminal. */
  say(message: string): void;
  event(level: Level, fields: Record<string, unknown>): void;
}

/** Writes to stdout, or to `out` (a test's stream, a benchmark's sink). */
export function createLogger(
  level: Config['logLevel'],
  out: DestinationStream = pino.destination({ dest: 1, sync: false }),
): Logger {
  const json = pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    out,
  );
  return {
    // Through the same destination, so sentences and JSON lines keep their order.
    say(message) {
      if (json.isLevelEnabled('info')) out.write(`${message}\n`);
    },
    event(eventLevel, fields) {
      json[eventLevel](fields);
    },
  };
}

/**
 * For command-line tools, which also print straight to stdout (a new key, a list): writes
 * synchronously, so every line comes out in the order it was written.
 */
export const createCommandLineLogger = (level: Config['logLevel']): Logger =>
  createLogger(level, pino.destination({ dest: 1, sync: true }));
