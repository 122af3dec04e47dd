// What the scripts print: plain lines on stdout for a person at the terminal, numbers grouped
// the way they read them.
export const say = (line = ''): void => void process.stdout.write(`${line}\n`);

export const fmt = (n: number): string => n.toLocaleString('en-US');

/** Seconds since `started` (a performance.now() reading), to a tenth. */
export const secondsSince = (started: number): string =>
  ((performance.now() - started) / 1000).toFixed(1);
