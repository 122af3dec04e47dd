// The per-kind connections (enterprises, universities, …): one resolver made per kind, and one
// set of connection fields shared by all eleven.
import type { GraphQLResolveInfo } from 'graphql';
import type { QueryEnterprisesArgs, RequireFields, Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import {
  countEntities,
  isKeyOf,
  listEntities,
  type Connection,
  type Cursor,
  type EntityOrder,
} from '../../data/lists.ts';
import type { Entity } from '../../data/records.ts';
import type { EntityKind } from '../../data/vocabulary.ts';
import { foreignCursor } from '../../errors/index.ts';
import { briefEntities, selectedFieldNames } from '../selection.ts';
import { optionalText } from './arguments.ts';

// A cursor names the list and the order it belongs to, so a cursor from another list or order
// is refused, not misread.
export function encodeCursor(kind: EntityKind, order: EntityOrder, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([kind, order, cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(kind: EntityKind, order: EntityOrder, value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 4) {
      const [list, of, key, id] = parsed as unknown[];
      if (list === kind && of === order && isKeyOf(order, key) && typeof id === 'string')
        return { key, id };
    }
  } catch {
    // fall through to the user-facing error
  }
  throw foreignCursor(kind, order);
}

/** Every kind's list field takes the same arguments (QueryEnterprisesArgs stands for all). */
type ListArgs = RequireFields<QueryEnterprisesArgs, 'first' | 'orderBy'>;

/** Whether the client asked for anything but totalCount (and __typename) of the connection. */
const wantsPage = (info: GraphQLResolveInfo): boolean =>
  [...selectedFieldNames(info)].some((name) => name !== 'totalCount' && name !== '__typename');

const NO_PAGE = { items: [], hasNextPage: false };

const list =
  (kind: EntityKind) =>
  async (
    _parent: unknown,
    args: ListArgs,
    ctx: Context,
    info: GraphQLResolveInfo,
  ): Promise<Connection> => {
    const f = args.filter ?? {};
    const filter = {
      nameContains: optionalText(f.nameContains),
      industry: f.industry ?? null,
      region: f.region ?? null,
      program: f.program ?? null,
      year: f.year ?? null,
    };
    const after = args.after ? decodeCursor(kind, args.orderBy, args.after) : null;
    // A count alone sends only the count: no page is read, and none sorted.
    const page = wantsPage(info)
      ? await listEntities(ctx.graph, kind, {
          first: args.first,
          after,
          filter,
          orderBy: args.orderBy,
          brief: briefEntities(info, ['nodes'], ['edges', 'node']),
        })
      : NO_PAGE;
    return { kind, filter, order: args.orderBy, page };
  };

const connection = {
  edges: (c: Connection): { node: Entity; cursor: string }[] =>
    c.page.items.map((item) => ({
      node: item.entity,
      cursor: encodeCursor(c.kind, c.order, item.cursor),
    })),
  nodes: (c: Connection): Entity[] => c.page.items.map((item) => item.entity),
  pageInfo: (c: Connection) => {
    const last = c.page.items.at(-1);
    return {
      hasNextPage: c.page.hasNextPage,
      endCursor: last ? encodeCursor(c.kind, c.order, last.cursor) : null,
    };
  },
  // Counting scans every match, so it runs only when a client selects totalCount.
  totalCount: (c: Connection, _args: unknown, ctx: Context): Promise<number> =>
    countEntities(ctx.graph, c.kind, c.filter),
};

export const listResolvers: Resolvers<Context> = {
  Query: {
    enterprises: list('ENTERPRISE'),
    universities: list('UNIVERSITY'),
    researchInstitutes: list('RESEARCH_INSTITUTE'),
    platforms: list('PLATFORM'),
    talents: list('TALENT'),
    projects: list('PROJECT'),
    programs: list('PROGRAM'),
    events: list('EVENT'),
    industries: list('INDUSTRY'),
    regions: list('REGION'),
    agencies: list('AGENCY'),
  },
  EnterpriseConnection: connection,
  UniversityConnection: connection,
  ResearchInstituteConnection: connection,
  PlatformConnection: connection,
  TalentConnection: connection,
  ProjectConnection: connection,
  ProgramConnection: connection,
  EventConnection: connection,
  IndustryConnection: connection,
  RegionConnection: connection,
  AgencyConnection: connection,
};
