// The real entry point, `node --import tsx src/main.ts`, as a user runs it: start-up, reuse of
// the data, shutdown by signal, and each start-up failure with its exit code and one-line message.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { curatedRecords } from '../helpers/curated.ts';
import { tempDir } from '../helpers/files.ts';
import { postGraphQL, queryGraphQL } from '../helpers/graphqlFetch.ts';
import { freePort } from '../helpers/ports.ts';
import {
  jvmPids,
  killAll,
  lines,
  removeDataDir,
  spawnApi,
  waitForNoJvm,
  type ApiProcess,
} from '../helpers/processes.ts';

const READY = /^Cixi Innovation Graph API ready at (http:\/\/localhost:(\d+)\/graphql)\b/;
const STATS = '{ stats { entities } }';
const curatedEntities = curatedRecords().entities.length;

/** Starts the API on a local Neo4j in `dataDir`; resolves once it prints where it listens. */
async function startApi(dataDir: string): Promise<{ api: ApiProcess; url: string; ms: number }> {
  const api = spawnApi({ PORT: '0', NEO4J_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir });
  const match = await api.waitForLine(READY, 200_000);
  return { api, url: match[1] ?? '', ms: Date.now() - api.startedAt };
}

async function entityCount(url: string): Promise<number | undefined> {
  const res = await queryGraphQL<{ stats: { entities: number } }>(url, STATS);
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  return res.data?.stats.entities;
}

describe('the API over its own local Neo4j, on one data directory', () => {
  let root: string;
  let dataDir: string;
  let first: { api: ApiProcess; url: string } | undefined;
  let second: { api: ApiProcess; url: string } | undefined;
  let firstCount: number | undefined;

  beforeAll(() => {
    root = tempDir('startup');
    dataDir = join(root, 'data');
  });
  afterAll(async () => {
    await killAll();
    await removeDataDir(root);
  });

  it('starts on an empty data directory, loads the curated data and answers', async () => {
    expect(curatedEntities).toBeGreaterThan(0);
    const started = await startApi(dataDir);
    first = started;
    console.log(`first start (empty data dir, with seeding): ready in ${started.ms} ms`);
    expect(started.api.stdout()).toMatch(/^Loaded the curated data: \d+ entities/m);

    const res = await postGraphQL(started.url, { query: '{ __typename }' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.trim()).toBe('{"data":{"__typename":"Query"}}');
    expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });

    firstCount = await entityCount(started.url);
    expect(firstCount).toBe(curatedEntities);
  }, 240_000);

  it('stops on SIGTERM with exit code 0, prints "Stopped." and leaves no JVM', async () => {
    if (!first) throw new Error('the first start failed');
    const before = jvmPids(dataDir);
    expect(before).toHaveLength(1);

    const sent = Date.now();
    first.api.child.kill('SIGTERM');
    const exit = await first.api.exited;
    const ms = Date.now() - sent;
    console.log(`SIGTERM → exit in ${ms} ms`);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(ms).toBeLessThan(30_000);
    expect(lines(first.api.stdout())).toContain('Stopped.');
    expect(first.api.stdout()).toContain('SIGTERM received: stopping the API and the local Neo4j');
    expect(jvmPids(dataDir)).toEqual([]);
    expect(() => process.kill(before[0] ?? -1, 0)).toThrow(/ESRCH/);
  }, 60_000);

  it('reuses the data on a second start, without duplicating it', async () => {
    if (firstCount === undefined) throw new Error('the first start failed');
    const started = await startApi(dataDir);
    second = started;
    console.log(`second start (data reused): ready in ${started.ms} ms`);
    expect(lines(started.api.stdout())).toContain('Using the data already in Neo4j.');
    expect(started.api.stdout()).not.toContain('Loaded the curated data');
    expect(await entityCount(started.url)).toBe(firstCount);
  }, 240_000);

  it('leaves no JVM behind within 10 s when the API is killed with SIGKILL', async () => {
    if (!second) throw new Error('the second start failed');
    expect(jvmPids(dataDir)).toHaveLength(1);

    second.api.child.kill('SIGKILL');
    const exit = await second.api.exited;
    expect(exit).toMatchObject({ code: null, signal: 'SIGKILL' });
    const waited = await waitForNoJvm(dataDir, 10_000);
    console.log(`SIGKILL of the API → JVM gone after ${String(waited)} ms`);
    expect(waited).not.toBeNull();
    expect(waited).toBeLessThan(10_000);
  }, 30_000);
});

