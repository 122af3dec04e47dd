// A deterministic synthetic graph for benchmarks: the curated model (11 kinds, 20 relationship
// types, provenance on everything) at scale, with heavy-tailed degrees. It lives in its own
// Neo4j (data in .neo4j/synthetic, Bolt 7688), never in the curated database.
//
//   npm run seed:synthetic -- [--scale 100] [--seed 20251122] [--force] [--cypher]
//
// --scale N makes N thousand entities and five times as many relationships. Running it again
// with the same scale and seed changes nothing (a marker on the source:synthetic node says what
// is there); --force replaces the synthetic database with a newly generated graph. The local
// Neo4j is loaded with neo4j-admin import (importGraph.ts); an external one, or any with
// --cypher, through Cypher batches (write.ts).
// SYNTHETIC_BOLT_PORT picks the local Bolt port; SYNTHETIC_NEO4J_URI (with optional
// SYNTHETIC_NEO4J_USERNAME, SYNTHETIC_NEO4J_PASSWORD, SYNTHETIC_NEO4J_DATABASE) uses an external
// server instead, which must hold nothing but synthetic data (src/config.ts reads them).
import { loadConfig } from '../../src/config.ts';
import { Cleanups } from '../shared/cleanups.ts';
import { runScript } from '../shared/cli.ts';
import { fmt, say } from '../shared/output.ts';
import { openSyntheticDatabase } from './database.ts';
import { describe } from './describe.ts';
import { ensureSyntheticGraph } from './ensure.ts';
import { parseSyntheticOptions, SYNTHETIC_USAGE } from './options.ts';

async function main(): Promise<void> {
  const options = parseSyntheticOptions(process.argv.slice(2));
  if (options === null) return say(SYNTHETIC_USAGE);
  const { synthetic } = loadConfig();
  const started = performance.now();
  const db = await openSyntheticDatabase(synthetic, say);
  const cleanups = new Cleanups();
  cleanups.add(() => db.close());
  cleanups.exitOnSignal(() =>
    say('Interrupted: stopping the synthetic Neo4j (the next run redoes the unfinished graph)…'),
  );
  try {
    const summary = await ensureSyntheticGraph(db, options, say);
    if (summary.skipped) return;
    for (const line of await describe(db)) say(line);
    const records = summary.entities + summary.relationships;
    say(
      `Synthetic graph ready: ${fmt(summary.entities)} entities, ${fmt(summary.relationships)} relationships (scale ${summary.scale}, seed ${summary.seed}) in ${summary.seconds.toFixed(1)} s, ${fmt(Math.round(records / summary.seconds))} records/s; ${((performance.now() - started) / 1000).toFixed(1)} s with the first Neo4j start and the last stop.`,
    );
  } finally {
    await cleanups.run();
  }
}

runScript(main, (error) => error.message);
