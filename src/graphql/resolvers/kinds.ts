// The eleven entity types: the fields they share, and their link fields, each following its
// entry in src/data/linkFields.ts (relationship types, direction, kinds at the other end).
import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../generated/graphql.ts';
import { briefEntities } from '../selection.ts';
import type { Context } from '../context.ts';
import type { LinkField } from '../../data/linkFields.ts';
import { aliasesOf, decodeProvenance, type Entity, type Relationship } from '../../data/records.ts';
import { KIND_LABEL, type EntityKind, type RelationshipType } from '../../data/vocabulary.ts';

/** A list link field: `first` neighbours, ordered by name, batched over all parents. */
const list =
  (field: LinkField) =>
  (
    parent: Entity,
    { first }: { first: number },
    ctx: Context,
    info: GraphQLResolveInfo,
  ): Promise<Entity[]> =>
    ctx.loaders.linked({ field, first, brief: briefEntities(info) }).load(parent.id);

/** A link field typed as one entity rather than a list. */
const one =
  (field: LinkField) =>
  async (
    parent: Entity,
    _args: unknown,
    ctx: Context,
    info: GraphQLResolveInfo,
  ): Promise<Entity | null> =>
    (
      await ctx.loaders.linked({ field, first: 1, brief: briefEntities(info) }).load(parent.id)
    )[0] ?? null;

/** The same fields on each of the eleven entity types, whose GraphQL names are their labels. */
export const onEveryKind = <F>(fields: F): Record<string, F> =>
  Object.fromEntries(Object.values(KIND_LABEL).map((kind) => [kind, fields]));

const shared = {
  sources: (parent: Entity) => decodeProvenance(parent.provenance, [parent]),
  aliasOrigins: (parent: Entity) =>
    aliasesOf(parent).map((a) => ({ ...a, origin: a.source ? 'SOURCE' : 'CURATORS' }) as const),
  relationships: (
    parent: Entity,
    args: { types?: RelationshipType[] | null; kinds?: EntityKind[] | null; first: number },
    ctx: Context,
  ): Promise<Relationship[]> =>
    ctx.loaders
      .relationships({ types: args.types ?? null, kinds: args.kinds ?? null }, args.first)
      .load(parent.id),
};

export const kindResolvers: Resolvers<Context> = {
  Enterprise: {
    ...shared,
    partners: list('Enterprise.partners'),
    talents: list('Enterprise.talents'),
    projects: list('Enterprise.projects'),
    programs: list('Enterprise.programs'),
    industries: list('Enterprise.industries'),
    platforms: list('Enterprise.platforms'),
  },
  University: {
    ...shared,
    schools: list('University.schools'),
    parentUniversity: one('University.parentUniversity'),
    experts: list('University.experts'),
    partnerEnterprises: list('University.partnerEnterprises'),
    platforms: list('University.platforms'),
    projects: list('University.projects'),
  },
  ResearchInstitute: {
    ...shared,
    projects: list('ResearchInstitute.projects'),
    partners: list('ResearchInstitute.partners'),
    programs: list('ResearchInstitute.programs'),
  },
  Platform: {
    ...shared,
    organisations: list('Platform.organisations'),
    industries: list('Platform.industries'),
    regions: list('Platform.regions'),
  },
  Talent: {
    ...shared,
    organisations: list('Talent.organisations'),
    projects: list('Talent.projects'),
    programs: list('Talent.programs'),
    events: list('Talent.events'),
  },
  Project: {
    ...shared,
    participants: list('Project.participants'),
    programs: list('Project.programs'),
    events: list('Project.events'),
  },
  Program: {
    ...shared,
    participants: list('Program.participants'),
    launchedBy: list('Program.launchedBy'),
  },
  Event: {
    ...shared,
    participants: list('Event.participants'),
    organisers: list('Event.organisers'),
  },
  Industry: {
    ...shared,
    enterprises: list('Industry.enterprises'),
    leadingEnterprises: list('Industry.leadingEnterprises'),
    platforms: list('Industry.platforms'),
  },
  Region: {
    ...shared,
    parentRegion: one('Region.parentRegion'),
    located: list('Region.located'),
  },
  Agency: {
    ...shared,
    supported: list('Agency.supported'),
    launched: list('Agency.launched'),
  },
};
