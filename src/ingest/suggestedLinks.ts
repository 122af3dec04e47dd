// Candidate links: two known entities named in the same paragraph may be linked. Pairs are
// ranked by how many paragraphs name both, then by how often those paragraphs name them; a pair
// the graph already links is kept as evidence for that relationship, not proposed again.

export interface ParagraphMention {
  paragraph: number;
  entity: string;
}

export interface SuggestedLink {
  /** The pair's ids in order (from < to): a co-mention has no direction. */
  from: string;
  to: string;
  /** Paragraphs that name both, ascending. */
  paragraphs: number[];
  /** Mentions of either in those paragraphs. */
  mentions: number;
  /** Types of the relationships the graph already has between them; empty for a new link. */
  corroborates: string[];
  /** 1 for the strongest. */
  rank: number;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * The pairs `mentions` name together, at most `max`, strongest first. `linked` gives, by
 * pairKey, the types of the relationships the graph holds between a pair.
 */
export function suggestedLinks(
  mentions: readonly ParagraphMention[],
  linked: ReadonlyMap<string, readonly string[]>,
  max: number,
): SuggestedLink[] {
  const byParagraph = new Map<number, Map<string, number>>();
  for (const { paragraph, entity } of mentions) {
    const counts = byParagraph.get(paragraph) ?? new Map<string, number>();
    counts.set(entity, (counts.get(entity) ?? 0) + 1);
    byParagraph.set(paragraph, counts);
  }
  const pairs = new Map<string, Omit<SuggestedLink, 'rank'>>();
  for (const [paragraph, counts] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
    const ids = [...counts.keys()].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [from, to] = [ids[i] as string, ids[j] as string];
        const key = pairKey(from, to);
        const pair = pairs.get(key) ?? {
          from,
          to,
          paragraphs: [],
          mentions: 0,
          corroborates: [...(linked.get(key) ?? [])].sort(),
        };
        pair.paragraphs.push(paragraph);
        pair.mentions += (counts.get(from) ?? 0) + (counts.get(to) ?? 0);
        pairs.set(key, pair);
      }
  }
  return [...pairs.values()]
    .sort(
      (a, b) =>
        b.paragraphs.length - a.paragraphs.length ||
        b.mentions - a.mentions ||
        pairKey(a.from, a.to).localeCompare(pairKey(b.from, b.to)),
    )
    .slice(0, max)
    .map((pair, i) => ({ ...pair, rank: i + 1 }));
}
