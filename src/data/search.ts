// Search by any part of a Chinese name (simplified or traditional), English words, aliases, or
// pinyin (full or initials), backed by the full-text index and the pinyin text indexes.
import { fold } from '../documents/fold.ts';
import { pinyinQuery } from '../documents/pinyin.ts';
import { int, type Graph } from '../neo4j/graph.ts';
import { type Entity } from './records.ts';
import { type EntityKind } from './vocabulary.ts';
import { entity } from './projections.ts';

// An exact name or alias match outranks any full-text score.
const RANK = `score + CASE WHEN toLower(n.name) = $exact OR toLower(coalesce(n.nameEn, '')) = $exact
  OR $exact IN [a IN coalesce(n.aliases, []) | toLower(a)] THEN 100.0 ELSE 0.0 END`;

// The page of hits, best first: rank, then the shorter name, then the id.
const RANKED_PAGE = `WITH n, ${RANK} AS rank
ORDER BY rank DESC, size(n.name), n.id
LIMIT $first
RETURN ${entity('n')} AS entity`;

const FULLTEXT_SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 500}) YIELD node AS n, score
WHERE $kinds IS NULL OR n.kind IN $kinds
${RANKED_PAGE}`;

// Latin letters may also be pinyin: part of the full pinyin of a name (wuhankeji), or of its
// initials (whkjdx), each through its text index; a pinyin hit ranks above a loose full-text one.
const FULLTEXT_OR_PINYIN_SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 500}) YIELD node AS n, score
  RETURN n, score
  UNION ALL
  MATCH (n:Entity) WHERE n.pinyin CONTAINS $pinyin RETURN n, 2.0 AS score
  UNION ALL
  MATCH (n:Entity) WHERE n.initials CONTAINS $pinyin RETURN n, 1.5 AS score
}
WITH n, max(score) AS score
WHERE $kinds IS NULL OR n.kind IN $kinds
${RANKED_PAGE}`;

// The CJK analyzer indexes character pairs, so one Chinese character cannot hit the index;
// such a query scans names instead (still bounded).
const ONE_CHARACTER_SEARCH = `
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND (n.name CONTAINS $text OR toLower(n.aliasText) CONTAINS $exact)
WITH n, 0.0 AS score
${RANKED_PAGE}`;

/** The statement and parameters searchEntities sends, for the benchmarks. */
export function searchStatementFor(
  text: string,
  kinds: readonly EntityKind[] | null,
  first: number,
): { cypher: string; params: Record<string, unknown> } {
  const folded = fold(text);
  const pinyin = pinyinQuery(folded);
  const cypher =
    [...folded].length === 1
      ? ONE_CHARACTER_SEARCH
      : pinyin
        ? FULLTEXT_OR_PINYIN_SEARCH
        : FULLTEXT_SEARCH;
  return {
    cypher,
    params: {
      lucene: toLuceneQuery(folded),
      text: folded,
      exact: folded,
      pinyin,
      kinds,
      first: int(first),
    },
  };
}

export async function searchEntities(
  graph: Graph,
  text: string,
  kinds: readonly EntityKind[] | null,
  first: number,
): Promise<Entity[]> {
  const { cypher, params } = searchStatementFor(text, kinds, first);
  const rows = await graph.read<{ entity: Entity }>(cypher, params);
  return rows.map((r) => r.entity);
}

// The stop words of Neo4j's `cjk` analyzer (db.index.fulltext.listAvailableAnalyzers): they are
// never indexed, so a required clause for one (e.g. "of" in an English name) could never match.
const STOP_WORDS = new Set([
  ...'a and are as at be but by for if in into is it no not of on or s such t that'.split(' '),
  ...'the their then there these they this to was will with www'.split(' '),
]);

/**
 * Turns user text into a Lucene query that treats every character as plain text: each word is
 * a quoted phrase (so *, ~, :, AND, quotes and backslashes lose their meaning), and a Latin word
 * may also be the start of a longer word. All words must match, except stop words, which are
 * left out unless the text has nothing else.
 */
export function toLuceneQuery(text: string): string {
  const all = text.split(/\s+/).filter(Boolean);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  const words = meaningful.length ? meaningful : all;
  return words
    .map((word) => {
      const phrase = `"${word.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
      return /^[A-Za-z0-9]+$/.test(word) ? `(${phrase} OR ${word.toLowerCase()}*)` : phrase;
    })
    .join(' AND ');
}
