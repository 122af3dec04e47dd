// The document store's writes, for the loader and the ingest command to call inside their own
// write transaction (`run`), so a document, its paragraphs and its mentions commit together:
//   (:Source {…, contentHash})-[:HAS_PARAGRAPH]->(:Paragraph {key, source, number, text, folded, hash})
//   (:Paragraph)-[:MENTIONS {start, end, text, within}]->(:Entity), one per occurrence (UTF-16
//   offsets); `within` is the entity whose longer name holds a nested mention, else absent
import { fold } from '../documents/fold.ts';
import { MASTHEADS, publisherNames } from '../documents/mastheads.ts';
import { MentionMatcher, type EntityName } from '../documents/matcher.ts';
import { contentHash, paragraphsOf } from '../documents/paragraphs.ts';
import { int, type Row, type Run } from '../neo4j/graph.ts';

export type { Run } from '../neo4j/graph.ts';

const BATCH = 1000;

/** "sourceId#number", the key of a paragraph (and of a provenance reference to it). */
export const paragraphKey = (source: string, number: number): string => `${source}#${number}`;

export interface StoredDocument {
  paragraphs: number;
  contentHash: string;
  /** False when the store already held exactly this text for the source. */
  changed: boolean;
}

const STORED_HASH = 'MATCH (s:Source {id: $id}) RETURN s.contentHash AS hash';

// Paragraphs past the new end go; the others are rewritten in place, keyed by "source#number".
const WRITE_DOCUMENT = `
MERGE (s:Source {id: $id})
SET s += $props, s.contentHash = $hash,
    s.paragraphCount = coalesce(s.paragraphCount, size($paragraphs))
WITH s
CALL (s) {
  MATCH (s)-[:HAS_PARAGRAPH]->(old:Paragraph) WHERE old.number > size($paragraphs)
  DETACH DELETE old
}
WITH s
UNWIND $paragraphs AS row
MERGE (p:Paragraph {key: row.key})
SET p.source = $id, p.number = row.number, p.text = row.text, p.folded = row.folded, p.hash = row.hash
MERGE (s)-[:HAS_PARAGRAPH]->(p)`;

/**
 * Stores `text` as the document of source `id`, split into paragraphs by the loader's rule
 * (paragraphsOf), with `props` (title, fileName, publisher, date, …) set on the Source. The
 * Source is created when it does not exist, with paragraphCount the paragraphs found; a count the
 * Source already has is kept. Mentions are not touched: call linkMentions next.
 */
export async function storeDocument(
  run: Run,
  id: string,
  text: string,
  props: Record<string, unknown> = {},
): Promise<StoredDocument> {
  const hash = contentHash(text);
  const [held] = await run(STORED_HASH, { id });
  const blocks = paragraphsOf(text);
  if (held?.hash === hash) return { paragraphs: blocks.length, contentHash: hash, changed: false };
  const paragraphs = blocks.map((p, i) => ({
    key: paragraphKey(id, i + 1),
    number: int(i + 1),
    text: p,
    folded: fold(p),
    hash: contentHash(p),
  }));
  await run(WRITE_DOCUMENT, { id, props, hash, paragraphs });
  return { paragraphs: blocks.length, contentHash: hash, changed: true };
}

const ENTITY_NAMES = `
MATCH (n:Entity)
RETURN n.id AS id, [n.name, n.nameEn] + coalesce(n.aliases, []) AS names`;

const PUBLISHERS = `
MATCH (s:Source) WHERE s.publisher IS NOT NULL RETURN DISTINCT s.publisher AS publisher`;

/**
 * A matcher over every entity's name, English name and aliases, as the transaction sees them,
 * with the publishers' names (the fixed mastheads and those the sources state) as blockers.
 */
export async function matcherFromGraph(run: Run): Promise<MentionMatcher> {
  const rows = await run(ENTITY_NAMES);
  const names: EntityName[] = rows.flatMap((r) =>
    (r.names as (string | null)[])
      .filter((name): name is string => typeof name === 'string')
      .map((name) => ({ entity: r.id as string, name })),
  );
  const stated = (await run(PUBLISHERS)).flatMap((r) => publisherNames(String(r.publisher)));
  return MentionMatcher.build(names, [...MASTHEADS, ...stated]);
}

