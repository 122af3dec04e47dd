// entity, search, sources, stats; and the types every answer shares: Relationship, SourceRef,
// Source and Indicator's sources.
import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { decodeProvenance, type Entity } from '../../data/records.ts';
import {
  allSources,
  entitiesOfSource,
  graphStats,
  indicatorsOfSource,
} from '../../data/entities.ts';
import { entityWithLinks, type LinkRequest } from '../../data/links.ts';
import { searchEntities } from '../../data/search.ts';
import { briefEntities, selectedLinks } from '../selection.ts';
import { KIND_LABEL, RELATIONSHIP_TYPES } from '../../data/vocabulary.ts';
import { internal } from '../../errors/index.ts';
import { text } from './arguments.ts';

/**
 * The entity, read with the link fields selected under it in one statement when there are any;
 * their answers wait in the link loaders for the field resolvers, as if batched.
 */
async function entityWithSelectedLinks(
  id: string,
  brief: boolean,
  links: LinkRequest[],
  ctx: Context,
): Promise<Entity | null> {
  if (!links.length) return ctx.loaders.entity.load(id);
  const found = await entityWithLinks(ctx.graph, id, brief, links);
  if (!found) return null;
  links.forEach((link, i) => ctx.loaders.linked(link).prime(found.entity.id, found.links[i] ?? []));
  return found.entity;
}

export const entityResolvers: Resolvers<Context> = {
  Query: {
    entity: (_parent, { id }, ctx, info) =>
      entityWithSelectedLinks(id, briefEntities(info), selectedLinks(info), ctx),
    search: (_parent, args, ctx) =>
      searchEntities(ctx.graph, text('query', args.query), args.kinds ?? null, args.first),
    sources: (_parent, _args, ctx) => allSources(ctx.graph),
    stats: (_parent, _args, ctx) => graphStats(ctx.graph),
  },
  Entity: {
    __resolveType: (entity) => KIND_LABEL[entity.kind],
  },
  Relationship: {
    category: (r) => RELATIONSHIP_TYPES[r.type].category,
    program: (r, _args, ctx) => (r.program ? ctx.loaders.entity.load(r.program) : null),
    sources: (r) => decodeProvenance(r.provenance, [r.from, r.to]),
  },
  SourceRef: {
    document: async (ref, _args, ctx) => {
      const source = await ctx.loaders.source.load(ref.source);
      if (!source) throw internal(`provenance names a missing source ${ref.source}`);
      return source;
    },
  },
  Source: {
    entities: (source, { first }, ctx) => entitiesOfSource(ctx.graph, source.id, first),
    indicators: (source, { first }, ctx) => indicatorsOfSource(ctx.graph, source.id, first),
  },
  Indicator: {
    sources: (i) => decodeProvenance(i.provenance, i.scope),
  },
};
