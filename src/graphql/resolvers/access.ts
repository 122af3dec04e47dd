import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { listKeys } from '../../data/keys.ts';
import { requireRole } from '../roles.ts';

export const accessResolvers: Resolvers<Context> = {
  Query: {
    me: (_parent, _args, ctx) => ctx.principal,
    apiKeys: (_parent, _args, ctx) => {
      requireRole(ctx.principal, 'admin');
      return listKeys(ctx.graph);
    },
  },
};