const PARAGRAPHS_OF_SOURCE = `
MATCH (:Source {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph)
RETURN p.key AS key, p.text AS text`;

const PARAGRAPHS_BY_KEYS = `
UNWIND $keys AS key
MATCH (p:Paragraph {key: key})
RETURN p.key AS key, p.text AS text`;

const DROP_MENTIONS = `
UNWIND $keys AS key
MATCH (:Paragraph {key: key})-[m:MENTIONS]->()
DELETE m`;

const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (p:Paragraph {key: row.key})
MATCH (e:Entity {id: row.entity})
CREATE (p)-[:MENTIONS {start: row.start, end: row.end, text: row.text, within: row.within}]->(e)`;

/** Replaces the mentions of the paragraphs `rows` with what `matcher` finds in them. */
async function relink(run: Run, rows: readonly Row[], matcher: MentionMatcher): Promise<number> {
  const keys = rows.map((r) => r.key as string);
  for (let i = 0; i < keys.length; i += BATCH)
    await run(DROP_MENTIONS, { keys: keys.slice(i, i + BATCH) });
  const mentions = rows.flatMap((r) =>
    matcher.find(r.text as string).map((m) => ({
      key: r.key,
      entity: m.entity,
      start: int(m.start),
      end: int(m.end),
      text: m.text,
      within: m.within,
    })),
  );
  for (let i = 0; i < mentions.length; i += BATCH)
    await run(CREATE_MENTIONS, { rows: mentions.slice(i, i + BATCH) });
  return mentions.length;
}

/**
 * Links every paragraph of source `id` to the entities it names, replacing its earlier mentions;
 * returns how many mentions it wrote. Pass a `matcher` to share one across many documents.
 */
export async function linkMentions(
  run: Run,
  id: string,
  matcher?: MentionMatcher,
): Promise<number> {
  const rows = await run(PARAGRAPHS_OF_SOURCE, { id });
  return relink(run, rows, matcher ?? (await matcherFromGraph(run)));
}

// The paragraphs that may name one of the entities: those whose folded text holds one of their
// names as a phrase (the full-text index, no scan of every document), and those already linked
// to them (a name taken away).
const PARAGRAPHS_NAMING = `
CALL (){
  UNWIND $phrases AS phrase
  CALL db.index.fulltext.queryNodes('paragraph_text', phrase) YIELD node
  RETURN node AS p
  UNION
  MATCH (p:Paragraph)-[:MENTIONS]->(e:Entity) WHERE e.id IN $ids
  RETURN p
}
RETURN DISTINCT p.key AS key`;

const NAMES_OF = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
UNWIND [n.name, n.nameEn] + coalesce(n.aliases, []) AS name
RETURN DISTINCT name`;

/** A name as one Lucene phrase: every character plain text. */
const phrase = (name: string): string => `"${fold(name).replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * Recomputes the mentions of every paragraph that names, or named, one of the entities `ids`
 * (after their names or aliases changed, or they were added); returns how many paragraphs it
 * relinked. Run it after the entities are written, in the same transaction.
 */
export async function relinkEntities(
  run: Run,
  ids: readonly string[],
  matcher?: MentionMatcher,
): Promise<number> {
  const names = (await run(NAMES_OF, { ids })).map((r) => r.name as string | null);
  const phrases = [...new Set(names.filter((n): n is string => !!n?.trim()).map(phrase))];
  const keys = (await run(PARAGRAPHS_NAMING, { phrases, ids })).map((r) => r.key as string);
  if (!keys.length) return 0;
  const rows: Row[] = [];
  for (let i = 0; i < keys.length; i += BATCH)
    rows.push(...(await run(PARAGRAPHS_BY_KEYS, { keys: keys.slice(i, i + BATCH) })));
  await relink(run, rows, matcher ?? (await matcherFromGraph(run)));
  return keys.length;
}
