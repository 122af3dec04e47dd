// What the scripts print: plain lines on stdout for a person at the terminal, numbers grouped
// the way they read them.
export const say = (line = ''): void => void process.stdout.write(`${line}\n`);

export const fmt = (n: number): string => n.toLocaleString('en-US');

/** Seconds since `started` (a performance.now() reading), to a tenth. */
export const secondsSince = (started: number): string =>
  ((performance.now() - started) / 1000).toFixed(1);

/** Counts by name, names in order: "Entity 178, Source 2". */
export const counted = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, count]) => `${name} ${fmt(count)}`)
    .join(', ');
