// A steady, bounded load for fault tests, run as its own process:
//   node --import tsx tests/helpers/steadyLoad.ts <graphql url> <requests per second> <max seconds>
// Sends requests at a fixed rate (whether or not earlier ones have answered) until its stdin
// closes or the time is up, then waits for the last answers. Prints one JSON line per request:
// { i, sentAtMs, ms, status, code, ok } where sentAtMs is the wall clock (Date.now()) at sending
// and code is errors[0].extensions.code (null when there is none), then { done, sent }.
// Loopback only: it refuses any other host.
import { postGraphQL } from './graphqlFetch.ts';
import { LOAD_OPERATIONS } from './loadOperations.ts';

const [url = '', rateText = '20', maxSecondsText = '15'] = process.argv.slice(2);
const rate = Number(rateText);
const maxSeconds = Number(maxSecondsText);
const REQUEST_TIMEOUT_MS = 10_000;

const target = new URL(url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) {
  process.stderr.write(`steadyLoad: only loopback targets are allowed, not ${target.hostname}\n`);
  process.exit(2);
}
if (!(rate > 0 && rate <= 200) || !(maxSeconds > 0 && maxSeconds <= 120)) {
  process.stderr.write('steadyLoad: rate must be 1..200 per second and time 1..120 s\n');
  process.exit(2);
}

interface Body {
  data?: unknown;
  errors?: { extensions?: { code?: string } }[];
}

let stopping = false;
process.stdin.on('end', () => (stopping = true));
process.stdin.on('close', () => (stopping = true));
process.stdin.resume();

async function one(i: number): Promise<void> {
  const sentAtMs = Date.now();
  const started = performance.now();
  let status = 0;
  let code: string | null = null;
  let ok = false;
  try {
    const res = await postGraphQL(
      url,
      { query: LOAD_OPERATIONS[i % LOAD_OPERATIONS.length] ?? '' },
      AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    );
    status = res.status;
    const body = (await res.json()) as Body;
    code = body.errors?.[0]?.extensions?.code ?? null;
    ok = status === 200 && code === null && body.data !== undefined && body.data !== null;
  } catch (error) {
    code = `CLIENT_${(error as Error).name}`;
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`${JSON.stringify({ i, sentAtMs, ms, status, code, ok })}\n`);
}

const start = performance.now();
const interval = 1_000 / rate;
const maxRequests = Math.floor(rate * maxSeconds);
const pending: Promise<void>[] = [];
for (let i = 0; i < maxRequests && !stopping; i++) {
  const wait = start + i * interval - performance.now();
  if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  pending.push(one(i));
}
await Promise.all(pending);
process.stdout.write(`${JSON.stringify({ done: true, sent: pending.length })}\n`);
process.exit(0);
