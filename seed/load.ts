// The loader: read the files (bounded in bytes), validate them (bounded in records and field
// sizes), then, in one explicit transaction that is never retried, compare them with what the
// database holds, check their references and write them in batches. All of it commits or none.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../src/neo4j/graph.ts';
import { citationsBeyond } from './citations.ts';
import { readSourceDocuments, writeDocuments } from './documents.ts';
import { batches, compareWithDatabase, type Redefinition, type Run } from './existing.ts';
import { loadFailure } from './failures.ts';
import { LOAD_TIMEOUT_MS, MAX_LOAD_BYTES } from './limits.ts';
import { overwrittenChanges } from './appliedChanges.ts';
import { clashes, refusals, replacementLines } from './redefinitions.ts';
import { checkReferences, externalIds, type KnownInDatabase } from './references.ts';
import {
  SeedError,
  relationshipKey,
  validateSeed,
  type SeedData,
  type SeedFile,
} from './validate.ts';
import { writeSeed } from './write.ts';

export const CURATED_FILES = ['sources', 'entities', 'relationships', 'indicators'].map((name) =>
  fileURLToPath(new URL(`./data/${name}.json`, import.meta.url)),
);

export interface LoadSummary {
  sources: number;
  /** Sources whose document (their text) was found in the documents folder and stored. */
  documents: number;
  entities: number;
  relationships: number;
  indicators: number;
}

export interface LoadOptions {
  /** Write records that redefine what the database holds, instead of refusing them (--replace). */
  replace?: boolean;
  /** Given exactly what --replace changes, field by field, before it is written. */
  onReplace?: (lines: string[]) => void;
  /** The load's transaction timeout; LOAD_TIMEOUT_MS unless a test needs another. */
  timeoutMs?: number;
  /** The documents folder: the sources' files found there are stored with their paragraphs. */
  documentsDir?: string | null;
}

const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads the files, refusing before reading any when together they are over MAX_LOAD_BYTES. */
export async function readSeedFiles(paths: readonly string[]): Promise<SeedFile[]> {
  const unreadable = (path: string, error: unknown): SeedError =>
    new SeedError([
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    ]);
  const sizes = await Promise.all(
    paths.map(async (path) => {
      const found = await stat(path).catch((error: unknown) => {
        throw unreadable(path, error);
      });
      if (!found.isFile()) throw new SeedError([`${path}: is not a file`]);
      return found.size;
    }),
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total > MAX_LOAD_BYTES)
    throw new SeedError([
      `${paths.join(', ')}: ${total} bytes (${MB(total)}); one load may read at most ${MAX_LOAD_BYTES} bytes (${MB(MAX_LOAD_BYTES)}), all its files together. Split the data into smaller files and load each with its own npm run seed -- --file …; each load is all or nothing.`,
    ]);
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { path, text: await readFile(path, 'utf8') };
      } catch (error) {
        throw unreadable(path, error);
      }
    }),
  );
}

