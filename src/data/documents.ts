// The document store's questions: paragraphs of a document, paragraphs by key with their
// mentions (batched), an entity's mentions (batched) and the documents list.
import { int, type Graph } from '../neo4j/graph.ts';
import type { Source } from './records.ts';
import { SOURCE } from './projections.ts';

export interface ParagraphRecord {
  key: string;
  source: string;
  number: number;
  text: string;
}

export interface MentionRecord {
  entity: string;
  /** The paragraph's key, "sourceId#number". */
  paragraph: string;
  source: string;
  number: number;
  start: number;
  end: number;
  text: string;
  /** The entity whose longer name holds this nested mention (武汉 in 武汉科技大学), else null. */
  within: string | null;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A paragraph with every mention in it (up to 500), in text order. */
export interface ParagraphWithMentions {
  paragraph: ParagraphRecord;
  mentions: MentionRecord[];
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}
export interface ParagraphPage extends Page<ParagraphRecord> {
  source: string;
}
export interface MentionPage extends Page<MentionRecord> {
  entity: string;
}
export interface DocumentFilter {
  titleContains: string | null;
  publisherContains: string | null;
  hasText: boolean | null;
}
export interface SourcePage extends Page<Source> {
  filter: DocumentFilter;
}

/** Where a mention sorts in an entity's list: document, paragraph, offset. */
export interface MentionCursor {
  source: string;
  number: number;
  start: number;
}

export const PARAGRAPH = 'p {.key, .source, .number, .text}';
const MENTION = `{entity: e.id, paragraph: p.key, source: p.source, number: p.number,
  start: m.start, end: m.end, text: m.text, within: m.within}`;

const page = <T>(rows: T[], first: number): Page<T> => ({
  items: rows.slice(0, first),
  hasNextPage: rows.length > first,
});

const PARAGRAPHS_BY_KEYS = `
UNWIND $keys AS key
MATCH (p:Paragraph {key: key})
RETURN ${PARAGRAPH} AS paragraph,
  COLLECT { MATCH (p)-[m:MENTIONS]->(e:Entity) RETURN ${MENTION} AS mention
            ORDER BY m.start, e.id LIMIT 500 } AS mentions`;

export async function paragraphsByKeys(
  graph: Graph,
  keys: readonly string[],
): Promise<Map<string, ParagraphWithMentions>> {
  const rows = await graph.read<ParagraphWithMentions>(PARAGRAPHS_BY_KEYS, { keys });
  return new Map(rows.map((r) => [r.paragraph.key, r]));
}

const PARAGRAPHS_OF_SOURCE = `
MATCH (:Source {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph)
WHERE p.number > $after
RETURN ${PARAGRAPH} AS paragraph
ORDER BY p.number LIMIT $limit`;

export async function paragraphsOfSource(
  graph: Graph,
  id: string,
  first: number,
  after: number,
): Promise<ParagraphPage> {
  const rows = await graph.read<{ paragraph: ParagraphRecord }>(PARAGRAPHS_OF_SOURCE, {
    id,
    after: int(after),
    limit: int(first + 1),
  });
  return {
    source: id,
    ...page(
      rows.map((r) => r.paragraph),
      first,
    ),
  };
}

const COUNT_PARAGRAPHS = `
MATCH (s:Source {id: $id}) RETURN COUNT { (s)-[:HAS_PARAGRAPH]->() } AS count`;

export async function countParagraphs(graph: Graph, id: string): Promise<number> {
  const [row] = await graph.read<{ count: number }>(COUNT_PARAGRAPHS, { id });
  return row?.count ?? 0;
}

const MENTIONS_OF = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)<-[m:MENTIONS]-(p:Paragraph)
  WHERE $after IS NULL OR p.source > $after.source
     OR (p.source = $after.source AND (p.number > $after.number
         OR (p.number = $after.number AND m.start > $after.start)))
  WITH e, m, p ORDER BY p.source, p.number, m.start LIMIT $limit
  RETURN collect(${MENTION}) AS items
}
RETURN id, items`;

export async function mentionsOfEntities(
  graph: Graph,
  ids: readonly string[],
  first: number,
  after: MentionCursor | null,
): Promise<Map<string, MentionPage>> {
  const rows = await graph.read<{ id: string; items: MentionRecord[] }>(MENTIONS_OF, {
    ids,
    after: after && { ...after, number: int(after.number), start: int(after.start) },
    limit: int(first + 1),
  });
  return new Map(rows.map((r) => [r.id, { entity: r.id, ...page(r.items, first) }]));
}

const COUNT_MENTIONS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)<-[:MENTIONS]-(:Paragraph) } AS count`;

export async function countMentions(
  graph: Graph,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const rows = await graph.read<{ id: string; count: number }>(COUNT_MENTIONS, { ids });
  return new Map(rows.map((r) => [r.id, r.count]));
}

const DOCUMENT_FILTER = `
  ($title IS NULL OR toLower(s.title) CONTAINS $title OR toLower(coalesce(s.titleEn, '')) CONTAINS $title)
  AND ($publisher IS NULL OR toLower(coalesce(s.publisher, '')) CONTAINS $publisher)
  AND ($hasText IS NULL OR (s.contentHash IS NOT NULL) = $hasText)`;

const DOCUMENTS = `
MATCH (s:Source)
WHERE ($after IS NULL OR s.id > $after) AND ${DOCUMENT_FILTER}
RETURN ${SOURCE('s')} AS source
ORDER BY s.id LIMIT $limit`;

const COUNT_DOCUMENTS = `MATCH (s:Source) WHERE ${DOCUMENT_FILTER} RETURN count(s) AS count`;

const filterParams = (f: DocumentFilter) => ({
  title: f.titleContains?.toLowerCase() ?? null,
  publisher: f.publisherContains?.toLowerCase() ?? null,
  hasText: f.hasText,
});

export async function listDocuments(
  graph: Graph,
  first: number,
  after: string | null,
  filter: DocumentFilter,
): Promise<SourcePage> {
  const rows = await graph.read<{ source: Source }>(DOCUMENTS, {
    ...filterParams(filter),
    after,
    limit: int(first + 1),
  });
  return {
    filter,
    ...page(
      rows.map((r) => r.source),
      first,
    ),
  };
}

export async function countDocuments(graph: Graph, filter: DocumentFilter): Promise<number> {
  const [row] = await graph.read<{ count: number }>(COUNT_DOCUMENTS, filterParams(filter));
  return row?.count ?? 0;
}
