// npm run load [-- --duration 60 --connections 50]
//
// A load test of the real API: starts a throwaway local Neo4j (or uses NEO4J_URI), loads the
// curated data, starts the API as its own process on a free loopback port (so its memory can be
// measured), then holds `connections` concurrent connections for `duration` seconds on a mix of
// search, list, neighbourhood and path queries. Prints requests/s, latency percentiles, errors
// (non-2xx, connection errors and GraphQL errors) and the API's peak resident memory, and exits
// 1 when a target is missed: no errors, p99 under 500 ms, API memory under 300 MB.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localServer.ts';
import { createDriver, Graph } from '../src/neo4j/graph.ts';
import { migrate } from '../src/neo4j/migrations.ts';
import { CURATED_FILES, loadSeed, readSeedFiles } from '../seed/load.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = { p99Ms: 500, memoryMb: 300 };

function flag(name: string, fallback: number, min: number, max: number): number {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  const raw = inline ? inline.slice(name.length + 3) : at >= 0 ? args[at + 1] : undefined;
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`--${name} must be an integer from ${min} to ${max}; got ${raw}.\n`);
    process.exit(2);
  }
  return value;
}

const duration = flag('duration', 60, 1, 600);
const connections = flag('connections', 50, 1, 200);

// The mix: what a dashboard or the playground sends, on the curated data.
const OPERATIONS: Record<string, string> = {
  searchChinese: '{ search(query: "武科大") { id kind name nameEn aliases } }',
  searchEnglish: '{ search(query: "smart", first: 5) { id kind name nameEn } }',
  enterpriseList: `{ enterprises(first: 5, orderBy: CONNECTIONS_DESC) { totalCount
    pageInfo { hasNextPage endCursor } nodes { id name nameEn industries { name } } } }`,
  universityList: '{ universities(first: 10) { nodes { id name nameEn } pageInfo { endCursor } } }',
  neighbourhood: `{ neighborhood(id: "enterprise:ruitang", depth: 1) {
    nodes { id kind name } relationships { id type from { id } to { id } } } }`,
  neighbourhoodToDraw: `{ neighborhood(id: "university:wust", depth: 2, maxNodes: 50) { truncated
    nodes { id kind name nameEn } relationships { id type from { id } to { id } } } }`,
  pathsToRuitang: `{ collaborationPaths(from: "university:wust", to: "enterprise:ruitang", maxHops: 4,
    first: 5) { length nodes { id name } explanation } }`,
  pathsToHuanchi: `{ collaborationPaths(from: "university:wust", to: "enterprise:huanchi") {
    length nodes { id name } } }`,
};

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });

const say = (line: string): void => void process.stdout.write(`${line}\n`);

function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null; // not Linux, or the process is gone
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
  } catch {
    return null;
  }
}

