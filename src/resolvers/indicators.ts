import type { Resolvers } from '../generated/graphql.ts';
import type { Context } from '../context.ts';
import { findIndicators } from '../data/indicators.ts';
import { intInRange, optionalText } from './arguments.ts';

export const indicatorResolvers: Resolvers<Context> = {
  Query: {
    indicators: (_parent, args, ctx) =>
      findIndicators(
        ctx.graph,
        { text: optionalText('query', args.query), topic: optionalText('topic', args.topic) },
        intInRange('first', args.first, 1, 100),
      ),
  },
};
