// The API as its own process (src/main.ts), so its memory and CPU are its own and can be
// measured. It listens on a port the system picks (PORT=0) and says which in its ready line.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../src/config.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
/** src/main.ts's ready line, e.g. "… ready at http://localhost:41234/graphql (Neo4j: …)". */
const READY = /ready at http:\/\/\S+?:(\d+)\//;

export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
}

/** Starts src/main.ts on `uri`; resolves once it prints its ready line (at most 60 s). */
export function startApiProcess(uri: string, config: Readonly<Config>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    // The API reads its own settings (src/config.ts) from this environment: the script's, passed
    // on whole, with the Neo4j it is to use and the loopback port it is to pick.
    env: {
      ...process.env,
      NEO4J_URI: uri,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: config.logLevel,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`The API was not ready in 60 s.\n${stderr}`)),
      READY_TIMEOUT_MS,
    );
    // Every line is read (and dropped) for the API's whole life, so a full pipe never blocks it.
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const port = READY.exec(line)?.[1];
      if (port === undefined) return;
      clearTimeout(timer);
      const url = `http://127.0.0.1:${port}/graphql`;
      done({ child, pid: child.pid ?? -1, url, stop: () => stop(child) });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The API exited (${String(code)}) before it was ready.\n${stderr}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, STOP_GRACE_MS))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
