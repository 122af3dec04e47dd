// The load itself: `connections` concurrent connections for `duration` seconds on the mix, with
// the API's memory and the CPU of the API and of Neo4j watched while it runs.
import autocannon from 'autocannon';
import { say } from '../shared/output.ts';
import { OPERATIONS } from './operations.ts';
import type { LoadRun } from './report.ts';
import { cpuSeconds, watchPeakMemory } from './usage.ts';

export interface Load {
  url: string;
  connections: number;
  duration: number;
  apiPid: number;
  /** The local Neo4j's process, when the test started it. */
  neo4jPid: number | null;
}

/** Counts the GraphQL errors in 200 answers, by their first error's code. */
function errorCounter(): {
  counts: Map<string, number>;
  onResponse: (s: number, b: string) => void;
} {
  const counts = new Map<string, number>();
  const onResponse = (status: number, body: string): void => {
    if (status !== 200 || !body.includes('"errors"')) return;
    let code = 'UNPARSED';
    try {
      const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
      code = parsed.errors?.[0]?.extensions?.code ?? 'NO_CODE';
    } catch {
      // counted as UNPARSED
    }
    counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  return { counts, onResponse };
}

export async function holdLoad(load: Load): Promise<LoadRun> {
  const { url, connections, duration, apiPid, neo4jPid } = load;
  const memory = watchPeakMemory(apiPid);
  const cpuBefore = { api: cpuSeconds(apiPid), neo4j: neo4jPid ? cpuSeconds(neo4jPid) : null };
  const { counts, onResponse } = errorCounter();
  const names = Object.keys(OPERATIONS);
  say(
    `Holding ${connections} connections for ${duration} s on ${names.length} operations: ${names.join(', ')}…`,
  );
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: Object.values(OPERATIONS).map((query) => ({
      body: JSON.stringify({ query }),
      onResponse,
    })),
  });
  const cpuUsed = (before: number | null, now: number | null): string =>
    before === null || now === null
      ? 'unmeasured'
      : `${(now - before).toFixed(1)} s (${(((now - before) / result.duration) * 100).toFixed(0)}% of a core)`;
  const cpu = {
    api: cpuUsed(cpuBefore.api, cpuSeconds(apiPid)),
    neo4j: neo4jPid ? cpuUsed(cpuBefore.neo4j, cpuSeconds(neo4jPid)) : 'not local',
  };
  return { result, graphqlErrors: counts, peakMb: memory.stop(), idleMb: memory.idleMb, cpu };
}
