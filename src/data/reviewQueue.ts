// The review queue an ingested report leaves: its candidate entities and suggested links, stored
// beside its Source and never as facts. They carry no entity label and point at entities by id
// only, so no question about the graph (paths, neighbourhoods, exports) ever meets them:
//   (:Source)-[:HAS_CANDIDATE]->(:Candidate {name, suggestedKind, count, paragraphs, rank})
//   (:Source)-[:HAS_SUGGESTED_LINK]->(:SuggestedLink {from, to, paragraphs, mentions, corroborates, rank})
import { int, type Graph, type Run } from '../neo4j/graph.ts';
import { entity } from './projections.ts';
import type { Entity } from './records.ts';
import type { EntityKind } from './vocabulary.ts';

/** A statement runner inside the caller's write transaction. */

const SOURCE_WITH_HASH = `
MATCH (s:Source) WHERE s.contentHash = $hash
RETURN s.id AS id ORDER BY id LIMIT 1`;

/** The source already stored with this content hash, or null. */
export async function sourceWithHash(run: Run, hash: string): Promise<string | null> {
  const [row] = await run(SOURCE_WITH_HASH, { hash });
  return (row?.id as string | undefined) ?? null;
}

const KNOWN_NAMES = `
MATCH (n:Entity)
UNWIND [n.name] + coalesce(n.aliases, []) AS name
RETURN name, n.kind AS kind`;

/** Every name and alias in the graph, with the kind of the entity it names. */
export async function knownNames(run: Run): Promise<{ name: string; kind: EntityKind }[]> {
  return (await run(KNOWN_NAMES)) as { name: string; kind: EntityKind }[];
}

const MENTIONS_OF_SOURCE = `
MATCH (:Source {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph)-[m:MENTIONS]->(e:Entity)
// A name inside another (宁波 in 宁波工程学院) is part of that name, not a second entity printed.
WHERE m.within IS NULL
RETURN p.number AS paragraph, e.id AS entity, e.name AS name
ORDER BY paragraph, entity`;

export interface StoredMention {
  paragraph: number;
  entity: string;
  name: string;
}

/** One row per mention the source's paragraphs hold. */
export async function mentionsOfSource(run: Run, id: string): Promise<StoredMention[]> {
  return (await run(MENTIONS_OF_SOURCE, { id })).map((r) => ({
    paragraph: Number(r.paragraph),
    entity: String(r.entity),
    name: String(r.name),
  }));
}

