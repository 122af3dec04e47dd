// The document store through GraphQL: the documents list and its cursors, refusals, and, with
// the source reports at hand, every fact's paragraph text with its highlights, a document's
// paragraphs, an entity's mentions and passage search (texts compared with the files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/documents/paragraphs.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { describeSourceChecks } from '../helpers/sources.ts';

interface Span {
  start: number;
  end: number;
  text: string;
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.query<T>(query, variables);
  expect(res.errors, query).toBeUndefined();
  return res.data as T;
}

const DOCUMENTS = `query ($first: Int, $after: String, $filter: DocumentFilter) {
  documents(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id title }
  }
}`;
interface Documents {
  documents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; title: string }[];
  };
}

describe('the documents list', () => {
  it('pages through both curated sources by id', async () => {
    const one = await data<Documents>(DOCUMENTS, { first: 1 });
    expect(one.documents.totalCount).toBe(2);
    expect(one.documents.nodes.map((n) => n.id)).toEqual(['source:talent-city-2025']);
    expect(one.documents.pageInfo.hasNextPage).toBe(true);
    const two = await data<Documents>(DOCUMENTS, { after: one.documents.pageInfo.endCursor });
    expect(two.documents.nodes.map((n) => n.id)).toEqual(['source:tech-engine-2025']);
    expect(two.documents.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by title and publisher', async () => {
    const byTitle = await data<Documents>(DOCUMENTS, { filter: { titleContains: '科技引擎' } });
    expect(byTitle.documents.nodes.map((n) => n.id)).toEqual(['source:tech-engine-2025']);
    const byPublisher = await data<Documents>(DOCUMENTS, {
      filter: { publisherContains: '慈溪日报' },
    });
    expect(byPublisher.documents.totalCount).toBe(1);
  });

  it('answers null for a document no source has', async () => {
    expect(await data(`{ document(id: "source:none") { id } }`)).toEqual({ document: null });
  });

  it('refuses a cursor of another list, and a page over its bound', async () => {
    const first = await data<Documents>(DOCUMENTS, { first: 1 });
    const res = await api.query(
      `query ($after: String) { entity(id: "university:wust") { mentions(after: $after) { totalCount } } }`,
      { after: first.documents.pageInfo.endCursor },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe(
      'after is not a cursor of the mentions of university:wust; pass pageInfo.endCursor from the previous page of the same list.',
    );
    const big = await api.query(`{ documents(first: 101) { totalCount } }`);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describeSourceChecks((dir) => {
  const talent = (): string[] =>
    paragraphsOf(readFileSync(join(dir, '000_6ed291f17ed2e31c.txt'), 'utf8'));

  it('gives every cited paragraph of 武汉科技大学 its text, with the name highlighted', async () => {
    const { entity } = await data<{
      entity: { sources: { paragraph: number; text: string; highlights: Span[] }[] };
    }>(
      `{ entity(id: "university:wust") { sources { paragraph text highlights { start end text } } } }`,
    );
    const paragraphs = talent();
    expect(entity.sources.map((s) => s.paragraph)).toEqual([21, 22, 24, 26, 27]);
    for (const s of entity.sources) {
      expect(s.text).toBe(paragraphs[s.paragraph - 1]);
      for (const h of s.highlights) expect(s.text.slice(h.start, h.end)).toBe(h.text);
    }
    const p21 = entity.sources[0] as { text: string; highlights: Span[] };
    const at = p21.text.indexOf('武汉科技大学');
    expect(p21.highlights).toContainEqual({ start: at, end: at + 6, text: '武汉科技大学' });
  });

  it('highlights both ends of a link in the paragraph that states it', async () => {
    const { entity } = await data<{
      entity: {
        relationships: { to: { id: string }; sources: { text: string; highlights: Span[] }[] }[];
      };
    }>(`{ entity(id: "enterprise:ruitang") { relationships(types: [PAIRED_WITH]) {
          to { id } sources { text highlights { start end text } } } } }`);
    const link = entity.relationships.find((r) => r.to.id === 'university:wust');
    const ref = link?.sources[0];
    expect(ref?.text).toBe(talent()[20]);
    const texts = new Set(ref?.highlights.map((h) => h.text));
    expect(texts.has('武汉科技大学')).toBe(true);
    expect([...texts].some((t) => t.includes('瑞堂'))).toBe(true);
  });

  it('pages through a document’s paragraphs by number', async () => {
    const query = `query ($after: String) { document(id: "source:talent-city-2025") {
      paragraphs(first: 2, after: $after) { totalCount pageInfo { endCursor } nodes { number text } } } }`;
    type Page = {
      document: {
        paragraphs: {
          totalCount: number;
          pageInfo: { endCursor: string };
          nodes: { number: number; text: string }[];
        };
      };
    };
    const one = await data<Page>(query);
    expect(one.document.paragraphs.totalCount).toBe(43);
    const two = await data<Page>(query, { after: one.document.paragraphs.pageInfo.endCursor });
    expect(two.document.paragraphs.nodes).toEqual([
      { number: 3, text: talent()[2] },
      { number: 4, text: talent()[3] },
    ]);
  });

  it('lists an entity’s mentions across documents, in order, with their paragraphs', async () => {
    const query = `query ($after: String) { entity(id: "university:wust") {
      mentions(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        nodes { start end text entity { id } paragraph { number text document { id } } } } } }`;
    type Mentions = {
      entity: {
        mentions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          nodes: {
            start: number;
            end: number;
            text: string;
            entity: { id: string };
            paragraph: { number: number; text: string; document: { id: string } };
          }[];
        };
      };
    };
    const one = await data<Mentions>(query);
    const two = await data<Mentions>(query, { after: one.entity.mentions.pageInfo.endCursor });
    const all = [...one.entity.mentions.nodes, ...two.entity.mentions.nodes];
    expect(one.entity.mentions.totalCount).toBeGreaterThanOrEqual(6);
    expect(two.entity.mentions.pageInfo.hasNextPage).toBe(one.entity.mentions.totalCount > 6);
    expect(all).toHaveLength(6);
    for (const m of all) {
      expect(m.entity.id).toBe('university:wust');
      expect(m.paragraph.text.slice(m.start, m.end)).toBe(m.text);
      expect(['武汉科技大学', '武科大']).toContain(m.text);
    }
    const order = all.map((m) => m.paragraph.number * 10_000 + m.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('finds passages by a traditional spelling, highlighting the simplified text', async () => {
    const { searchDocuments } = await data<{
      searchDocuments: { paragraph: { text: string }; highlights: Span[] }[];
    }>(`{ searchDocuments(query: "武漢科技大學", first: 3) {
          paragraph { text } highlights { start end text } } }`);
    expect(searchDocuments.length).toBeGreaterThan(0);
    for (const hit of searchDocuments) {
      expect(hit.paragraph.text).toContain('武汉科技大学');
      expect(hit.highlights.map((h) => h.text)).toContain('武汉科技大学');
    }
  });
});
