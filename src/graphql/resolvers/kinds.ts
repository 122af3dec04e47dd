// The eleven entity types: the fields they share, and their typed link fields, each a choice of
// neighbours (kinds), relationship types and direction.
import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import type { LinkSpec } from '../../data/links.ts';
import { aliasesOf, decodeProvenance, type Entity, type Relationship } from '../../data/records.ts';
import {
  typesOfCategories,
  type EntityKind,
  type RelationshipType,
} from '../../data/vocabulary.ts';

const ORGS: EntityKind[] = ['ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE'];
const COLLABORATION: RelationshipType[] = typesOfCategories(['COLLABORATION']);
/** What a region or agency does to a program, platform or event it runs, builds or holds. */
const RUNS: RelationshipType[] = ['LAUNCHED', 'BUILDS', 'HOLDS'];

/** Neighbours of these kinds through `types` (any type when null), in `direction`. */
const via = (
  kinds: EntityKind[],
  types: RelationshipType[] | null = null,
  direction: LinkSpec['direction'] = 'BOTH',
): LinkSpec => ({ kinds, types, direction });

/** A list link field: `first` neighbours, ordered by name, batched over all parents. */
const list =
  (spec: LinkSpec) =>
  (parent: Entity, { first }: { first: number }, ctx: Context): Promise<Entity[]> =>
    ctx.loaders.linked(spec, first).load(parent.id);

/** A link field typed as one entity rather than a list. */
const one =
  (spec: LinkSpec) =>
  async (parent: Entity, _args: unknown, ctx: Context): Promise<Entity | null> =>
    (await ctx.loaders.linked(spec, 1).load(parent.id))[0] ?? null;

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
    partners: list(via([...ORGS, 'TALENT'], ['PAIRED_WITH', 'COOPERATES_WITH', 'CO_BUILDS'])),
    talents: list(via(['TALENT'])),
    projects: list(via(['PROJECT'])),
    programs: list(via(['PROGRAM'])),
    industries: list(via(['INDUSTRY'])),
    platforms: list(via(['PLATFORM'])),
  },
  University: {
    ...shared,
    schools: list(via(['UNIVERSITY'], ['PART_OF'], 'IN')),
    parentUniversity: one(via(['UNIVERSITY'], ['PART_OF'], 'OUT')),
    experts: list(via(['TALENT'])),
    partnerEnterprises: list(via(['ENTERPRISE'], COLLABORATION)),
    platforms: list(via(['PLATFORM'])),
    projects: list(via(['PROJECT'])),
  },
  ResearchInstitute: {
    ...shared,
    projects: list(via(['PROJECT'])),
    partners: list(via([...ORGS, 'TALENT'], COLLABORATION)),
    programs: list(via(['PROGRAM'])),
  },
  Platform: {
    ...shared,
    organisations: list(via([...ORGS, 'TALENT', 'AGENCY', 'PLATFORM'])),
    industries: list(via(['INDUSTRY'])),
    regions: list(via(['REGION'])),
  },
  Talent: {
    ...shared,
    organisations: list(via([...ORGS, 'PLATFORM'])),
    projects: list(via(['PROJECT'])),
    programs: list(via(['PROGRAM'])),
    events: list(via(['EVENT'])),
  },
  Project: {
    ...shared,
    participants: list(via([...ORGS, 'TALENT', 'PLATFORM'])),
    programs: list(via(['PROGRAM'])),
    events: list(via(['EVENT'])),
  },
  Program: {
    ...shared,
    participants: list(
      via(
        [...ORGS, 'TALENT', 'PROJECT', 'PLATFORM', 'REGION'],
        ['SELECTED_FOR', 'PARTICIPATES_IN', 'SUPPORTS', 'WON', 'SERVES'],
      ),
    ),
    launchedBy: list(via(['REGION', 'AGENCY', ...ORGS], ['LAUNCHED'], 'IN')),
  },
  Event: {
    ...shared,
    participants: list(
      via([...ORGS, 'TALENT', 'PROJECT'], ['COMPETED_IN', 'PARTICIPATES_IN', 'WON']),
    ),
    organisers: list(via(['REGION', 'AGENCY', ...ORGS, 'PLATFORM'], ['HOLDS', 'HOSTS'], 'IN')),
  },
  Industry: {
    ...shared,
    enterprises: list(via(['ENTERPRISE'], ['IN_INDUSTRY', 'LEADS_CHAIN'], 'IN')),
    leadingEnterprises: list(via(['ENTERPRISE'], ['LEADS_CHAIN'], 'IN')),
    platforms: list(via(['PLATFORM'])),
  },
  Region: {
    ...shared,
    parentRegion: one(via(['REGION'], ['PART_OF', 'LOCATED_IN'], 'OUT')),
    located: list(
      via([...ORGS, 'AGENCY', 'PLATFORM', 'EVENT', 'REGION'], ['LOCATED_IN', 'PART_OF'], 'IN'),
    ),
  },
  Agency: {
    ...shared,
    supported: list(via([...ORGS, 'TALENT', 'PROJECT', 'PLATFORM'], ['SUPPORTS'], 'OUT')),
    launched: list(via(['PROGRAM', 'EVENT', 'PLATFORM'], RUNS, 'OUT')),
  },
};