const LINKS_BETWEEN = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})-[r]-(b:Entity {id: pair[1]})
RETURN pair[0] + ' ' + pair[1] AS key, collect(DISTINCT type(r)) AS types`;

/** The relationship types the graph holds between each pair [from, to], by "from to". */
export async function linksBetween(
  run: Run,
  pairs: readonly (readonly [string, string])[],
): Promise<Map<string, string[]>> {
  const rows = pairs.length ? await run(LINKS_BETWEEN, { pairs }) : [];
  return new Map(rows.map((r) => [r.key as string, r.types as string[]]));
}

const WRITE_CANDIDATES = `
MATCH (s:Source {id: $id})
UNWIND $rows AS row
CREATE (s)-[:HAS_CANDIDATE]->(:Candidate {source: $id, rank: row.rank, name: row.name,
  suggestedKind: row.suggestedKind, count: row.count, paragraphs: row.paragraphs})`;

const WRITE_SUGGESTED_LINKS = `
MATCH (s:Source {id: $id})
UNWIND $rows AS row
CREATE (s)-[:HAS_SUGGESTED_LINK]->(:SuggestedLink {source: $id, rank: row.rank, from: row.from,
  to: row.to, paragraphs: row.paragraphs, mentions: row.mentions, corroborates: row.corroborates})`;

export interface QueuedCandidate {
  name: string;
  suggestedKind: EntityKind;
  count: number;
  paragraphs: number[];
}

export interface QueuedLink {
  from: string;
  to: string;
  paragraphs: number[];
  mentions: number;
  corroborates: string[];
}

const ints = (ns: readonly number[]): unknown[] => ns.map(int);

/** Stores the review queue of source `id`, ranked in the order given. */
export async function storeReviewQueue(
  run: Run,
  id: string,
  candidates: readonly QueuedCandidate[],
  links: readonly QueuedLink[],
): Promise<void> {
  const rows = candidates.map((c, i) => ({
    ...c,
    rank: int(i + 1),
    count: int(c.count),
    paragraphs: ints(c.paragraphs),
  }));
  if (rows.length) await run(WRITE_CANDIDATES, { id, rows });
  const linkRows = links.map((l, i) => ({
    ...l,
    rank: int(i + 1),
    mentions: int(l.mentions),
    paragraphs: ints(l.paragraphs),
  }));
  if (linkRows.length) await run(WRITE_SUGGESTED_LINKS, { id, rows: linkRows });
}

export interface QueuePage<T> {
  items: (T & { rank: number })[];
  total: number;
  hasNextPage: boolean;
}

// Ranks are dense from 1, so a page after rank r starts at r + 1 and walks the queue in order.
const CANDIDATES_PAGE = `
MATCH (s:Source {id: $document})
RETURN COUNT { (s)-[:HAS_CANDIDATE]->(:Candidate) } AS total,
       COLLECT { MATCH (s)-[:HAS_CANDIDATE]->(c:Candidate) WHERE c.rank > $after
                 RETURN c {.name, .suggestedKind, .count, .paragraphs, .rank}
                 ORDER BY c.rank LIMIT $limit } AS items`;

const SUGGESTED_LINKS_PAGE = `
MATCH (s:Source {id: $document})
RETURN COUNT { (s)-[:HAS_SUGGESTED_LINK]->(:SuggestedLink) } AS total,
       COLLECT { MATCH (s)-[:HAS_SUGGESTED_LINK]->(l:SuggestedLink) WHERE l.rank > $after
                 WITH l ORDER BY l.rank LIMIT $limit
                 MATCH (a:Entity {id: l.from}), (b:Entity {id: l.to})
                 RETURN {from: ${entity('a')}, to: ${entity('b')}, paragraphs: l.paragraphs,
                         mentions: l.mentions, corroborates: l.corroborates, rank: l.rank} } AS items`;

async function page<T>(
  graph: Graph,
  cypher: string,
  document: string,
  first: number,
  after: number,
): Promise<QueuePage<T> | null> {
  const [row] = await graph.read<{ total: number; items: (T & { rank: number })[] }>(cypher, {
    document,
    after: int(after),
    limit: int(first + 1),
  });
  if (!row) return null;
  return {
    items: row.items.slice(0, first),
    total: row.total,
    hasNextPage: row.items.length > first,
  };
}

/** A page of document `document`'s candidates after rank `after`; null when no such source. */
export const candidatesPage = (graph: Graph, document: string, first: number, after: number) =>
  page<QueuedCandidate>(graph, CANDIDATES_PAGE, document, first, after);

export interface SuggestedLinkRecord {
  from: Entity;
  to: Entity;
  paragraphs: number[];
  mentions: number;
  corroborates: string[];
}

/** A page of document `document`'s suggested links after rank `after`; null when no such source. */
export const suggestedLinksPage = (graph: Graph, document: string, first: number, after: number) =>
  page<SuggestedLinkRecord>(graph, SUGGESTED_LINKS_PAGE, document, first, after);

/** The audit record of a document added through the API, in the caller's write transaction. */
export async function auditDocumentAdded(
  run: Run,
  actor: string,
  source: string,
  fileName: string,
): Promise<void> {
  await run(
    `CREATE (:AuditEvent {at: datetime(), actor: $actor, action: 'document.add', target: $source,
       fileName: $fileName})`,
    { actor, source, fileName },
  );
}
