// The per-kind connections (enterprises, universities, …): one resolver made per kind.
import type { Resolvers } from '../generated/graphql.ts';
import type { Context } from '../context.ts';
import type { EntityKind } from '../data/records.ts';
import {
  countEntities,
  listEntities,
  type Cursor,
  type EntityFilter,
  type EntityOrder,
} from '../data/lists.ts';
import { badInput } from '../errors.ts';
import { intInRange, optionalText } from './arguments.ts';

const LIST_FIELDS: Record<string, EntityKind> = {
  enterprises: 'ENTERPRISE',
  universities: 'UNIVERSITY',
  researchInstitutes: 'RESEARCH_INSTITUTE',
  platforms: 'PLATFORM',
  talents: 'TALENT',
  projects: 'PROJECT',
  programs: 'PROGRAM',
  events: 'EVENT',
  industries: 'INDUSTRY',
  regions: 'REGION',
  agencies: 'AGENCY',
};

// A cursor names the order it belongs to, so a cursor from another order is refused, not misread.
export function encodeCursor(order: EntityOrder, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([order, cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(order: EntityOrder, value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === order) {
      const [, key, id] = parsed as unknown[];
      if ((typeof key === 'string' || typeof key === 'number') && typeof id === 'string')
        return { key, id };
    }
  } catch {
    // fall through to the user-facing error
  }
  throw badInput(
    `after is not a cursor of this list in order ${order}; pass pageInfo.endCursor from the previous page.`,
  );
}

interface ListArgs {
  first: number;
  after?: string | null;
  filter?: {
    nameContains?: string | null;
    industry?: string | null;
    region?: string | null;
    program?: string | null;
    year?: number | null;
  } | null;
  orderBy: EntityOrder;
}

function listResolver(kind: EntityKind) {
  return async (_parent: unknown, args: ListArgs, ctx: Context) => {
    const first = intInRange('first', args.first, 1, 100);
    const after = args.after ? decodeCursor(args.orderBy, args.after) : null;
    const f = args.filter ?? {};
    const filter: EntityFilter = {
      nameContains: optionalText('filter.nameContains', f.nameContains),
      industry: f.industry ?? null,
      region: f.region ?? null,
      program: f.program ?? null,
      year:
        f.year === null || f.year === undefined
          ? null
          : intInRange('filter.year', f.year, 1900, 2100),
    };
    const page = await listEntities(ctx.graph, kind, {
      first,
      after,
      filter,
      orderBy: args.orderBy,
    });
    const edges = page.items.map((item) => ({
      node: item.entity,
      cursor: encodeCursor(args.orderBy, item.cursor),
    }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      // Counting scans every match, so it runs only when a client selects totalCount.
      totalCount: () => countEntities(ctx.graph, kind, filter),
    };
  };
}

export const listResolvers = {
  Query: Object.fromEntries(
    Object.entries(LIST_FIELDS).map(([field, kind]) => [field, listResolver(kind)]),
  ),
} as unknown as Resolvers<Context>;
