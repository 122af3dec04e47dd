// The local synthetic graph goes in through neo4j-admin import (CSV files, Neo4j stopped and
// started again): what comes out is the graph the generator made, degrees included, and a second
// run with the same scale and seed does nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyntheticDatabase, type SyntheticDatabase } from '../../scripts/synthetic/database.ts';
import { ensureSyntheticGraph, type GenerationSummary } from '../../scripts/synthetic/ensure.ts';
import { readMarker } from '../../scripts/synthetic/marker.ts';
import { loadConfig } from '../../src/config.ts';
import { tempDir } from '../helpers/files.ts';
import { removeDataDir } from '../helpers/processes.ts';

const OPTIONS = { scale: 1, seed: 20251122, force: false, cypher: false };

let dataDir: string;
let db: SyntheticDatabase | undefined;
let summary: GenerationSummary;
const said: string[] = [];

beforeAll(async () => {
  dataDir = tempDir('synthetic-import');
  const settings = { ...loadConfig({}).synthetic, neo4jUri: null, boltPort: 0, dataDir };
  db = await openSyntheticDatabase(settings, (line) => said.push(line));
  summary = await ensureSyntheticGraph(db, OPTIONS, (line) => said.push(line));
}, 120_000);

afterAll(async () => {
  await db?.close();
  await removeDataDir(dataDir);
});

const one = async <T>(cypher: string): Promise<T> => {
  const [row] = (await db?.graph.read<T>(cypher)) ?? [];
  if (!row) throw new Error(`no row from ${cypher}`);
  return row;
};

describe('loading the local synthetic graph with neo4j-admin import', () => {
  it('goes through the importer and removes its CSV files', () => {
    expect(said.some((l) => l.startsWith('Importing 1,000 entities and 5,000 relationships'))).toBe(
      true,
    );
    expect(said.some((l) => l.includes('IMPORT DONE'))).toBe(true);
    expect(existsSync(join(dataDir, 'import-csv'))).toBe(false);
  });

  it('holds the 1,000 entities and 5,000 relationships generated, and a complete marker', async () => {
    expect(summary).toMatchObject({ entities: 1000, relationships: 5000, skipped: false });
    const counts = await one<{ entities: number; relationships: number; sources: number }>(
      'RETURN COUNT { (:Entity) } AS entities, COUNT { ()-[]->() } AS relationships, COUNT { (:Source) } AS sources',
    );
    expect(counts).toEqual({ entities: 1000, relationships: 5000, sources: 1 });
    const marker = await readMarker(db as SyntheticDatabase);
    expect(marker).toMatchObject({ complete: true, scale: 1, seed: 20251122, foreign: 0 });
  });

  it("stores the biggest hub's degree as the count of its links", async () => {
    const hub = await one<{ degree: number; links: number; labels: string[] }>(
      "MATCH (n:Entity {id: 'region:syn-000043'}) RETURN n.degree AS degree, COUNT { (n)--(:Entity) } AS links, labels(n) AS labels",
    );
    expect(hub).toEqual({ degree: 283, links: 283, labels: ['Entity', 'Region'] });
    const wrong = await one<{ n: number }>(
      'MATCH (n:Entity) WHERE n.degree <> COUNT { (n)--(:Entity) } RETURN count(*) AS n',
    );
    expect(wrong.n).toBe(0);
  });

  it('joins each relationship to the entities its id names (the files number the nodes)', async () => {
    const joined = await one<{ right: number; wrong: number }>(
      "MATCH (a:Entity)-[r]->(b:Entity) RETURN count(CASE WHEN r.id = a.id + '|' + type(r) + '|' + b.id THEN 1 END) AS right, count(CASE WHEN r.id <> a.id + '|' + type(r) + '|' + b.id THEN 1 END) AS wrong",
    );
    expect(joined).toEqual({ right: 5000, wrong: 0 });
  });

  it('keeps arrays, empty strings and absent years as the Cypher writer stores them', async () => {
    const agency = await one<Record<string, unknown>>(
      "MATCH (n:Agency {id: 'agency:syn-000001'}) RETURN n.aliases AS aliases, n.aliasSources AS aliasSources, n.provenance AS provenance, n.year AS year, n.nameKey AS nameKey, n.aliasText AS aliasText",
    );
    expect(agency).toEqual({
      aliases: ['合成机构1号', 'SYN-AGENCY-000001'],
      aliasSources: ['', ''],
      provenance: ['source:synthetic#1'],
      year: null,
      nameKey: '合成机构000001\tsynthetic agency 000001\t合成机构1号\tsyn-agency-000001',
      aliasText: '合成机构1号 | SYN-AGENCY-000001',
    });
  });

  it('does nothing when asked again for the same scale and seed', async () => {
    const again = await ensureSyntheticGraph(db as SyntheticDatabase, OPTIONS, () => undefined);
    expect(again).toMatchObject({ skipped: true, entities: 1000, relationships: 5000 });
  });
});
