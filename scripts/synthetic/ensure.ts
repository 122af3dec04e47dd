// Making sure the synthetic database holds the graph asked for, doing no more than needed.
import { fmt, secondsSince } from '../shared/output.ts';
import { graphCounts, type SyntheticDatabase } from './database.ts';
import { generate } from './generate.ts';
import { importGraph } from './importGraph.ts';
import { RELATIONSHIPS_PER_NODE } from './links.ts';
import { GENERATOR_VERSION, markComplete, markStarted, readMarker } from './marker.ts';
import type { SyntheticOptions } from './options.ts';
import { wipe, writeEntities, writeRelationships } from './write.ts';

type Say = (line: string) => void;

export interface GenerationSummary {
  scale: number;
  seed: number;
  entities: number;
  relationships: number;
  seconds: number;
  skipped: boolean;
}

/**
 * Makes sure the synthetic database holds the graph of this scale and seed: does nothing when it
 * already does, generates it into an empty (or unfinished) one, and replaces a different one only
 * with `force`. Refuses a database that holds anything not synthetic.
 */
export async function ensureSyntheticGraph(
  db: SyntheticDatabase,
  opts: SyntheticOptions,
  say: Say,
): Promise<GenerationSummary> {
  const started = performance.now();
  const marker = await readMarker(db);
  if (marker.foreign > 0) {
    throw new Error(
      `The database at ${db.uri} holds ${fmt(marker.foreign)} records that are not synthetic; the synthetic graph only goes into its own database. Point SYNTHETIC_NEO4J_URI elsewhere (or unset it to use ${db.settings.dataDir}).`,
    );
  }
  const same =
    marker.complete &&
    marker.scale === opts.scale &&
    marker.seed === opts.seed &&
    marker.version === GENERATOR_VERSION;
  if (same && !opts.force) {
    const counts = await graphCounts(db);
    say(
      `The synthetic graph (scale ${opts.scale}, seed ${opts.seed}) is already there: ${fmt(counts.entities)} entities, ${fmt(counts.relationships)} relationships. Nothing to do (--force regenerates it).`,
    );
    return { ...opts, ...counts, seconds: 0, skipped: true };
  }
  if (marker.complete && !same && !opts.force) {
    throw new Error(
      `The synthetic database holds a different graph (scale ${String(marker.scale)}, seed ${String(marker.seed)}, generator v${String(marker.version)}); run with --force to replace it with scale ${opts.scale}, seed ${opts.seed}.`,
    );
  }
  const byImport = db.local !== null && !opts.cypher;
  if (marker.entities > 0 || marker.scale !== null) {
    if (!marker.complete) say('Found an unfinished synthetic graph (an interrupted run).');
    // The importer replaces the whole store: deleting through Cypher first would only cost time.
    if (!byImport) await wipe(db, say);
  }
  const counts = await generateInto(db, opts, byImport, say);
  return { ...opts, ...counts, seconds: (performance.now() - started) / 1000, skipped: false };
}

/**
 * Generates the graph in memory and writes it into an empty database (or imports it over the
 * local one), marker last.
 */
async function generateInto(
  db: SyntheticDatabase,
  opts: SyntheticOptions,
  byImport: boolean,
  say: Say,
): Promise<{ entities: number; relationships: number }> {
  say(
    `Generating the synthetic graph: scale ${opts.scale} (${fmt(opts.scale * 1000)} entities, ~${fmt(opts.scale * 1000 * RELATIONSHIPS_PER_NODE)} relationships), seed ${opts.seed}…`,
  );
  const t = performance.now();
  const g = generate(opts.scale, opts.seed);
  say(
    `Generated ${fmt(g.nodeCount)} entities and ${fmt(g.relationshipCount)} relationships in memory in ${secondsSince(t)} s.`,
  );
  if (byImport) {
    // The store the importer writes has no marker: a run stopped before markStarted below leaves
    // entities without one, which readMarker reports as unfinished, so it is redone.
    await importGraph(db, g, say);
    await markStarted(db, opts);
  } else {
    await markStarted(db, opts);
    const entitySeconds = await writeEntities(db, g, say);
    const relationshipSeconds = await writeRelationships(db, g, say);
    say(`Wrote entities in ${entitySeconds} s, relationships in ${relationshipSeconds} s.`);
  }
  const counts = await graphCounts(db);
  await markComplete(db, counts);
  return counts;
}
