// partnerRecommendations, brokers, coverage and counts: one data function each.
import type { EntityGroup, Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import {
  brokersBetween,
  countsBy,
  coverageOf,
  recommendPartners,
  type Group,
} from '../../data/analytics.ts';
import {
  kindName,
  typesOfCategories,
  type RelationshipCategory,
  type RelationshipType,
} from '../../data/vocabulary.ts';
import {
  emptyGroup,
  entityNotFound,
  noCategories,
  noCountStatuses,
  notACoverageScope,
} from '../../errors/index.ts';
import { statusFilter } from './arguments.ts';

function group(name: string, g: EntityGroup): Group {
  if (g.kinds.length === 0) throw emptyGroup(name);
  return {
    kinds: g.kinds,
    industry: g.industry ?? null,
    program: g.program ?? null,
    ids: g.ids ?? null,
  };
}

function relationshipTypes(categories: readonly RelationshipCategory[]): RelationshipType[] {
  const types = typesOfCategories(categories);
  if (types.length === 0) throw noCategories();
  return types;
}

export const analyticsResolvers: Resolvers<Context> = {
  Query: {
    partnerRecommendations: async (_parent, args, ctx) => {
      const types = relationshipTypes(args.categories);
      if (!(await ctx.loaders.entity.load(args.id))) throw entityNotFound(args.id);
      return recommendPartners(ctx.graph, {
        id: args.id,
        first: args.first,
        adamicAdar: args.score === 'ADAMIC_ADAR',
        kinds: args.kinds,
        types,
      });
    },
    brokers: (_parent, args, ctx) =>
      brokersBetween(ctx.graph, {
        between: group('between', args.between),
        and: group('and', args.and),
        hops: args.maxHops,
        first: args.first,
        types: relationshipTypes(args.categories),
      }),
    coverage: async (_parent, args, ctx) => {
      const answer = await coverageOf(ctx.graph, args.of);
      if (!answer) throw entityNotFound(args.of);
      if (answer.scope.kind !== 'PROGRAM' && answer.scope.kind !== 'INDUSTRY')
        throw notACoverageScope(args.of, answer.scope.kind);
      return answer;
    },
    counts: (_parent, args, ctx) =>
      countsBy(ctx.graph, {
        by: args.by,
        kinds: args.kinds?.length ? args.kinds : null,
        statuses: statusFilter(args.statuses, noCountStatuses),
        orderBy: args.orderBy,
        first: args.first,
      }),
  },
  CountBucket: {
    label: (row) => row.groupEntity?.name ?? kindName(row.key)?.zh ?? `${row.key}年`,
    labelEn: (row) =>
      row.groupEntity ? row.groupEntity.nameEn : (kindName(row.key)?.en ?? row.key),
    entity: (row) => row.groupEntity,
  },
};
