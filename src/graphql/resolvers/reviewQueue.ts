// Query.candidates and Query.suggestedLinks: an ingested document's review queue, a page at a
// time. A cursor names its list and document, so one from another list is refused, not misread.
import type { Resolvers } from '../../generated/graphql.ts';
import { candidatesPage, suggestedLinksPage, type QueuePage } from '../../data/reviewQueue.ts';
import { REVIEW_QUEUE } from '../../errors/index.ts';
import type { Context } from '../context.ts';

type List = 'candidates' | 'suggestedLinks';

const encode = (list: List, document: string, rank: number): string =>
  Buffer.from(JSON.stringify([list, document, rank])).toString('base64url');

function decode(list: List, document: string, cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === list && parsed[1] === document) {
      const rank: unknown = parsed[2];
      if (Number.isInteger(rank) && (rank as number) >= 0) return rank as number;
    }
  } catch {
    // fall through to the user-facing error
  }
  throw REVIEW_QUEUE.foreignCursor(list, document);
}

function connection<T>(list: List, document: string, page: QueuePage<T> | null) {
  if (!page) throw REVIEW_QUEUE.noDocument(document);
  const last = page.items.at(-1);
  return {
    nodes: page.items,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: last ? encode(list, document, last.rank) : null,
    },
  };
}

export const reviewQueueResolvers: Resolvers<Context> = {
  Query: {
    candidates: async (_parent, { document, first, after }, ctx) =>
      connection(
        'candidates',
        document,
        await candidatesPage(ctx.graph, document, first, decode('candidates', document, after)),
      ),
    suggestedLinks: async (_parent, { document, first, after }, ctx) =>
      connection(
        'suggestedLinks',
        document,
        await suggestedLinksPage(
          ctx.graph,
          document,
          first,
          decode('suggestedLinks', document, after),
        ),
      ),
  },
};
