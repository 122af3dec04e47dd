// Indicators: the figures the sources state, each with its scope and source.
import { int, type Graph } from '../neo4j/graph.ts';
import type { Indicator } from './records.ts';
import { indicator } from './projections.ts';

const FIND_INDICATORS = `
MATCH (i:Indicator)
WHERE ($topic IS NULL OR i.topic = $topic)
  AND ($text IS NULL OR toLower(i.name) CONTAINS $text OR toLower(coalesce(i.nameEn, '')) CONTAINS $text
       OR toLower(i.display) CONTAINS $text)
WITH i ORDER BY i.topic, i.id LIMIT $first
RETURN ${indicator('i')} AS indicator`;

export async function findIndicators(
  graph: Graph,
  filter: { text: string | null; topic: string | null },
  first: number,
): Promise<Indicator[]> {
  const rows = await graph.read<{ indicator: Indicator }>(FIND_INDICATORS, {
    text: filter.text?.toLowerCase() ?? null,
    topic: filter.topic,
    first: int(first),
  });
  return rows.map((r) => r.indicator);
}
