// The largest load the limits allow commits in one transaction on a Neo4j sized as `npm start`
// sizes it (512 MB heap, 256 MB of transaction memory), in statements of bounded size, with
// Neo4j still up and the loader's memory bounded. A load that fails inside Neo4j (out of
// transaction memory, stopped at its timeout) is rolled back whole, attempted once, and told in
// the loader's words. Loads this large would change the shared test database, so this file has
// a Neo4j of its own.
import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, readSeedFiles } from '../../seed/load.ts';
import { BATCH_BYTES, BATCH_ROWS, MAX_LOAD_BYTES, MAX_LOAD_RECORDS } from '../../seed/limits.ts';
import { SeedError } from '../../seed/validate.ts';
import { Graph } from '../../src/neo4j/graph.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localServer.ts';
import { testDriver } from '../helpers/api.ts';
import { caughtAsync } from '../helpers/caught.ts';
import { tempDir } from '../helpers/files.ts';
import { snapshot } from '../helpers/graphSnapshot.ts';
import { SMALL_NEO4J, seedCurated } from '../helpers/ownNeo4j.ts';
import { runSeedCli } from '../helpers/seedCli.ts';
import {
  cooperation,
  enterprise,
  removeSeedFiles,
  writeEnterprises,
  writeSeedFiles,
} from '../helpers/seedFiles.ts';
import { holdTransactionMemory, samplePeakMB } from '../helpers/transactionMemory.ts';

const FAILED = 'The load failed and was rolled back; nothing was written:';
/** The largest file the limits allow: MAX_LOAD_RECORDS entities, nearly MAX_LOAD_BYTES. */
const largest = (prefix: string) =>
  writeEnterprises(`${prefix}.json`, {
    prefix,
    count: MAX_LOAD_RECORDS,
    bytesEach: Math.floor(MAX_LOAD_BYTES / MAX_LOAD_RECORDS) - 30,
  });

/** Statements sent, and how many times the first lookup (which opens every load) was sent. */
function counting(graph: Graph) {
  const sent: { cypher: string; rows: number; chars: number }[] = [];
  const counted = graph.withOptions({
    onStatement: (cypher, params) => {
      const list = (params.rows ?? params.ids ?? []) as unknown[];
      sent.push({ cypher, rows: list.length, chars: JSON.stringify(list).length });
    },
  });
  const lookups = () => sent.filter((s) => s.cypher.includes('OPTIONAL MATCH (i:Indicator')).length;
  return { graph: counted, sent, lookups };
}

