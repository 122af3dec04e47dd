// Passage search: the paragraphs whose text matches a query, best first, with the spans that
// match, found in the folded text so that traditional and simplified characters meet.
import { fold } from '../documents/fold.ts';
import { int, type Graph } from '../neo4j/graph.ts';
import { PARAGRAPH, type ParagraphRecord, type Span } from './documents.ts';
import { toLuceneQuery } from './search.ts';

export interface PassageRecord {
  paragraph: ParagraphRecord;
  highlights: Span[];
}

const SEARCH_PASSAGES = `
CALL db.index.fulltext.queryNodes('paragraph_text', $lucene, {limit: $limit}) YIELD node AS p, score
RETURN ${PARAGRAPH} AS paragraph, p.folded AS folded
ORDER BY score DESC, p.key LIMIT $limit`;

/** Every occurrence of each word in `folded`; a Chinese word not found whole, by its pairs. */
function spansOf(text: string, folded: string, words: readonly string[]): Span[] {
  const found: Span[] = [];
  const all = (part: string): number => {
    let n = 0;
    for (let at = folded.indexOf(part); part && at >= 0; at = folded.indexOf(part, at + 1), n++)
      found.push({ start: at, end: at + part.length, text: text.slice(at, at + part.length) });
    return n;
  };
  for (const word of words)
    if (!all(word) && word.length > 2)
      for (let i = 0; i + 2 <= word.length; i++) all(word.slice(i, i + 2));
  return mergeSpans(text, found);
}

/** Overlapping or touching spans merged into one, in text order. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.text = text.slice(last.start, last.end);
    } else out.push({ ...s });
  }
  return out;
}

/** Paragraphs whose folded text matches `query`'s words, best first, with where they match. */
export async function searchPassages(
  graph: Graph,
  query: string,
  first: number,
): Promise<PassageRecord[]> {
  const folded = fold(query);
  const rows = await graph.read<{ paragraph: ParagraphRecord; folded: string }>(SEARCH_PASSAGES, {
    lucene: toLuceneQuery(folded),
    limit: int(first),
  });
  const words = folded.split(/\s+/).filter(Boolean);
  return rows.map((r) => ({
    paragraph: r.paragraph,
    highlights: spansOf(r.paragraph.text, r.folded, words),
  }));
}
