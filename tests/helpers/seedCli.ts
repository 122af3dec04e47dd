// Runs the seed command line (`npm run seed -- …`, i.e. seed/cli.ts) as its own process against a
// Neo4j of the test's choosing, with no other Neo4j settings inherited, and reports its exit code,
// its output, how long it ran and its peak memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ROOT, tempDir } from './files.ts';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the loader process, in MB. */
  peakMB: number;
  ms: number;
}

export function runSeedCli(args: string[], uri: string = inject('neo4jUri')): Promise<CliRun> {
  return runCommand('seed/cli.ts', args, uri);
}

/** Runs the command line `script` (seed/cli.ts, src/ingest/cli.ts) in the same way. */
export function runCommand(
  script: string,
  args: string[],
  uri: string = inject('neo4jUri'),
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (/^(NEO4J_|MAX_|LOG_LEVEL$)/.test(name)) delete env[name];
  const dir = tempDir('seed-cli');
  const peakFile = join(dir, 'peak-rss-kb');
  Object.assign(env, {
    NEO4J_URI: uri,
    NEO4J_PASSWORD: '',
    NODE_ENV: 'test',
    CIXI_PEAK_RSS_FILE: peakFile,
  });
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './tests/helpers/peakMemory.ts', script, ...args],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) =>
    child.on('close', (code) => {
      const kb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : NaN;
      rmSync(dir, { recursive: true, force: true });
      done({ code, stdout, stderr, peakMB: Math.round(kb / 1024), ms: Date.now() - started });
    }),
  );
}
