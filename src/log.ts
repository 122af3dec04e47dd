// Two kinds of output: plain sentences for people at start-up and shutdown, and one JSON line
// per request (or unexpected error) for log collectors.
import type { Config } from './config.ts';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;

export interface Logger {
  /** A start-up or shutdown message for a person reading the terminal. */
  say(message: string): void;
  event(level: Level, fields: Record<string, unknown>): void;
}

export function createLogger(
  level: Config['logLevel'],
  out: NodeJS.WritableStream = process.stdout,
): Logger {
  const threshold = LEVELS[level];
  return {
    say(message) {
      if (threshold <= LEVELS.info) out.write(`${message}\n`);
    },
    event(eventLevel, fields) {
      if (LEVELS[eventLevel] < threshold) return;
      out.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: eventLevel, ...fields })}\n`,
      );
    },
  };
}