describe('the largest loads, in a Neo4j of their own sized like npm start’s', () => {
  let dataDir: string;
  let neo4j: LocalNeo4j | undefined;
  let driver: Driver;
  let graph: Graph;

  beforeAll(async () => {
    dataDir = tempDir('loader-large');
    neo4j = await startLocalNeo4j({ boltPort: 0, dataDir, ...SMALL_NEO4J });
    await seedCurated(neo4j.uri);
    driver = testDriver(neo4j.uri);
    graph = new Graph(driver, 'neo4j', { timeoutMs: 60_000 });
  });
  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    removeSeedFiles();
  });

  it('rolls back a load that runs out of transaction memory inside Neo4j, attempted once, in loader words', async () => {
    const file = largest('short-of-memory');
    const before = await snapshot(graph);
    // Another transaction holds all but about 40 MB of the 256 MB pool; the load needs about 100.
    const other = await holdTransactionMemory(driver, 216);
    const { graph: counted, lookups } = counting(graph);
    let error: SeedError;
    try {
      error = await caughtAsync(
        SeedError,
        readSeedFiles([file.path]).then((files) => loadSeed(counted, files)),
        'the load was accepted',
      );
    } finally {
      await other.release();
    }

    expect(error.message.split('\n')).toEqual([
      FAILED,
      `  ${file.path}: Neo4j ran out of the memory it allows its transactions (db.memory.transaction.total.max) while loading them; load fewer records at once (split the file; each part is loaded with its own npm run seed -- --file …), or load when the API is less busy. Files within the limits (${MAX_LOAD_RECORDS} records) fit when nothing else is running.`,
    ]);
    expect(error.message).not.toMatch(/fewer hops|narrow it/);
    expect(lookups()).toBe(Math.ceil(MAX_LOAD_RECORDS / BATCH_ROWS)); // each batch once: no retry
    expect(await snapshot(graph)).toEqual(before);
  }, 300_000);

  it('rolls back a load that runs past its timeout, attempted once, in loader words', async () => {
    // The load links a new enterprise to WUST, whose lock another transaction holds throughout:
    // the load cannot finish, whatever the machine's speed, and Neo4j stops it at its timeout.
    const path = writeSeedFiles({
      'slow.json': {
        entities: [enterprise('enterprise:loader-slow')],
        relationships: [cooperation('enterprise:loader-slow', 'university:wust')],
      },
    })['slow.json'];
    const before = await snapshot(graph);
    const { graph: counted, lookups } = counting(graph);
    const session = driver.session();
    const other = session.beginTransaction();
    let error: SeedError;
    try {
      await other.run('MATCH (n:Entity {id: "university:wust"}) SET n.lockedByTest = true');
      error = await caughtAsync(
        SeedError,
        readSeedFiles([path ?? '']).then((files) => loadSeed(counted, files, { timeoutMs: 1_000 })),
        'the load was accepted',
      );
    } finally {
      await other.rollback();
      await session.close();
    }

    expect(error.message.split('\n')).toEqual([
      FAILED,
      `  ${path}: Neo4j stopped the load's transaction before it finished: it ran past the 1 s a load may take, or it was terminated; load fewer records at once (split the file; each part is loaded with its own npm run seed -- --file …), or retry when Neo4j is less busy.`,
    ]);
    expect(lookups()).toBe(1);
    expect(await snapshot(graph)).toEqual(before);
  }, 120_000);

  it('writes in statements of at most BATCH_ROWS rows and about BATCH_BYTES', async () => {
    const file = writeEnterprises('batches.json', {
      prefix: 'batches',
      count: 2_500,
      bytesEach: 600,
      links: 2_500,
    });
    const { graph: counted, sent } = counting(graph);

    const summary = await loadSeed(counted, await readSeedFiles([file.path]));

    expect(summary).toEqual({
      sources: 0,
      documents: 0,
      entities: 2_500,
      relationships: 2_500,
      indicators: 0,
    });
    expect(Math.max(...sent.map((s) => s.rows))).toBe(BATCH_ROWS);
    expect(Math.max(...sent.map((s) => s.chars))).toBeLessThanOrEqual(BATCH_BYTES);
    expect(sent.filter((s) => s.cypher.includes('MERGE (n:Entity')).length).toBe(3);
    expect(sent.filter((s) => s.cypher.includes('MERGE (a)-[r:COOPERATES_WITH]')).length).toBe(3);
  }, 300_000);

  it('commits the largest allowed load through the command line: Neo4j stays up, memory bounded', async () => {
    const file = largest('largest');
    expect(file.bytes).toBeLessThanOrEqual(MAX_LOAD_BYTES);
    expect(file.bytes).toBeGreaterThan(0.95 * MAX_LOAD_BYTES);
    const peakOf = samplePeakMB(driver);

    const run = await runSeedCli(['--file', file.path], neo4j?.uri);
    const transactionMB = await peakOf();

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Loaded ${MAX_LOAD_RECORDS} entities, 0 relationships, 0 indicators and 0 sources from 1 file(s).\n`,
    );
    // Measured: about 170 MB for the loader and 110 MB of the 256 MB transaction pool.
    expect(run.peakMB).toBeLessThan(300);
    expect(transactionMB).toBeLessThan(160);
    const [row] = await graph.read<{ n: number }>(
      "MATCH (n:Enterprise) WHERE n.id STARTS WITH 'enterprise:largest-' RETURN count(n) AS n",
    );
    expect(row?.n).toBe(MAX_LOAD_RECORDS);
    expect(await Promise.race([neo4j?.exited.then(() => 'exited'), 'running'])).toBe('running');
    console.info(
      `largest load: ${MAX_LOAD_RECORDS} records, ${file.bytes} bytes in ${run.ms} ms; loader peak ${run.peakMB} MB; transaction memory peak ${Math.round(transactionMB)} MB`,
    );
  }, 600_000);
});
