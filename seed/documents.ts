// The curated sources' documents: when the documents folder is at hand, each source's file is
// read there and stored with its paragraphs in the load's transaction, and every document the
// load touches is linked to the entities it names. The repository never carries the text.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paragraphsOf } from '../src/documents/paragraphs.ts';
import {
  linkMentions,
  matcherFromGraph,
  relinkEntities,
  storeDocument,
} from '../src/data/documentStore.ts';
import type { Run } from './existing.ts';
import { SeedError, type SeedData } from './validate.ts';

export interface SourceDocument {
  id: string;
  fileName: string;
  text: string;
}

/**
 * The files of `data`'s sources found in `dir`; a source whose file is absent is left out (the
 * store then lacks its text). A file whose paragraph count is not the source's is refused: the
 * citations count paragraphs of the file as it was curated.
 */
export async function readSourceDocuments(dir: string, data: SeedData): Promise<SourceDocument[]> {
  const found: SourceDocument[] = [];
  const problems: string[] = [];
  for (const source of data.sources) {
    const path = join(dir, source.fileName);
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    const count = paragraphsOf(text).length;
    if (count !== source.paragraphCount)
      problems.push(
        `${path}: has ${count} paragraphs, but source "${source.id}" has paragraphCount ${source.paragraphCount}; this is not the file the data was curated from: put that file in the documents folder, or correct paragraphCount`,
      );
    else found.push({ id: source.id, fileName: source.fileName, text });
  }
  if (problems.length) throw new SeedError(problems);
  return found;
}

const HAS_PARAGRAPHS = 'MATCH (p:Paragraph) RETURN count(p) > 0 AS any';

/**
 * Stores `documents` and links their mentions; then, when the store holds other documents,
 * relinks the paragraphs that name (or named) the load's entities. In the load's transaction.
 */
export async function writeDocuments(
  run: Run,
  documents: readonly SourceDocument[],
  data: SeedData,
): Promise<void> {
  for (const d of documents) await storeDocument(run, d.id, d.text);
  const [held] = await run(HAS_PARAGRAPHS);
  if (!held?.any) return;
  const matcher = await matcherFromGraph(run);
  for (const d of documents) await linkMentions(run, d.id, matcher);
  if (data.entities.length)
    await relinkEntities(
      run,
      data.entities.map((e) => e.id),
      matcher,
    );
}
