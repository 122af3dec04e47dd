// The load test's summary against its targets: no errors, p99 under 500 ms, the API under 300 MB.
import type autocannon from 'autocannon';
import { say } from '../shared/output.ts';

type Result = Awaited<ReturnType<typeof autocannon>>;

const TARGETS = { p99Ms: 500, memoryMb: 300 };

export interface LoadRun {
  result: Result;
  /** GraphQL errors in 200 answers, by error code. */
  graphqlErrors: Map<string, number>;
  peakMb: number;
  idleMb: number | null;
  cpu: { api: string; neo4j: string };
}

const mark = (pass: boolean): string => (pass ? 'ok' : 'MISSED');

/** Prints the summary; true when every target was met. */
export function printSummary({ result, graphqlErrors, peakMb, idleMb, cpu }: LoadRun): boolean {
  const gqlErrorCount = [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
  const errors = result.non2xx + result.errors + gqlErrorCount;
  const byCode = graphqlErrors.size
    ? ` (${[...graphqlErrors].map(([c, n]) => `${c} ×${n}`).join(', ')})`
    : '';
  const idle = idleMb === null ? 'unmeasured' : `${idleMb.toFixed(0)} MB`;
  const { latency } = result;
  say('');
  say(`requests        ${result.requests.total} in ${result.duration} s`);
  say(`requests/s      ${result.requests.average.toFixed(1)}`);
  say(
    `latency         p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms   (target p99 < ${TARGETS.p99Ms} ms: ${mark(latency.p99 < TARGETS.p99Ms)})`,
  );
  say(
    `errors          ${errors}: non-2xx ${result.non2xx}, connection ${result.errors} (timeouts ${result.timeouts}), GraphQL ${gqlErrorCount}${byCode}   (target 0: ${mark(errors === 0)})`,
  );
  say(
    `API memory      peak ${peakMb.toFixed(0)} MB resident (${idle} before the load)   (target < ${TARGETS.memoryMb} MB: ${mark(peakMb < TARGETS.memoryMb)})`,
  );
  say(`CPU used        API ${cpu.api}; Neo4j ${cpu.neo4j}`);
  const ok = errors === 0 && latency.p99 < TARGETS.p99Ms && peakMb < TARGETS.memoryMb;
  say(ok ? 'All targets met.' : 'Some targets missed.');
  return ok;
}
