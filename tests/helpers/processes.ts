// Real processes for start-up tests: the API as `node --import tsx src/main.ts`, its output
// collected line by line, and the JVM it starts found by its (unique) data directory.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { ROOT } from './files.ts';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Milliseconds from spawn to exit. */
  afterMs: number;
}

export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  startedAt: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout line matching `pattern`; rejects on exit or timeout. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  exited: Promise<Exit>;
}

const running = new Set<ApiProcess>();

/** Every variable that would steer the API elsewhere is dropped; `env` then adds the test's own. */
function apiEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'test' };
  for (const name of Object.keys(base)) {
    if (/^(NEO4J_|PORT$|HOST$|MAX_|QUERY_TIMEOUT|REQUEST_TIMEOUT|BODY_LIMIT)/.test(name))
      delete base[name];
  }
  return { ...base, ...env };
}

/** Spawns the real API (cwd = repository root). Killed by `killAll` if still running. */
export function spawnApi(env: Record<string, string>): ApiProcess {
  const startedAt = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: apiEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const listener of listeners) listener();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<Exit>((done) =>
    child.once('close', (code, signal) => done({ code, signal, afterMs: Date.now() - startedAt })),
  );
  const api: ApiProcess = {
    child,
    pid: child.pid ?? -1,
    startedAt,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLine: (pattern, timeoutMs) =>
      new Promise((done, fail) => {
        const check = (): boolean => {
          for (const line of out.split('\n')) {
            const match = line.match(pattern);
            if (match) {
              finish();
              done(match);
              return true;
            }
          }
          return false;
        };
        const finish = (): void => {
          clearTimeout(timer);
          listeners.delete(listener);
        };
        const listener = (): void => void check();
        const timer = setTimeout(() => {
          finish();
          fail(new Error(`No line matching ${pattern} within ${timeoutMs} ms.\n${out}\n${err}`));
        }, timeoutMs);
        if (check()) return;
        listeners.add(listener);
        void exited.then((exit) => {
          if (check()) return;
          finish();
          fail(
            new Error(
              `The API exited (${JSON.stringify(exit)}) before ${pattern}.\n${out}\n${err}`,
            ),
          );
        });
      }),
  };
  running.add(api);
  void exited.then(() => running.delete(api));
  return api;
}

/** SIGKILLs every API process this file spawned that is still running, and waits for it. */
export async function killAll(): Promise<void> {
  await Promise.all(
    [...running].map(async (api) => {
      api.child.kill('SIGKILL');
      await api.exited;
    }),
  );
}

/** Ids of the processes whose command line names `dataDir`: the local Neo4j JVM started on it. */
export function jvmPids(dataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', dataDir], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(Number);
  } catch (error) {
    if ((error as { status?: number }).status === 1) return []; // pgrep: nothing matched
    throw error;
  }
}

/** Polls until no JVM names `dataDir`; returns the milliseconds waited, or null past `timeoutMs`. */
export async function waitForNoJvm(dataDir: string, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  for (;;) {
    if (jvmPids(dataDir).length === 0) return Date.now() - started;
    if (Date.now() - started > timeoutMs) return null;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Cleanup after a test: SIGKILL, by id, any JVM still running on `dataDir` (a unique temp dir,
 * so only one this file started), then remove the directory.
 */
export async function removeDataDir(dataDir: string): Promise<void> {
  for (const pid of jvmPids(dataDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await waitForNoJvm(dataDir, 10_000);
  rmSync(dataDir, { recursive: true, force: true });
}

/** Non-empty lines of `text`. */
export const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');
