// One timed run: autocannon holding `connections` connections on one request for `seconds`,
// each response's time noted (autocannon's histogram has no 95th percentile) and every answer
// that is not a 200 without GraphQL errors counted.
import autocannon from 'autocannon';
import type { Request } from './operations.ts';

export interface Run {
  requests: number;
  seconds: number;
  times: number[];
  failures: number;
}

export async function timedRun(
  url: URL,
  request: Request,
  connections: number,
  seconds: number,
): Promise<Run> {
  let failures = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: url.href,
    connections,
    duration: seconds,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        body: JSON.stringify(request),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) failures++;
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  return { requests: result.requests.total, seconds: result.duration, times, failures };
}

/** Runs of one side, added up. */
export const total = (runs: readonly Run[]): Run => ({
  requests: runs.reduce((s, r) => s + r.requests, 0),
  seconds: runs.reduce((s, r) => s + r.seconds, 0),
  times: runs.flatMap((r) => r.times),
  failures: runs.reduce((s, r) => s + r.failures, 0),
});
