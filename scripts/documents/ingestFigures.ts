// The ingest figures of `npm run bench:documents`, on a throwaway Neo4j holding the curated data:
// mention precision on a seeded sample of 50 mentions with the verdicts read by hand, the warm time to ingest a 10 kB report, candidate
// recall by hold-out, and a folder of 1,000 synthetic reports through the command line.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestReport, type Shared } from '../../src/ingest/ingest.ts';
import { readReport } from '../../src/ingest/report.ts';
import { loadTagger } from '../../src/ingest/segmenter.ts';
import { Graph, createDriver } from '../../src/neo4j/graph.ts';
import { startLocalNeo4j } from '../../src/neo4j/localServer.ts';
import { migrate } from '../../src/neo4j/migrations.ts';
import { CURATED_FILES, loadSeed, readSeedFiles } from '../../seed/load.ts';
import { say } from '../shared/output.ts';
import { candidateRecall, holdOut } from './holdOut.ts';
import { mentionPrecision, precisionLines } from './precision.ts';
import { writeSyntheticReports } from './syntheticReports.ts';

const REPORTS = ['000_6ed291f17ed2e31c.txt', '003_e3704936dc76cc3d.txt'];
const TIMEOUT_MS = 300_000;
const HOLD_OUT = { share: 0.3, seed: 13 };
const FOLDER_REPORTS = 1_000;

const REMOVE_INGESTED = `
MATCH (s:Source {origin: 'INGESTED'})
OPTIONAL MATCH (s)-[:HAS_PARAGRAPH|HAS_CANDIDATE|HAS_SUGGESTED_LINK]->(n)
DETACH DELETE s, n`;

async function tenKilobytes(
  graph: Graph,
  shared: Shared,
  dir: string,
  text: string,
): Promise<void> {
  const paragraphs: string[] = [];
  for (const p of text.split(/\n\s*\n/))
    if (Buffer.byteLength(paragraphs.join('\n\n')) < 10_000) paragraphs.push(p);
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const path = join(dir, `ten-kb-${i}.txt`);
    writeFileSync(path, [...paragraphs, `（测量第${i + 1}次）`].join('\n\n'));
    const started = performance.now();
    await ingestReport(graph, await readReport(path), {}, shared, TIMEOUT_MS);
    times.push(performance.now() - started);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  say(
    `Ingest of a ${(Buffer.byteLength(paragraphs.join('\n\n')) / 1024).toFixed(1)} kB report: first ${times[0]?.toFixed(0)} ms, warm median ${warm[2]?.toFixed(0)} ms (max ${warm.at(-1)?.toFixed(0)} ms).`,
  );
}

async function folder(uri: string, dir: string, known: string[]): Promise<void> {
  const reports = join(dir, 'folder');
  writeSyntheticReports(reports, FOLDER_REPORTS, known);
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: '', LOG_LEVEL: 'warn' };
  const started = performance.now();
  const child = spawn(
    '/usr/bin/time',
    ['-f', 'peak-rss-kb %M', process.execPath, '--import', 'tsx', 'src/ingest/cli.ts', reports],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const peak = Number(/peak-rss-kb (\d+)/.exec(err)?.[1] ?? NaN) / 1024;
  say(`Folder of ${FOLDER_REPORTS} synthetic reports (npm run ingest -- folder/, exit ${code}):`);
  for (const line of out.trim().split('\n')) say(`  ${line}`);
  say(
    `  ${(FOLDER_REPORTS / seconds).toFixed(1)} reports/s over ${seconds.toFixed(1)} s with start-up; peak memory of the command ${peak.toFixed(0)} MB.`,
  );
}

export async function ingestFigures(sourcesDir: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cixi-bench-ingest-'));
  say('Starting a throwaway Neo4j for the ingest figures…');
  const neo4j = await startLocalNeo4j({
    boltPort: 0,
    dataDir: join(dir, 'neo4j'),
    heap: '768m',
    pageCache: '128m',
  });
  const driver = createDriver({
    uri: neo4j.uri,
    username: 'neo4j',
    password: '',
    database: 'neo4j',
  });
  const graph = new Graph(driver, 'neo4j', { timeoutMs: TIMEOUT_MS });
  try {
    await migrate(graph);
    await loadSeed(graph, await readSeedFiles(CURATED_FILES));
    const reports = await Promise.all(REPORTS.map((f) => readReport(join(sourcesDir, f))));
    let shared: Shared = { tag: await loadTagger() };
    const ids: string[] = [];
    for (const r of reports)
      ids.push((await ingestReport(graph, r, {}, shared, TIMEOUT_MS)).source);
    for (const line of precisionLines(await mentionPrecision(graph, ids, 50))) say(line);
    await tenKilobytes(graph, shared, dir, reports[0]?.paragraphs.join('\n\n') ?? '');
    const known = [
      ...new Set(
        (await graph.read<{ name: string }>('MATCH (n:Entity) RETURN n.name AS name')).map(
          (r) => r.name,
        ),
      ),
    ];

    await graph.writeTransaction((run) => run(REMOVE_INGESTED));
    const held = await holdOut(graph, HOLD_OUT.share, HOLD_OUT.seed);
    shared = { tag: shared.tag };
    const candidates = [];
    for (const r of reports) {
      const result = await ingestReport(graph, r, {}, shared, TIMEOUT_MS);
      if (!result.already) candidates.push(...result.candidates);
    }
    const recall = candidateRecall(held, candidates);
    say(
      `Candidate recall by hold-out (${HOLD_OUT.share * 100}% of the entities, seed ${HOLD_OUT.seed}): ${recall.found.length} of ${recall.heldOut} held-out names among ${candidates.length} candidates (${((100 * recall.found.length) / recall.heldOut).toFixed(0)}%); precision of the top ${recall.top}: ${recall.topCorrect} (${((100 * recall.topCorrect) / recall.top).toFixed(0)}%).`,
    );
    say(`  Missed: ${recall.missed.map((e) => e.names[0]).join('、')}`);
    say(`  Top candidates that are no held-out name: ${recall.topWrong.join('、')}`);

    await graph.writeTransaction((run) => run(REMOVE_INGESTED));
    await folder(neo4j.uri, dir, known);
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
