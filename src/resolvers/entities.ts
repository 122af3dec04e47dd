// entity, search, sources, stats; and the types every answer shares: Entity, Relationship,
// SourceRef and Source.
import type { Resolvers } from '../generated/graphql.ts';
import type { Context } from '../context.ts';
import { decodeProvenance } from '../data/records.ts';
import { allSources, entitiesOfSource, graphStats, indicatorsOfSource } from '../data/entities.ts';
import { searchEntities } from '../data/search.ts';
import { KIND_LABEL, RELATIONSHIP_TYPES, isRelationshipType } from '../data/vocabulary.ts';
import { apiError } from '../errors.ts';
import { intInRange, text } from './arguments.ts';

export const entityResolvers: Resolvers<Context> = {
  Query: {
    entity: (_parent, { id }, ctx) => ctx.loaders.entity.load(id),
    search: (_parent, args, ctx) => {
      const query = text('query', args.query, { allowEmpty: false });
      const first = intInRange('first', args.first, 1, 100);
      return searchEntities(ctx.graph, query, args.kinds ?? null, first);
    },
    sources: (_parent, _args, ctx) => allSources(ctx.graph),
    stats: (_parent, _args, ctx) => graphStats(ctx.graph),
  },
  Entity: {
    __resolveType: (entity) => KIND_LABEL[entity.kind],
  },
  Relationship: {
    category: (r) => {
      if (!isRelationshipType(r.type))
        throw apiError('INTERNAL_SERVER_ERROR', `unknown relationship type ${r.type}`);
      return RELATIONSHIP_TYPES[r.type].category;
    },
    program: (r, _args, ctx) => (r.program ? ctx.loaders.entity.load(r.program) : null),
    sources: (r) => decodeProvenance(r.provenance),
  },
  SourceRef: {
    document: async (ref, _args, ctx) => {
      const source = await ctx.loaders.source.load(ref.source);
      if (!source)
        throw apiError('INTERNAL_SERVER_ERROR', `provenance names a missing source ${ref.source}`);
      return source;
    },
  },
  Source: {
    entities: (source, { first }, ctx) =>
      entitiesOfSource(ctx.graph, source.id, intInRange('first', first, 1, 500)),
    indicators: (source, { first }, ctx) =>
      indicatorsOfSource(ctx.graph, source.id, intInRange('first', first, 1, 500)),
  },
  Indicator: {
    sources: (i) => decodeProvenance(i.provenance),
  },
};
