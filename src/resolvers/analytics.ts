// partnerRecommendations, brokers, coverage and counts: validated here, answered by one data
// function each.
import type { EntityGroup, RelationshipCategory, Resolvers } from '../generated/graphql.ts';
import type { Context } from '../context.ts';
import {
  brokersBetween,
  countsBy,
  coverageOf,
  recommendPartners,
  type Group,
} from '../data/analytics.ts';
import { MAX_HOPS } from '../data/paths.ts';
import {
  KIND_NAMES,
  PATH_CATEGORIES,
  typesOfCategories,
  type RelationshipType,
} from '../data/vocabulary.ts';
import type { EntityKind } from '../data/records.ts';
import { badInput, notFound } from '../errors.ts';
import { intInRange } from './arguments.ts';

function group(name: string, g: EntityGroup): Group {
  if (g.kinds.length === 0) throw badInput(`${name}.kinds must name at least one kind.`);
  if (g.ids && g.ids.length > 1000) throw badInput(`${name}.ids may list at most 1000 ids.`);
  return {
    kinds: g.kinds,
    industry: g.industry ?? null,
    program: g.program ?? null,
    ids: g.ids ?? null,
  };
}

function relationshipTypes(
  categories: readonly RelationshipCategory[] | null | undefined,
): RelationshipType[] {
  const types = typesOfCategories(categories ?? PATH_CATEGORIES);
  if (types.length === 0)
    throw badInput('categories must name at least one relationship category.');
  return types;
}

export const analyticsResolvers: Resolvers<Context> = {
  Query: {
    partnerRecommendations: async (_parent, args, ctx) => {
      const first = intInRange('first', args.first, 1, 50);
      const types = typesOfCategories(args.categories ?? PATH_CATEGORIES);
      if (types.length === 0)
        throw badInput('categories must name at least one relationship category.');
      const entity = await ctx.loaders.entity.load(args.id);
      if (!entity) throw notFound(`No entity has the id "${args.id}"; search finds ids by name.`);
      return recommendPartners(ctx.graph, {
        id: args.id,
        first,
        adamicAdar: args.score === 'ADAMIC_ADAR',
        kinds: args.kinds ?? [],
        types,
      });
    },
    brokers: (_parent, args, ctx) =>
      brokersBetween(ctx.graph, {
        between: group('between', args.between),
        and: group('and', args.and),
        hops: intInRange('maxHops', args.maxHops, 1, MAX_HOPS),
        first: intInRange('first', args.first, 1, 50),
        types: relationshipTypes(args.categories),
      }),
    coverage: async (_parent, args, ctx) => {
      const answer = await coverageOf(ctx.graph, args.of);
      if (!answer) throw notFound(`No entity has the id "${args.of}"; search finds ids by name.`);
      if (answer.scope.kind !== 'PROGRAM' && answer.scope.kind !== 'INDUSTRY') {
        throw badInput(
          `coverage needs a program or an industry id; "${args.of}" is a ${answer.scope.kind}.`,
        );
      }
      return answer;
    },
    counts: (_parent, args, ctx) =>
      countsBy(ctx.graph, {
        by: args.by,
        kinds: args.kinds?.length ? args.kinds : null,
        orderBy: args.orderBy,
        first: intInRange('first', args.first, 1, 500),
      }),
  },
  CountBucket: {
    label: (row) =>
      row.groupEntity?.name ??
      (row.key in KIND_NAMES ? KIND_NAMES[row.key as EntityKind].zh : `${row.key}年`),
    labelEn: (row) =>
      row.groupEntity
        ? row.groupEntity.nameEn
        : row.key in KIND_NAMES
          ? KIND_NAMES[row.key as EntityKind].en
          : row.key,
    entity: (row) => row.groupEntity,
  },
};
