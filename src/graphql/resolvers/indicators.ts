import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { findIndicators } from '../../data/indicators.ts';
import { optionalText } from './arguments.ts';

export const indicatorResolvers: Resolvers<Context> = {
  Query: {
    indicators: (_parent, args, ctx) =>
      findIndicators(
        ctx.graph,
        { text: optionalText(args.query), topic: optionalText(args.topic) },
        args.first,
      ),
  },
};
