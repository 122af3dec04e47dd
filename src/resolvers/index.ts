import type { Resolvers } from '../generated/graphql.ts';
import type { Context } from '../context.ts';
import { entityResolvers } from './entities.ts';
import { indicatorResolvers } from './indicators.ts';
import { kindResolvers } from './kinds.ts';
import { listResolvers } from './lists.ts';

export const resolvers: Resolvers<Context>[] = [
  entityResolvers,
  kindResolvers,
  listResolvers,
  indicatorResolvers,
];
