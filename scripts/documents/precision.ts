// Mention precision: a seeded sample of 50 mentions of the ingested source reports, each checked
// against the verdict a person recorded for it after reading it in its paragraph
// (mentionVerdicts.json). A mention the file has no verdict for is listed to be read.
import { readFileSync } from 'node:fs';
import type { Graph } from '../../src/neo4j/graph.ts';
import { seeded } from './holdOut.ts';

const MENTIONS = `
MATCH (s:Source)-[:HAS_PARAGRAPH]->(p:Paragraph)-[m:MENTIONS]->(e:Entity)
WHERE s.id IN $ids
RETURN p.key AS paragraph, p.text AS text, m.start AS start, m.end AS end, e.id AS entity,
       e.name AS name, m.within AS within
ORDER BY paragraph, start, entity`;

interface Mention {
  paragraph: string;
  text: string;
  start: number;
  end: number;
  entity: string;
  name: string;
  within: string | null;
}

export interface Verdict {
  /** "paragraph start-end entity", as `keyOf` writes it. */
  mention: string;
  /** The name as printed, to read the file by. */
  text: string;
  correct: boolean;
  note?: string;
}

const SAMPLE_SEED = 50;
const VERDICTS = new URL('./mentionVerdicts.json', import.meta.url);

const keyOf = (m: Mention): string => `${m.paragraph} ${m.start}-${m.end} ${m.entity}`;

export interface Precision {
  total: number;
  sample: (Mention & { verdict: Verdict | null })[];
}

/** The seeded sample of `size` mentions of the sources `ids`, with their recorded verdicts. */
export async function mentionPrecision(
  graph: Graph,
  ids: readonly string[],
  size: number,
): Promise<Precision> {
  const all = await graph.read<Mention>(MENTIONS, { ids });
  const verdicts = new Map(
    (JSON.parse(readFileSync(VERDICTS, 'utf8')) as Verdict[]).map((v) => [v.mention, v]),
  );
  const next = seeded(SAMPLE_SEED);
  const sample = all
    .map((m) => ({ m, r: next() }))
    .sort((a, b) => a.r - b.r)
    .slice(0, size)
    .map(({ m }) => ({ ...m, verdict: verdicts.get(keyOf(m)) ?? null }));
  return { total: all.length, sample };
}

/** The figure, its errors and the mentions still to read, as lines for a person. */
export function precisionLines({ total, sample }: Precision): string[] {
  const judged = sample.filter((m) => m.verdict);
  const correct = judged.filter((m) => m.verdict?.correct).length;
  const context = (m: Mention): string =>
    `…${m.text.slice(Math.max(0, m.start - 10), m.start)}【${m.text.slice(m.start, m.end)}】${m.text.slice(m.end, m.end + 10)}…`;
  const line = (m: Mention & { verdict: Verdict | null }): string =>
    `  ${keyOf(m)} ${m.name}${m.within ? ` (inside ${m.within})` : ''} ${context(m)}${m.verdict?.note ? ` (${m.verdict.note})` : ''}`;
  return [
    `Mention precision: ${correct} of ${judged.length} sampled mentions correct (${judged.length ? ((100 * correct) / judged.length).toFixed(0) : 'n/a'}%), by the verdicts in scripts/documents/mentionVerdicts.json; sample of ${sample.length} of ${total} mentions, seed ${SAMPLE_SEED}.`,
    ...judged.filter((m) => !m.verdict?.correct).map((m) => `  error:${line(m)}`),
    ...sample.filter((m) => !m.verdict).map((m) => `  to read (no verdict yet):${line(m)}`),
  ];
}
