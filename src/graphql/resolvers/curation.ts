import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { decideChange, findChange, proposeChange, targetOf } from '../../data/changes.ts';
import {
  changeFeed,
  countChanges,
  type FeedFilter,
  type FeedPosition,
} from '../../data/changeFeed.ts';
import { revertChange } from '../../data/revert.ts';
import { CHANGE, foreignListCursor, notDateTime, REVERT } from '../../errors/index.ts';
import { requireRole } from '../roles.ts';
import { optionalText } from './arguments.ts';
import { operationsOf } from './operationInputs.ts';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

// A position in the feed, good in either order and with any filters.
const feedCursor = (c: { updatedAt: string; id: string }): string =>
  Buffer.from(JSON.stringify(['changes', c.updatedAt, c.id])).toString('base64url');

function feedPosition(value: string): FeedPosition {
  try {
    const parts: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts[0] === 'changes' &&
      typeof parts[1] === 'string' &&
      ISO_DATE_TIME.test(parts[1].replace(/\[.+\]$/, '')) &&
      typeof parts[2] === 'string'
    )
      return { at: parts[1], id: parts[2] };
  } catch {
    // fall through to the user-facing error
  }
  throw foreignListCursor('the feed of changes');
}

export const curationResolvers: Resolvers<Context> = {
  Mutation: {
    proposeChange: (_parent, { input }, ctx) => {
      const author = requireRole(ctx.principal, 'curator');
      const reason = optionalText(input.reason);
      if (!reason) throw CHANGE.emptyReason();
      if (input.operations.length === 0) throw CHANGE.noOperations();
      return proposeChange(ctx.graph, author.name, reason, operationsOf(input.operations));
    },
    reviewChange: (_parent, { id, decision, note }, ctx) => {
      const reviewer = requireRole(ctx.principal, 'reviewer');
      return decideChange(ctx.graph, id, reviewer.name, decision, optionalText(note), {
        selfReview: ctx.curation.selfReview,
      });
    },
    revertChange: (_parent, { id, reason }, ctx) => {
      const reviewer = requireRole(ctx.principal, 'reviewer');
      const why = optionalText(reason);
      if (!why) throw REVERT.emptyReason();
      return revertChange(ctx.graph, id, reviewer.name, why);
    },
  },
  Query: {
    change: (_parent, { id }, ctx) => findChange(ctx.graph, id),
    changes: async (_parent, args, ctx) => {
      const filter: FeedFilter = {
        status: args.status ?? null,
        author: optionalText(args.author),
        entity: optionalText(args.entity),
        since: optionalText(args.since),
      };
      if (filter.since !== null && !ISO_DATE_TIME.test(filter.since)) throw notDateTime('since');
      const after = args.after ? feedPosition(args.after) : null;
      const page = await changeFeed(ctx.graph, filter, args.order, args.first, after);
      return { ...page, filter };
    },
  },
  ChangeFeed: {
    edges: (f) => f.changes.map((c) => ({ cursor: feedCursor(c), node: c })),
    nodes: (f) => f.changes,
    pageInfo: (f) => {
      const last = f.changes.at(-1);
      return { hasNextPage: f.hasNextPage, endCursor: last ? feedCursor(last) : null };
    },
    // Counting scans every match, so it runs only when a client selects totalCount.
    totalCount: (f, _args, ctx) => countChanges(ctx.graph, f.filter),
  },
  Change: {
    operations: (change) =>
      change.operations.map((op) => ({
        kind: op.kind,
        target: targetOf(op),
        record: JSON.stringify(op.record),
      })),
  },
};
