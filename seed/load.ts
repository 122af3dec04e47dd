// The loader: validate the files, check references, then write everything in one transaction
// with UNWIND … MERGE on ids, so loading the same files twice changes nothing.
import { readFile } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../src/neo4j/graph.ts';
import { encodeProvenance } from '../src/data/records.ts';
import { KIND_LABEL, RELATIONSHIP_TYPE_NAMES } from '../src/data/vocabulary.ts';
import { checkReferences, externalIds } from './references.ts';
import {
  SeedError,
  relationshipKey,
  validateSeed,
  type SeedData,
  type SeedFile,
} from './validate.ts';

export const CURATED_FILES = ['sources', 'entities', 'relationships', 'indicators'].map((name) =>
  fileURLToPath(new URL(`./data/${name}.json`, import.meta.url)),
);

export interface LoadSummary {
  sources: number;
  entities: number;
  relationships: number;
  indicators: number;
}

export async function readSeedFiles(paths: readonly string[]): Promise<SeedFile[]> {
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { path, text: await readFile(path, 'utf8') };
      } catch (error) {
        throw new SeedError([
          `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        ]);
      }
    }),
  );
}

const FIND_EXTERNAL = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (s:Source {id: id})
RETURN id, e IS NOT NULL AS isEntity, s.paragraphCount AS paragraphs`;

const MERGE_SOURCES = 'UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s += row';

const mergeEntities = (label: string): string =>
  `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${label}, n += row`;

const mergeRelationships = (type: string): string => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r += row.props`;

// An indicator's scope is a list of ABOUT links, replaced as a whole so a reload keeps it exact.
const MERGE_INDICATORS = `
UNWIND $rows AS row
MERGE (i:Indicator {id: row.id})
SET i += row.props
WITH i, row
CALL (i) { MATCH (i)-[old:ABOUT]->() DELETE old }
WITH i, row
UNWIND range(0, size(row.scope) - 1) AS k
MATCH (e:Entity {id: row.scope[k]})
MERGE (i)-[about:ABOUT]->(e)
SET about.position = k`;

// Lists order by how connected an entity is; keeping it stored lets that order use an index.
const UPDATE_DEGREES = 'MATCH (n:Entity) SET n.degree = COUNT { (n)--(:Entity) }';

export async function loadSeed(graph: Graph, files: readonly SeedFile[]): Promise<LoadSummary> {
  const data = validateSeed(files);
  const label = files.map((f) => f.path).join(', ');
  await graph.writeTransaction(async (run) => {
    const rows = await run(FIND_EXTERNAL, { ids: externalIds(data) });
    const problems = checkReferences(
      data,
      {
        entities: new Set(rows.filter((r) => r.isEntity).map((r) => r.id as string)),
        sources: new Map(
          rows
            .filter((r) => r.paragraphs != null)
            .map((r) => [r.id as string, r.paragraphs as number]),
        ),
      },
      label,
    );
    if (problems.length) throw new SeedError(problems);
    await write(run, data);
  });
  return {
    sources: data.sources.length,
    entities: data.entities.length,
    relationships: data.relationships.length,
    indicators: data.indicators.length,
  };
}

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<unknown>;

// JavaScript numbers reach Neo4j as floats; years and counts are stored as integers.
const int = (value: number | null): unknown => (value === null ? null : neo4j.int(value));

async function write(run: Run, data: SeedData): Promise<void> {
  if (data.sources.length) {
    const rows = data.sources.map((s) => ({ ...s, paragraphCount: int(s.paragraphCount) }));
    await run(MERGE_SOURCES, { rows });
  }
  for (const [kind, label] of Object.entries(KIND_LABEL)) {
    const rows = data.entities
      .filter((e) => e.kind === kind)
      .map(({ sources, aliases, ...e }) => ({
        ...e,
        year: int(e.year),
        aliases: aliases.map((a) => a.name),
        aliasSources: aliases.map((a) => (a.source ? encodeProvenance([a.source])[0] : '')),
        aliasReasons: aliases.map((a) => a.reason ?? ''),
        aliasText: aliases.map((a) => a.name).join(' | '),
        provenance: encodeProvenance(sources),
      }));
    if (rows.length) await run(mergeEntities(label), { rows });
  }
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const rows = data.relationships
      .filter((r) => r.type === type)
      .map(({ sources, from, to, type: _type, ...props }) => ({
        from,
        to,
        props: {
          ...props,
          since: int(props.since),
          id: relationshipKey({ from, type, to }),
          provenance: encodeProvenance(sources),
        },
      }));
    if (rows.length) await run(mergeRelationships(type), { rows });
  }
  if (data.indicators.length) {
    const rows = data.indicators.map(({ sources, scope, ...props }) => ({
      id: props.id,
      scope,
      props: { ...props, provenance: encodeProvenance(sources) },
    }));
    await run(MERGE_INDICATORS, { rows });
  }
  await run(UPDATE_DEGREES);
}
