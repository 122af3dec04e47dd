// Candidate links from co-mentions: ranked by shared paragraphs, a linked pair kept as evidence.
import { describe, expect, it } from 'vitest';
import { pairKey, suggestedLinks } from '../../src/ingest/suggestedLinks.ts';

const M = (paragraph: number, ...entities: string[]) =>
  entities.map((entity) => ({ paragraph, entity }));

describe('suggested links', () => {
  const mentions = [
    ...M(1, 'university:wust', 'enterprise:huanchi', 'university:wust'),
    ...M(2, 'enterprise:huanchi', 'university:wust', 'region:cixi'),
    ...M(3, 'region:cixi', 'talent:li-long'),
    ...M(4, 'talent:li-long'),
  ];
  const linked = new Map([[pairKey('university:wust', 'enterprise:huanchi'), ['PARTNERS_WITH']]]);

  it('ranks pairs by the paragraphs that name both, then by their mentions there', () => {
    const links = suggestedLinks(mentions, linked, 10);
    expect(links.map((l) => [l.rank, l.from, l.to, l.paragraphs, l.mentions])).toEqual([
      [1, 'enterprise:huanchi', 'university:wust', [1, 2], 5],
      [2, 'enterprise:huanchi', 'region:cixi', [2], 2],
      [3, 'region:cixi', 'talent:li-long', [3], 2],
      [4, 'region:cixi', 'university:wust', [2], 2],
    ]);
  });

  it('shows a pair the graph links as evidence for that relationship', () => {
    const [first, second] = suggestedLinks(mentions, linked, 10);
    expect(first?.corroborates).toEqual(['PARTNERS_WITH']);
    expect(second?.corroborates).toEqual([]);
  });

  it('keeps at most the number asked for, and nothing for an entity named alone', () => {
    expect(suggestedLinks(mentions, linked, 2)).toHaveLength(2);
    expect(suggestedLinks(M(4, 'talent:li-long', 'talent:li-long'), linked, 10)).toEqual([]);
  });
});
