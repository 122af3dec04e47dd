// Runs Neo4j Community embedded in a child JVM (neo4j/src/main/java/cixi/LocalNeo4j.java), so
// local development needs only Java and Maven: no Neo4j install, no Docker.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export interface LocalNeo4jOptions {
  boltPort: number; // 0 = pick a free port
  dataDir: string; // absolute or relative to cwd; created if missing
  heap: string; // JVM -Xmx, e.g. "512m"
  pageCache: string; // e.g. "256m"
  log?: (line: string) => void; // progress messages for humans
}
export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
  kill(): void; // SIGKILL, for fault tests
  exited: Promise<number | null>;
}
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

// src/neo4j/ (or a compiled twin two levels down) → project root, so any cwd works.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const at = (...parts: string[]): string => join(ROOT, 'neo4j', ...parts);
const POM = at('pom.xml');
const SOURCE = at('src', 'main', 'java', 'cixi', 'LocalNeo4j.java');
const CLASSES = at('target', 'classes');
const MAIN_CLASS = join(CLASSES, 'cixi', 'LocalNeo4j.class');
const CLASSPATH = at('target', 'classpath.txt');
const BUILD_LOG = at('target', 'maven.log');
const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 20_000;
const OR_REMOTE = 'or set NEO4J_URI to use an existing Neo4j instead';

// The defaults of Neo4j 5's own launcher that matter embedded. Without the three --add-opens the
// page cache and native file I/O silently fall back to slower paths (warnings in debug.log).
// Exiting on OOM beats limping on with a half-working database.
const JVM_OPTIONS = [
  '-XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError',
  '-Dlog4j2.disable.jmx=true -Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
]
  .join(' ')
  .split(' ');

function run(cmd: string, args: string[], out: 'ignore' | number = 'ignore'): Promise<number> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: at(), stdio: ['ignore', out, out] });
    child.on('error', () => done(-1)); // ENOENT: not installed
    child.on('exit', (code) => done(code ?? -1));
  });
}

const mtime = (path: string): number => fs.statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const classpath = (): string[] => fs.readFileSync(CLASSPATH, 'utf8').trim().split(delimiter);

function upToDate(): boolean {
  const built = Math.min(mtime(CLASSPATH), mtime(MAIN_CLASS));
  if (built < Math.max(mtime(POM), mtime(SOURCE))) return false;
  // A cleaned ~/.m2 leaves classpath.txt pointing at jars that are gone.
  return classpath().every((jar) => fs.existsSync(jar));
}

