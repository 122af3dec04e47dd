// The document store's fields: a fact's paragraph text and highlights, a document's paragraphs,
// mentions both ways, the documents list and passage search. Cursors name their list.
import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { onEveryKind } from './kinds.ts';
import {
  countDocuments,
  countParagraphs,
  listDocuments,
  paragraphsOfSource,
  type MentionCursor,
  type MentionPage,
  type MentionRecord,
  type Span,
} from '../../data/documents.ts';
import { paragraphKey } from '../../data/documentStore.ts';
import { mergeSpans, searchPassages } from '../../data/passages.ts';
import type { Entity, SourceRef } from '../../data/records.ts';
import { fold } from '../../documents/fold.ts';
import { foreignListCursor, internal } from '../../errors/index.ts';
import { optionalText, text } from './arguments.ts';

const encode = (parts: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(parts)).toString('base64url');

/** The parts of `value` when it is a cursor of `list` over `owner`; otherwise refused. */
function decode(value: string, list: string, owner: string, what: string): unknown[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts[0] === list && parts[1] === owner) return parts.slice(2);
  } catch {
    // fall through to the user-facing error
  }
  throw foreignListCursor(what);
}

const isInt = (v: unknown): v is number => Number.isInteger(v);

function mentionCursor(value: string, entity: string): MentionCursor {
  const [source, number, start] = decode(value, 'mentions', entity, `the mentions of ${entity}`);
  if (typeof source === 'string' && isInt(number) && isInt(start)) return { source, number, start };
  throw foreignListCursor(`the mentions of ${entity}`);
}
const encodeMention = (m: MentionRecord): string =>
  encode(['mentions', m.entity, m.source, m.number, m.start]);

/** Where the paragraph prints the names of `about`: their mentions, else their names found in it. */
function highlightsOf(text: string, mentions: readonly MentionRecord[], ref: SourceRef): Span[] {
  const folded = fold(text);
  const spans: Span[] = [];
  for (const end of ref.about ?? []) {
    const own = mentions.filter((m) => m.entity === end.id);
    if (own.length) spans.push(...own);
    else
      for (const name of [end.name, end.nameEn, ...end.aliases]) {
        const key = name ? fold(name) : '';
        if ([...key].length < 2) continue;
        for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1))
          spans.push({ start: at, end: at + key.length, text: text.slice(at, at + key.length) });
      }
  }
  return mergeSpans(text, spans).map(({ start, end, text: t }) => ({ start, end, text: t }));
}

const mentionPage = (page: MentionPage | null, entity: string): MentionPage =>
  page ?? { entity, items: [], hasNextPage: false };

const entityMentions = {
  mentions: async (
    e: Entity,
    args: { first: number; after?: string | null },
    ctx: Context,
  ): Promise<MentionPage> => {
    const after = args.after ? mentionCursor(args.after, e.id) : null;
    return mentionPage(await ctx.loaders.mentions(after, args.first).load(e.id), e.id);
  },
};

export const documentResolvers: Resolvers<Context> = {
  ...onEveryKind(entityMentions),
  Query: {
    document: (_parent, { id }, ctx) => ctx.loaders.source.load(id),
    documents: (_parent, args, ctx) => {
      const f = args.filter ?? {};
      const filter = {
        titleContains: optionalText(f.titleContains),
        publisherContains: optionalText(f.publisherContains),
        hasText: f.hasText ?? null,
      };
      const after = args.after
        ? decode(args.after, 'documents', '', 'the documents list')[0]
        : null;
      if (after !== null && typeof after !== 'string')
        throw foreignListCursor('the documents list');
      return listDocuments(ctx.graph, args.first, after, filter);
    },
    searchDocuments: (_parent, args, ctx) =>
      searchPassages(ctx.graph, text('query', args.query), args.first),
  },
  SourceRef: {
    text: async (ref, _args, ctx) =>
      (await ctx.loaders.paragraph.load(paragraphKey(ref.source, ref.paragraph)))?.paragraph.text ??
      null,
    highlights: async (ref, _args, ctx) => {
      const found = await ctx.loaders.paragraph.load(paragraphKey(ref.source, ref.paragraph));
      return found ? highlightsOf(found.paragraph.text, found.mentions, ref) : [];
    },
  },
  Source: {
    paragraphs: (source, args, ctx) => {
      const what = `the paragraphs of ${source.id}`;
      const [after = 0] = args.after ? decode(args.after, 'paragraphs', source.id, what) : [];
      if (!isInt(after)) throw foreignListCursor(what);
      return paragraphsOfSource(ctx.graph, source.id, args.first, after);
    },
  },
  ParagraphConnection: {
    edges: (c) =>
      c.items.map((node) => ({ node, cursor: encode(['paragraphs', c.source, node.number]) })),
    nodes: (c) => c.items,
    pageInfo: (c) => {
      const last = c.items.at(-1);
      return {
        hasNextPage: c.hasNextPage,
        endCursor: last ? encode(['paragraphs', c.source, last.number]) : null,
      };
    },
    totalCount: (c, _args, ctx) => countParagraphs(ctx.graph, c.source),
  },
  Paragraph: {
    document: async (p, _args, ctx) => {
      const source = await ctx.loaders.source.load(p.source);
      if (!source) throw internal(`paragraph ${p.key} names a missing source`);
      return source;
    },
    mentions: async (p, { first }, ctx) =>
      ((await ctx.loaders.paragraph.load(p.key))?.mentions ?? []).slice(0, first),
  },
  Mention: {
    entity: async (m, _args, ctx) => {
      const entity = await ctx.loaders.entity.load(m.entity);
      if (!entity) throw internal(`mention names a missing entity ${m.entity}`);
      return entity;
    },
    within: (m, _args, ctx) => (m.within ? ctx.loaders.entity.load(m.within) : null),
    paragraph: async (m, _args, ctx) => {
      const found = await ctx.loaders.paragraph.load(m.paragraph);
      if (!found) throw internal(`mention names a missing paragraph ${m.paragraph}`);
      return found.paragraph;
    },
  },
  MentionConnection: {
    edges: (c) => c.items.map((node) => ({ node, cursor: encodeMention(node) })),
    nodes: (c) => c.items,
    pageInfo: (c) => {
      const last = c.items.at(-1);
      return { hasNextPage: c.hasNextPage, endCursor: last ? encodeMention(last) : null };
    },
    totalCount: (c, _args, ctx) => ctx.loaders.mentionCount.load(c.entity),
  },
  SourceConnection: {
    edges: (c) => c.items.map((node) => ({ node, cursor: encode(['documents', '', node.id]) })),
    nodes: (c) => c.items,
    pageInfo: (c) => {
      const last = c.items.at(-1);
      return {
        hasNextPage: c.hasNextPage,
        endCursor: last ? encode(['documents', '', last.id]) : null,
      };
    },
    totalCount: (c, _args, ctx) => countDocuments(ctx.graph, c.filter),
  },
};
