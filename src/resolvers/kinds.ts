// The eleven entity types: shared fields plus the typed link fields, each defined by one row of
// LINK_FIELDS (which neighbours, through which types, in which direction).
import type { Resolvers } from '../generated/graphql.ts';
import type { Context } from '../context.ts';
import type { Entity, EntityKind } from '../data/records.ts';
import { decodeProvenance } from '../data/records.ts';
import type { LinkSpec } from '../data/links.ts';
import { KIND_LABEL, type RelationshipType } from '../data/vocabulary.ts';
import { intInRange } from './arguments.ts';

const ORGS: EntityKind[] = ['ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE'];
const COLLABORATION: RelationshipType[] = [
  'PAIRED_WITH',
  'COOPERATES_WITH',
  'CO_BUILDS',
  'HOSTS',
  'LEADS',
  'JOINED',
  'DEVELOPS',
];
const any = (kinds: EntityKind[], direction: LinkSpec['direction'] = 'BOTH'): LinkSpec => ({
  kinds,
  types: null,
  direction,
});
const via = (
  kinds: EntityKind[],
  types: RelationshipType[],
  direction: LinkSpec['direction'] = 'BOTH',
): LinkSpec => ({
  kinds,
  types,
  direction,
});

const LINK_FIELDS: Record<string, Record<string, LinkSpec>> = {
  Enterprise: {
    partners: via([...ORGS, 'TALENT'], ['PAIRED_WITH', 'COOPERATES_WITH', 'CO_BUILDS']),
    talents: any(['TALENT']),
    projects: any(['PROJECT']),
    programs: any(['PROGRAM']),
    industries: any(['INDUSTRY']),
    platforms: any(['PLATFORM']),
  },
  University: {
    schools: via(['UNIVERSITY'], ['PART_OF'], 'IN'),
    parentUniversity: via(['UNIVERSITY'], ['PART_OF'], 'OUT'),
    experts: any(['TALENT']),
    partnerEnterprises: via(['ENTERPRISE'], COLLABORATION),
    platforms: any(['PLATFORM']),
    projects: any(['PROJECT']),
  },
  ResearchInstitute: {
    projects: any(['PROJECT']),
    partners: via([...ORGS, 'TALENT'], COLLABORATION),
    programs: any(['PROGRAM']),
  },
  Platform: {
    organisations: any([...ORGS, 'TALENT', 'AGENCY', 'PLATFORM']),
    industries: any(['INDUSTRY']),
    regions: any(['REGION']),
  },
  Talent: {
    organisations: any([...ORGS, 'PLATFORM']),
    projects: any(['PROJECT']),
    programs: any(['PROGRAM']),
    events: any(['EVENT']),
  },
  Project: {
    participants: any([...ORGS, 'TALENT', 'PLATFORM']),
    programs: any(['PROGRAM']),
    events: any(['EVENT']),
  },
  Program: {
    participants: via(
      [...ORGS, 'TALENT', 'PROJECT', 'PLATFORM', 'REGION'],
      ['SELECTED_FOR', 'PARTICIPATES_IN', 'SUPPORTS'],
    ),
    launchedBy: via(['REGION', 'AGENCY', ...ORGS], ['LAUNCHED'], 'IN'),
  },
  Event: {
    participants: via([...ORGS, 'TALENT', 'PROJECT'], ['COMPETED_IN', 'PARTICIPATES_IN', 'WON']),
    organisers: via(['REGION', 'AGENCY', ...ORGS], ['LAUNCHED', 'HOSTS'], 'IN'),
  },
  Industry: {
    enterprises: via(['ENTERPRISE'], ['IN_INDUSTRY', 'LEADS_CHAIN'], 'IN'),
    leadingEnterprises: via(['ENTERPRISE'], ['LEADS_CHAIN'], 'IN'),
    platforms: any(['PLATFORM']),
  },
  Region: {
    parentRegion: via(['REGION'], ['PART_OF', 'LOCATED_IN'], 'OUT'),
    located: via(
      [...ORGS, 'AGENCY', 'PLATFORM', 'EVENT', 'REGION'],
      ['LOCATED_IN', 'PART_OF'],
      'IN',
    ),
  },
  Agency: {
    supported: via([...ORGS, 'TALENT', 'PROJECT'], ['SUPPORTS'], 'OUT'),
    launched: via(['PROGRAM', 'EVENT', 'PLATFORM'], ['LAUNCHED'], 'OUT'),
  },
};

// Fields typed as one entity rather than a list.
const SINGLE = new Set(['parentUniversity', 'parentRegion']);

type FieldResolver = (
  parent: Entity,
  args: { first?: number | null },
  ctx: Context,
) => Promise<unknown>;

const shared: Record<string, FieldResolver> = {
  sources: async (parent) => decodeProvenance(parent.provenance),
  relationships: async (parent, args, ctx) => {
    const {
      types = null,
      kinds = null,
      first,
    } = args as { types?: RelationshipType[] | null; kinds?: EntityKind[] | null; first: number };
    intInRange('first', first, 1, 200);
    return ctx.loaders.relationships({ types, kinds }, first).load(parent.id);
  },
};

function linkResolver(field: string, spec: LinkSpec): FieldResolver {
  if (SINGLE.has(field)) {
    return async (parent, _args, ctx) =>
      (await ctx.loaders.linked(spec, 1).load(parent.id))[0] ?? null;
  }
  return async (parent, args, ctx) => {
    const first = intInRange('first', args.first ?? 20, 1, 200);
    return ctx.loaders.linked(spec, first).load(parent.id);
  };
}

export const kindResolvers = Object.fromEntries(
  Object.values(KIND_LABEL).map((typeName) => [
    typeName,
    {
      ...shared,
      ...Object.fromEntries(
        Object.entries(LINK_FIELDS[typeName] ?? {}).map(([field, spec]) => [
          field,
          linkResolver(field, spec),
        ]),
      ),
    },
  ]),
) as unknown as Resolvers<Context>;