const FIND_EXTERNAL = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (s:Source {id: id})
RETURN id, e IS NOT NULL AS isEntity, s.paragraphCount AS paragraphs`;

/** What the database holds of the ids the data points at but does not define. */
async function knownInDatabase(run: Run, data: SeedData): Promise<KnownInDatabase> {
  const entities = new Set<string>();
  const sources = new Map<string, number>();
  for (const ids of batches(externalIds(data))) {
    for (const r of await run(FIND_EXTERNAL, { ids })) {
      if (r.isEntity) entities.add(r.id as string);
      if (r.paragraphs != null) sources.set(r.id as string, r.paragraphs as number);
    }
  }
  return { entities, sources };
}

/** Records left as they are that cite a source past the paragraph count --replace shrinks it to. */
async function shrunkSources(
  run: Run,
  data: SeedData,
  redefinitions: readonly Redefinition[],
): Promise<string[]> {
  const rewritten = [
    ...[...data.sources, ...data.entities, ...data.indicators].map((r) => r.id),
    ...data.relationships.map(relationshipKey),
  ];
  const problems: string[] = [];
  for (const { where, id, changes } of redefinitions) {
    const count = changes.find((c) => c.field === 'paragraphCount');
    if (!count || (count.new as number) >= (count.old as number)) continue;
    for (const { id: citing, beyond } of await citationsBeyond(
      run,
      id,
      count.new as number,
      rewritten,
    ))
      problems.push(
        `${where}: field "paragraphCount" is ${count.new as number}, but ${citing} cites paragraph ${beyond.join(', ')} of it and this load leaves it as it is; redefine ${citing} in the same load, or keep the count`,
      );
  }
  return problems;
}

/** Checks `files` and writes them in one transaction, or throws SeedError and writes nothing. */
export async function loadSeed(
  graph: Graph,
  files: readonly SeedFile[],
  {
    replace = false,
    onReplace,
    timeoutMs = LOAD_TIMEOUT_MS,
    documentsDir = null,
  }: LoadOptions = {},
): Promise<LoadSummary> {
  const data = validateSeed(files);
  const documents = documentsDir ? await readSourceDocuments(documentsDir, data) : [];
  const label = files.map((f) => f.path).join(', ');
  try {
    await graph.withOptions({ timeoutMs }).writeOnce(async (run) => {
      await writeChecked(run, data, label, { replace, onReplace });
      await writeDocuments(run, documents, data);
    });
  } catch (error) {
    throw loadFailure(error, label, timeoutMs) ?? error;
  }
  return {
    sources: data.sources.length,
    documents: documents.length,
    entities: data.entities.length,
    relationships: data.relationships.length,
    indicators: data.indicators.length,
  };
}

export interface CheckOptions extends Pick<LoadOptions, 'replace'> {
  /**
   * The writer is itself an accepted change (src/data/changes.ts), whose versions guard what it
   * overwrites; a load of files never overwrites what a change wrote.
   */
  overChanges?: boolean;
}

/**
 * Inside the caller's transaction, reading only: compares validated data with the database and
 * checks its references; throws SeedError when anything would be refused. An accepted change
 * (src/data/changes.ts) is checked through here as the loader's files are.
 */
export async function checkAgainstDatabase(
  run: Run,
  data: SeedData,
  label: string,
  { replace = false, overChanges = false }: CheckOptions = {},
): Promise<Redefinition[]> {
  const found = await compareWithDatabase(run, data);
  // What accepted changes wrote is refused first, and then not again as a plain redefinition.
  const kept = overChanges
    ? { facts: new Set<string>(), problems: [] }
    : await overwrittenChanges(run, [
        ...found.redefinitions
          .filter((r) => r.section !== 'sources')
          .map((r) => ({ where: r.where, fact: r.id, differs: r.changes })),
        ...found.absent.map((a) => ({ where: a.where, fact: a.id, differs: 'absent' as const })),
      ]);
  const redefinitions = found.redefinitions.filter((r) => !kept.facts.has(r.id));
  const problems = [
    ...clashes(found.clashes),
    ...kept.problems,
    ...(replace ? await shrunkSources(run, data, redefinitions) : refusals(redefinitions)),
    ...checkReferences(data, await knownInDatabase(run, data), label),
  ];
  if (problems.length) throw new SeedError(problems);
  return found.redefinitions;
}

/** Checks (checkAgainstDatabase) and writes validated data in the caller's transaction. */
export async function writeChecked(
  run: Run,
  data: SeedData,
  label: string,
  { onReplace, ...options }: CheckOptions & Pick<LoadOptions, 'onReplace'> = {},
): Promise<void> {
  const redefinitions = await checkAgainstDatabase(run, data, label, options);
  if (redefinitions.length) onReplace?.(replacementLines(redefinitions));
  await writeSeed(run, data);
}