function mavenErrors(): string {
  const noise = /^\[ERROR\]\s*($|->|To see the full|Re-run Maven|For more information|\[Help)/;
  const lines = fs.readFileSync(BUILD_LOG, 'utf8').split('\n');
  const errors = lines.filter((l) => l.startsWith('[ERROR]') && !noise.test(l));
  return errors
    .slice(-4)
    .join(' ')
    .replace(/\[ERROR\] | -> \[Help \d+\]/g, '');
}

let building: Promise<void> | undefined;

/** Resolves the Neo4j jars and compiles the launcher if needed; fast when already up to date. */
export function buildLocalNeo4j(log?: (line: string) => void): Promise<void> {
  // Concurrent callers share one Maven run instead of racing on neo4j/target/.
  building ??= build(log).finally(() => (building = undefined));
  return building;
}

async function build(log?: (line: string) => void): Promise<void> {
  if ((await run('java', ['-version'])) !== 0) {
    throw new LocalNeo4jError(
      `Java 17+ is needed for the local Neo4j: install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) ${OR_REMOTE}.`,
    );
  }
  if (upToDate()) return;
  if ((await run('mvn', ['-v'])) !== 0) {
    throw new LocalNeo4jError(
      `Maven is needed to fetch the local Neo4j: install it (Debian/Ubuntu: apt-get install maven) ${OR_REMOTE}.`,
    );
  }
  const first = !fs.existsSync(CLASSPATH);
  log?.(first ? 'Resolving Neo4j jars with Maven (first run only)…' : 'Rebuilding local Neo4j…');
  fs.mkdirSync(at('target'), { recursive: true });
  const logFd = fs.openSync(BUILD_LOG, 'w');
  const goals = ['compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH}`];
  const code = await run('mvn', ['-B', '-f', POM, '-DskipTests', ...goals], logFd);
  fs.closeSync(logFd);
  if (code !== 0) {
    throw new LocalNeo4jError(
      `Building the local Neo4j with Maven failed (${mavenErrors() || `exit code ${String(code)}`}); check access to Maven Central and see ${BUILD_LOG}.`,
    );
  }
  // Maven may leave unchanged outputs untouched; bump them so the next check sees them as fresh.
  const now = new Date();
  for (const output of [CLASSPATH, MAIN_CLASS]) fs.utimesSync(output, now, now);
}

/** `java` arguments up to the main class, for Neo4j's own tools (neo4j-admin) on our classpath. */
export async function neo4jJavaArgs(heap: string, log?: (line: string) => void): Promise<string[]> {
  await buildLocalNeo4j(log);
  return [`-Xmx${heap}`, ...JVM_OPTIONS, '-cp', [CLASSES, ...classpath()].join(delimiter)];
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/**
 * Bolt accepting connections is not yet answering queries: a fresh JVM spends some CPU-seconds
 * on its first one (class loading, JIT), which on a busy machine exceeds a request's 5 s query
 * limit. One trivial query pays that before "ready". Best effort: a failure surfaces later.
 */
async function warmUp(uri: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    maxTransactionRetryTime: 5_000,
  });
  try {
    await driver.executeQuery('RETURN 1', {}, { transactionConfig: { timeout: 60_000 } });
  } catch {
    // The caller's own check (waitForNeo4j) reports a database that does not answer.
  } finally {
    await driver.close();
  }
}

/** Starts Neo4j on 127.0.0.1 (auth off, loopback only); resolves once it answers a query. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  await buildLocalNeo4j(opts.log);
  const dataDir = resolve(opts.dataDir);
  const debugLog = join(dataDir, 'logs', 'debug.log');
  fs.mkdirSync(dataDir, { recursive: true });
  const port = opts.boltPort === 0 ? await freePort() : opts.boltPort;
  const cp = [CLASSES, ...classpath()].join(delimiter);
  const jvm = [`-Xmx${opts.heap}`, ...JVM_OPTIONS, `-Dcixi.pagecache=${opts.pageCache}`];
  // stdin is a pipe we keep open and never write: when this process dies, even by SIGKILL, the
  // kernel closes it and the JVM shuts itself down, so no orphaned Neo4j is left behind.
  // cwd = dataDir so stray JVM files (hs_err_pid*.log) land next to Neo4j's own logs.
  const child = spawn('java', [...jvm, '-cp', cp, 'cixi.LocalNeo4j', dataDir, String(port)], {
    cwd: dataDir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
  // Both pipes are read for the JVM's whole life: a full, unread pipe would block it.
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });
  const started = Date.now();
  const uri = await new Promise<string>((done, fail) => {
    const finish = (error: string | null, uri = ''): void => {
      clearTimeout(timer);
      if (error === null) done(uri);
      else fail(new LocalNeo4jError(error));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(`Local Neo4j was not ready within ${READY_TIMEOUT_MS / 1000} s; see ${debugLog}.`);
    }, READY_TIMEOUT_MS);
    child.on('error', (e) => finish(`Could not run java (${e.message}); install it ${OR_REMOTE}.`));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('NEO4J_READY ')) finish(null, line.slice('NEO4J_READY '.length).trim());
    });
    void exited.then((code) => {
      if (code === 3 || stderrTail.some((l) => l.startsWith('NEO4J_PORT_IN_USE'))) {
        return finish(
          `Bolt port ${port} is already in use; stop the other process or set NEO4J_BOLT_PORT to a free port.`,
        );
      }
      const why = stderrTail.join(' ').replace('NEO4J_FAILED ', '') || `exit code ${String(code)}`;
      finish(`Local Neo4j failed to start (${why.trim()}); see ${debugLog}.`);
    });
  });
  await warmUp(uri);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  opts.log?.(`Local Neo4j ready at ${uri} in ${seconds} s (data in ${dataDir}).`);

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    exited,
    kill: () => void child.kill('SIGKILL'),
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM'); // the JVM's shutdown hook closes the database cleanly
        const escalate = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(escalate);
      })()),
  };
}
