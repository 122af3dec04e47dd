// collaborationPaths and neighborhood: arguments checked here, before anything reaches Neo4j.
import type { Resolvers } from '../generated/graphql.ts';
import type { Context } from '../context.ts';
import { MAX_HOPS, neighbourhood, pathsBetween } from '../data/paths.ts';
import { typesOfCategories } from '../data/vocabulary.ts';
import { badInput, notFound } from '../errors.ts';
import { intInRange } from './arguments.ts';
import { explain } from './explain.ts';

const MAX_AVOID = 100;

export const pathResolvers: Resolvers<Context> = {
  Query: {
    collaborationPaths: async (_parent, args, ctx) => {
      const maxHops = intInRange('maxHops', args.maxHops, 1, MAX_HOPS);
      const first = intInRange('first', args.first, 1, 50);
      if (args.from === args.to) throw badInput('from and to must be different entities.');
      const avoid = args.avoid ?? [];
      if (avoid.length > MAX_AVOID) throw badInput(`avoid may list at most ${MAX_AVOID} ids.`);
      const types = args.types?.length ? args.types : typesOfCategories(args.categories ?? []);
      if (types.length === 0)
        throw badInput('choose at least one relationship category or type for paths to follow.');
      const answer = await pathsBetween(ctx.graph, {
        from: args.from,
        to: args.to,
        maxHops,
        first,
        types,
        through: args.throughKinds ?? [],
        avoid,
      });
      if (!answer.fromExists)
        throw notFound(`No entity has the id "${args.from}" (from); search finds ids by name.`);
      if (!answer.toExists)
        throw notFound(`No entity has the id "${args.to}" (to); search finds ids by name.`);
      return answer.paths;
    },
    neighborhood: async (_parent, args, ctx) => {
      const depth = intInRange('depth', args.depth, 1, 3);
      const maxNodes = intInRange('maxNodes', args.maxNodes, 1, 500);
      const types = args.types?.length ? args.types : null;
      const kinds = args.kinds?.length ? args.kinds : null;
      const subgraph = await neighbourhood(ctx.graph, {
        id: args.id,
        depth,
        maxNodes,
        types,
        kinds,
        through: args.throughKinds ?? null,
      });
      if (!subgraph) throw notFound(`No entity has the id "${args.id}"; search finds ids by name.`);
      return subgraph;
    },
  },
  Path: {
    explanation: (path) => explain(path.relationships, 'zh'),
    explanationEn: (path) => explain(path.relationships, 'en'),
  },
};
