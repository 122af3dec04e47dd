// Query.candidates and Query.suggestedLinks over a report ingested for the test: the queue in
// rank order a page at a time, its entities resolved, and refusals for an unknown document, a
// cursor of another list and a page size out of range.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/ingest/ingest.ts';
import { readReport } from '../../src/ingest/report.ts';
import { loadTagger } from '../../src/ingest/segmenter.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

let api: TestApi;
let source: string;
let neo4j: { uri: string; stop(): Promise<void> } | undefined;

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('review-queue-neo4j');
  api = await startTestApi({}, neo4j.uri);
  const report = await readReport(
    new URL('../fixtures/reports/university-news.html', import.meta.url).pathname,
  );
  const result = await ingestReport(api.graph, report, {}, { tag: await loadTagger() }, 60_000);
  source = result.source;
}, 240_000);

afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
});

const CANDIDATES = `query ($document: ID!, $first: Int, $after: String) {
  candidates(document: $document, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { name suggestedKind count paragraphs rank }
  }
}`;
const LINKS = `query ($document: ID!, $first: Int, $after: String) {
  suggestedLinks(document: $document, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { from { id name } to { id name } paragraphs mentions corroborates rank }
  }
}`;

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

describe('the review queue of an ingested document', () => {
  it('lists the candidates strongest first, a page at a time', async () => {
    const first = await api.query<{ candidates: Page<{ name: string; rank: number }> }>(
      CANDIDATES,
      { document: source, first: 2 },
    );
    expect(first.errors).toBeUndefined();
    const page = first.data?.candidates as Page<{ name: string; rank: number }>;
    expect(page.nodes[0]).toEqual({
      name: '宁波锦程智能装备有限公司',
      suggestedKind: 'ENTERPRISE',
      count: 3,
      paragraphs: [2, 4],
      rank: 1,
    });
    expect(page.nodes.map((c) => c.rank)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await api.query<{ candidates: Page<{ rank: number }> }>(CANDIDATES, {
      document: source,
      first: 100,
      after: page.pageInfo.endCursor,
    });
    const next = rest.data?.candidates as Page<{ rank: number }>;
    expect(next.nodes[0]?.rank).toBe(3);
    expect(next.nodes).toHaveLength(page.totalCount - 2);
    expect(next.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });

  it('lists suggested links with their entities, a linked pair as evidence for its relationship', async () => {
    const res = await api.query<{ suggestedLinks: Page<Record<string, unknown>> }>(LINKS, {
      document: source,
      first: 100,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.suggestedLinks.nodes).toContainEqual(
      expect.objectContaining({
        from: { id: 'region:cixi', name: '慈溪' },
        to: { id: 'university:wust', name: '武汉科技大学' },
        paragraphs: [1],
        corroborates: ['COOPERATES_WITH'],
      }),
    );
  });

  it('refuses an unknown document, a cursor of another list and a page size out of range', async () => {
    const missing = await api.query(CANDIDATES, { document: 'source:report-nothing' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.message).toMatch(/^No document has the id "source:report-nothing"/);
    const page = await api.query<{ candidates: Page<unknown> }>(CANDIDATES, {
      document: source,
      first: 1,
    });
    const foreign = await api.query(LINKS, {
      document: source,
      after: page.data?.candidates.pageInfo.endCursor,
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(foreign.errors?.[0]?.message).toMatch(/^after is not a cursor of suggestedLinks/);
    const tooMany = await api.query(CANDIDATES, { document: source, first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/first must be an integer from 1 to 100/);
  });
});
