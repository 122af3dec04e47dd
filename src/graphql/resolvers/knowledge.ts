// Curator knowledge on entities, relationships and indicators (schema/knowledge.graphql), and an
// indicator's version: the curators' reason for a fact no paragraph states, with its change.
import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { knowledgeOf } from '../../data/records.ts';
import { internal } from '../../errors/index.ts';
import { onEveryKind } from './kinds.ts';

export const knowledgeResolvers: Resolvers<Context> = {
  ...onEveryKind({ knowledge: knowledgeOf }),
  Relationship: { knowledge: knowledgeOf },
  Indicator: { knowledge: knowledgeOf, version: (i) => i.version ?? 0 },
  CuratorKnowledge: {
    change: async (k, _args, ctx) => {
      if (!k.change) return null;
      const found = await ctx.loaders.change.load(k.change);
      if (!found) throw internal(`curator knowledge names a missing change ${k.change}`);
      return found;
    },
  },
};
