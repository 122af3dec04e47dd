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
import { batches, type Run } from './existing.ts';
import type { SeedData } from './validate.ts';

export interface SourceDocument {
  id: string;
  fileName: string;
  text: string;
}

/**
 * The files of `data`'s sources found in `dir`. A source whose file is absent, or whose file has
 * another paragraph count than the source states (not the file it was curated from, or a count
 * being corrected), is left out: the store keeps what it held, since the citations count the
 * paragraphs of the curated file.
 */
export async function readSourceDocuments(dir: string, data: SeedData): Promise<SourceDocument[]> {
  const found: SourceDocument[] = [];
  for (const source of data.sources) {
    const text = await readFile(join(dir, source.fileName), 'utf8').catch(() => null);
    if (text !== null && paragraphsOf(text).length === source.paragraphCount)
      found.push({ id: source.id, fileName: source.fileName, text });
  }
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
  for (const ids of batches(data.entities.map((e) => e.id)))
    await relinkEntities(run, ids, matcher);
}
