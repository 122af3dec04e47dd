// What the ingest command prints for people: one report's summary, and a folder's.
import type { IngestResult } from './ingest.ts';

/** Lines printed of a list before "… and N more". */
const SHOWN = 15;

const more = (n: number): string[] => (n > SHOWN ? [`  … and ${n - SHOWN} more`] : []);
const pages = (ns: readonly number[]): string => `¶${ns.join(',')}`;

export function reportSummary(path: string, result: IngestResult): string[] {
  if (result.already)
    return [`${path}: already ingested as ${result.source}; nothing was stored again.`];
  const byEntity = new Map<string, { name: string; count: number }>();
  for (const m of result.mentions) {
    const seen = byEntity.get(m.entity) ?? { name: m.name, count: 0 };
    seen.count++;
    byEntity.set(m.entity, seen);
  }
  const mentioned = [...byEntity].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const names = new Map([...byEntity].map(([id, e]) => [id, e.name]));
  return [
    `${path}: ingested as ${result.source}, ${result.paragraphs} paragraphs.`,
    `Mentions: ${result.mentions.length} of ${byEntity.size} entities${byEntity.size ? ':' : ' (the report names nothing the graph holds).'}`,
    ...mentioned.slice(0, SHOWN).map(([id, e]) => `  ${e.name} (${id}) ×${e.count}`),
    ...more(mentioned.length),
    `Candidate entities, for review: ${result.candidates.length}${result.candidates.length ? ':' : '.'}`,
    ...result.candidates
      .slice(0, SHOWN)
      .map((c) => `  ${c.name} (${c.suggestedKind}?) ×${c.count} ${pages(c.paragraphs)}`),
    ...more(result.candidates.length),
    `Suggested links, for review: ${result.links.length}${result.links.length ? ':' : '.'}`,
    ...result.links
      .slice(0, SHOWN)
      .map(
        (l) =>
          `  ${names.get(l.from) ?? l.from} – ${names.get(l.to) ?? l.to} ${pages(l.paragraphs)}${l.corroborates.length ? ` (evidence for ${l.corroborates.join(', ')})` : ''}`,
      ),
    ...more(result.links.length),
  ];
}
