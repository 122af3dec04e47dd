// What a process uses, from /proc (Linux): resident memory now, and CPU time so far. Elsewhere
// the readings are null and the summary says "unmeasured".
import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB, or null. */
export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null; // not Linux, or the process is gone
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
  } catch {
    return null;
  }
}

/** The highest resident memory of a process seen from now until the returned stop() is called. */
export function watchPeakMemory(pid: number): { idleMb: number | null; stop(): number } {
  const idleMb = rssMb(pid);
  let peakMb = idleMb ?? 0;
  const sample = (): void => {
    const mb = rssMb(pid);
    if (mb !== null) peakMb = Math.max(peakMb, mb);
  };
  const poll = setInterval(sample, 200);
  return {
    idleMb,
    stop: () => {
      clearInterval(poll);
      sample();
      return peakMb;
    },
  };
}