/** Starts src/main.ts on `uri`; resolves once it prints its ready line (at most 60 s). */
function startApi(uri: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: uri,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`The API was not ready in 60 s.\n${stderr}`)),
      60_000,
    );
    // Every line is read (and dropped) for the API's whole life, so a full pipe never blocks it.
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (/ready at http:/.test(line)) {
        clearTimeout(timer);
        done({ child, url: `http://127.0.0.1:${port}/graphql` });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The API exited (${String(code)}) before it was ready.\n${stderr}`));
    });
  });
}

async function main(): Promise<void> {
  let neo4j: LocalNeo4j | null = null;
  let dataDir: string | null = null;
  let api: ChildProcess | null = null;
  const cleanUp = async (): Promise<void> => {
    if (api && api.exitCode === null) {
      const exited = new Promise((done) => api?.once('exit', done));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  try {
    let uri = process.env.NEO4J_URI ?? '';
    if (uri === '') {
      dataDir = mkdtempSync(join(tmpdir(), 'cixi-load-neo4j-'));
      say(`Starting a throwaway local Neo4j in ${dataDir}…`);
      neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, heap: '768m', pageCache: '128m' });
      uri = neo4j.uri;
    }
    const connection = {
      uri,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
    const driver = createDriver(connection);
    try {
      const graph = new Graph(driver, connection.database, { timeoutMs: 120_000 });
      await migrate(graph);
      const loaded = await loadSeed(graph, await readSeedFiles(CURATED_FILES));
      say(`Curated data loaded: ${loaded.entities} entities (Neo4j at ${uri}).`);
    } finally {
      await driver.close();
    }

    const started = await startApi(uri, await freePort());
    api = started.child;
    const pid = api.pid ?? -1;
    say(`API (process ${pid}) at ${started.url}.`);

    // Warm up: every operation answers without errors before the clock starts.
    for (const [name, query] of Object.entries(OPERATIONS)) {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(started.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (res.status !== 200 || body.errors)
          throw new Error(`${name} failed in the warm-up: ${JSON.stringify(body)}`);
      }
    }
    const idleMb = rssMb(pid);
    const cpuBefore = { api: cpuSeconds(pid), neo4j: neo4j ? cpuSeconds(neo4j.pid) : null };

    let peakMb = idleMb ?? 0;
    const poll = setInterval(() => {
      const mb = rssMb(pid);
      if (mb !== null) peakMb = Math.max(peakMb, mb);
    }, 200);

    const graphqlErrors = new Map<string, number>();
    const onResponse = (status: number, body: string): void => {
      if (status !== 200 || !body.includes('"errors"')) return;
      let code = 'UNPARSED';
      try {
        const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
        code = parsed.errors?.[0]?.extensions?.code ?? 'NO_CODE';
      } catch {
        // counted as UNPARSED
      }
      graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
    };
    say(
      `Holding ${connections} connections for ${duration} s on ${Object.keys(OPERATIONS).length} operations: ${Object.keys(OPERATIONS).join(', ')}…`,
    );
    const result = await autocannon({
      url: started.url,
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
    clearInterval(poll);
    const cpuUsed = (before: number | null, now: number | null): string =>
      before === null || now === null
        ? 'unmeasured'
        : `${(now - before).toFixed(1)} s (${(((now - before) / result.duration) * 100).toFixed(0)}% of a core)`;
    const cpu = {
      api: cpuUsed(cpuBefore.api, cpuSeconds(pid)),
      neo4j: neo4j ? cpuUsed(cpuBefore.neo4j, cpuSeconds(neo4j.pid)) : 'not local',
    };
    const finalMb = rssMb(pid);
    if (finalMb !== null) peakMb = Math.max(peakMb, finalMb);

    const gqlErrorCount = [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
    const errors = result.non2xx + result.errors + gqlErrorCount;
    const ok = errors === 0 && result.latency.p99 < TARGETS.p99Ms && peakMb < TARGETS.memoryMb;
    const mark = (pass: boolean): string => (pass ? 'ok' : 'MISSED');
    say('');
    say(`requests        ${result.requests.total} in ${result.duration} s`);
    say(`requests/s      ${result.requests.average.toFixed(1)}`);
    say(
      `latency         p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms   (target p99 < ${TARGETS.p99Ms} ms: ${mark(result.latency.p99 < TARGETS.p99Ms)})`,
    );
    say(
      `errors          ${errors}: non-2xx ${result.non2xx}, connection ${result.errors} (timeouts ${result.timeouts}), GraphQL ${gqlErrorCount}${
        graphqlErrors.size
          ? ` (${[...graphqlErrors].map(([c, n]) => `${c} ×${n}`).join(', ')})`
          : ''
      }   (target 0: ${mark(errors === 0)})`,
    );
    say(
      `API memory      peak ${peakMb.toFixed(0)} MB resident (${idleMb === null ? 'unmeasured' : `${idleMb.toFixed(0)} MB`} before the load)   (target < ${TARGETS.memoryMb} MB: ${mark(peakMb < TARGETS.memoryMb)})`,
    );
    say(`CPU used        API ${cpu.api}; Neo4j ${cpu.neo4j}`);
    say(ok ? 'All targets met.' : 'Some targets missed.');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Load test failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