describe('start-up failures exit at once with one line that says what to do', () => {
  let root: string;
  let dataDir: string;
  let occupied: Server | undefined;

  beforeEach(() => {
    root = tempDir('startup-fail');
    dataDir = join(root, 'data');
  });
  afterEach(async () => {
    await killAll();
    if (occupied) await new Promise((done) => occupied?.close(done));
    occupied = undefined;
    await removeDataDir(root);
  });

  /** Nothing of the local Neo4j was started: no JVM, no data directory. */
  const expectNoNeo4jStarted = (api: ApiProcess): void => {
    expect(api.stdout()).not.toContain('Starting the local Neo4j');
    expect(existsSync(dataDir)).toBe(false);
    expect(jvmPids(dataDir)).toEqual([]);
  };

  it.each([
    { name: 'PORT', value: 'abc', fragments: ['PORT', '0 to 65535'] },
    { name: 'NEO4J_URI', value: 'http://x', fragments: ['NEO4J_URI', 'neo4j://'] },
  ])('$name=$value exits with code 2 within 5 s', async ({ name, value, fragments }) => {
    const api = spawnApi({
      PORT: '0',
      NEO4J_BOLT_PORT: '0',
      NEO4J_DATA_DIR: dataDir,
      [name]: value,
    });
    const exit = await api.exited;
    console.log(`${name}=${value}: exit code ${String(exit.code)} after ${exit.afterMs} ms`);
    expect(exit.code).toBe(2);
    expect(exit.afterMs).toBeLessThan(5_000);
    const stderr = lines(api.stderr());
    expect(stderr).toHaveLength(1);
    for (const fragment of fragments) expect(stderr[0]).toContain(fragment);
    expect(stderr[0]).toContain(`"${value}"`);
    expectNoNeo4jStarted(api);
  });

  it('a PORT already in use exits with code 1 within 5 s, before starting Neo4j', async () => {
    const server = createServer();
    occupied = server;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };

    const api = spawnApi({ PORT: String(port), NEO4J_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir });
    const exit = await api.exited;
    console.log(`PORT ${port} in use: exit code ${String(exit.code)} after ${exit.afterMs} ms`);
    expect(exit.code).toBe(1);
    expect(exit.afterMs).toBeLessThan(5_000);
    const stderr = lines(api.stderr());
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain(`Port ${port} is already in use`);
    expect(stderr[0]).toContain('PORT');
    expectNoNeo4jStarted(api);
  });

  it('a NEO4J_URI nothing listens on exits non-zero within 30 s, naming the URI but not the password', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const api = spawnApi({
      PORT: '0',
      NEO4J_URI: uri,
      NEO4J_PASSWORD: 'sekret123',
      NEO4J_DATA_DIR: dataDir,
    });
    const exit = await api.exited;
    console.log(
      `NEO4J_URI=${uri} (closed): exit code ${String(exit.code)} after ${exit.afterMs} ms`,
    );
    expect(exit.code).not.toBe(0);
    expect(exit.code).toBe(1);
    expect(exit.afterMs).toBeLessThan(30_000);
    const stderr = lines(api.stderr());
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain(uri);
    expect(stderr[0]).toContain('NEO4J_URI');
    expect(api.stdout() + api.stderr()).not.toContain('sekret123');
    expectNoNeo4jStarted(api);
  }, 45_000);

  it('without java on PATH exits with code 1, naming java and NEO4J_URI, with no stack trace', async () => {
    const bin = join(root, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));

    const api = spawnApi({
      PATH: bin,
      PORT: '0',
      NEO4J_BOLT_PORT: '0',
      NEO4J_DATA_DIR: dataDir,
    });
    const exit = await api.exited;
    console.log(`no java on PATH: exit code ${String(exit.code)} after ${exit.afterMs} ms`);
    expect(exit.code).toBe(1);
    expect(exit.afterMs).toBeLessThan(10_000);
    const stderr = lines(api.stderr());
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/\b(java|Java|Maven)\b/);
    expect(stderr[0]).toContain('NEO4J_URI');
    const output = lines(api.stdout() + api.stderr());
    expect(output.filter((line) => line.startsWith('    at '))).toEqual([]);
    expect(existsSync(dataDir)).toBe(false);
    expect(jvmPids(dataDir)).toEqual([]);
  });
});
