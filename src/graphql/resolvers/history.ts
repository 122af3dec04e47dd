// Entity.version, origin and history, and Relationship.origin and history: a fact's history is
// the changes that wrote it, newest first, batched over every fact of the answer. A cursor names
// its fact, so one from another fact's history is refused, not misread.
import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { onEveryKind } from './kinds.ts';
import type { HistoryCursor, HistoryItem, HistoryPage } from '../../data/history.ts';
import { foreignListCursor, internal } from '../../errors/index.ts';

const encode = (fact: string, item: HistoryItem): string =>
  Buffer.from(JSON.stringify(['history', fact, item.at, item.change.id])).toString('base64url');

function decode(value: string, fact: string): HistoryCursor {
  try {
    const parts: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts[0] === 'history' &&
      parts[1] === fact &&
      typeof parts[2] === 'string' &&
      !Number.isNaN(Date.parse(parts[2])) &&
      typeof parts[3] === 'string'
    )
      return { at: parts[2], change: parts[3] };
  } catch {
    // fall through to the user-facing error
  }
  throw foreignListCursor(`the history of ${fact}`);
}

const history = async (
  fact: string,
  args: { first: number; after?: string | null },
  ctx: Context,
): Promise<HistoryPage> => {
  const after = args.after ? decode(args.after, fact) : null;
  const page = await ctx.loaders.history(after, args.first).load(fact);
  return page ?? { fact, items: [], hasNextPage: false, total: 0 };
};

const entityHistory = {
  version: (e: { version: number }) => e.version,
  origin: (e: { changedBy: string | null }) => ({ change: e.changedBy }),
  history: (e: { id: string }, args: { first: number; after?: string | null }, ctx: Context) =>
    history(e.id, args, ctx),
};

export const historyResolvers: Resolvers<Context> = {
  ...onEveryKind(entityHistory),
  Relationship: {
    origin: (r) => ({ change: r.changedBy }),
    history: (r, args, ctx) => history(r.id, args, ctx),
  },
  FactOrigin: {
    kind: (o) => (o.change ? 'CHANGE' : 'SEED'),
    change: async (o, _args, ctx) => {
      if (!o.change) return null;
      const found = await ctx.loaders.change.load(o.change);
      if (!found) throw internal(`a fact names a missing change ${o.change}`);
      return found;
    },
  },
  ChangeConnection: {
    edges: (c) =>
      c.items.map((i) => ({ ...i, cursor: encode(c.fact, i), appliedAt: i.at, node: i.change })),
    nodes: (c) => c.items.map((i) => i.change),
    pageInfo: (c) => {
      const last = c.items.at(-1);
      return { hasNextPage: c.hasNextPage, endCursor: last ? encode(c.fact, last) : null };
    },
    totalCount: (c) => c.total,
  },
};
