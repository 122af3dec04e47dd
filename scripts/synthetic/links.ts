// Which relationships the synthetic graph holds, between which kinds and how often: the curated
// model's shapes (seed/data), scaled up.
import type { EntityKind, RelationshipType } from '../../src/data/vocabulary.ts';

/** Relationships per entity: --scale N makes N thousand entities and five times as many links. */
export const RELATIONSHIPS_PER_NODE = 5;

export type Template = readonly [RelationshipType, EntityKind, EntityKind, number];

/**
 * Relationship types with the endpoint kinds the curated data uses them for (from → to), and
 * their share of the relationships after every entity has its first link (per mille).
 */
export const TEMPLATES: readonly Template[] = [
  // COLLABORATION
  ['PAIRED_WITH', 'ENTERPRISE', 'UNIVERSITY', 45],
  ['COOPERATES_WITH', 'ENTERPRISE', 'UNIVERSITY', 35],
  ['COOPERATES_WITH', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 15],
  ['COOPERATES_WITH', 'ENTERPRISE', 'TALENT', 15],
  ['COOPERATES_WITH', 'ENTERPRISE', 'ENTERPRISE', 20],
  ['COOPERATES_WITH', 'REGION', 'UNIVERSITY', 5],
  ['CO_BUILDS', 'ENTERPRISE', 'PLATFORM', 25],
  ['CO_BUILDS', 'UNIVERSITY', 'PLATFORM', 20],
  ['CO_BUILDS', 'TALENT', 'PLATFORM', 10],
  ['CO_BUILDS', 'REGION', 'PLATFORM', 5],
  ['HOSTS', 'PLATFORM', 'EVENT', 25],
  ['HOSTS', 'RESEARCH_INSTITUTE', 'PROJECT', 10],
  ['HOSTS', 'REGION', 'EVENT', 10],
  ['LEADS', 'TALENT', 'PROJECT', 20],
  ['LEADS', 'TALENT', 'ENTERPRISE', 10],
  ['LEADS', 'TALENT', 'TALENT', 5],
  ['JOINED', 'TALENT', 'ENTERPRISE', 15],
  ['JOINED', 'TALENT', 'PLATFORM', 10],
  ['DEVELOPS', 'ENTERPRISE', 'PROJECT', 30],
  // AFFILIATION
  ['WORKS_AT', 'TALENT', 'ENTERPRISE', 40],
  ['WORKS_AT', 'TALENT', 'UNIVERSITY', 20],
  ['WORKS_AT', 'TALENT', 'RESEARCH_INSTITUTE', 10],
  ['STUDIES_AT', 'TALENT', 'UNIVERSITY', 15],
  ['PART_OF', 'PLATFORM', 'PLATFORM', 10],
  ['PART_OF', 'UNIVERSITY', 'UNIVERSITY', 5],
  ['PART_OF', 'TALENT', 'UNIVERSITY', 5],
  ['PART_OF', 'REGION', 'REGION', 5],
  ['LOCATED_IN', 'ENTERPRISE', 'REGION', 30],
  ['LOCATED_IN', 'PLATFORM', 'REGION', 15],
  ['LOCATED_IN', 'EVENT', 'REGION', 15],
  ['LOCATED_IN', 'UNIVERSITY', 'REGION', 5],
  ['LOCATED_IN', 'RESEARCH_INSTITUTE', 'REGION', 5],
  ['LOCATED_IN', 'AGENCY', 'REGION', 2],
  // POLICY
  ['SELECTED_FOR', 'TALENT', 'PROGRAM', 25],
  ['SELECTED_FOR', 'PROJECT', 'PROGRAM', 15],
  ['SELECTED_FOR', 'ENTERPRISE', 'PROGRAM', 20],
  ['PARTICIPATES_IN', 'ENTERPRISE', 'PROGRAM', 25],
  ['PARTICIPATES_IN', 'UNIVERSITY', 'PROGRAM', 15],
  ['PARTICIPATES_IN', 'REGION', 'PROGRAM', 5],
  ['PARTICIPATES_IN', 'UNIVERSITY', 'EVENT', 10],
  ['LAUNCHED', 'REGION', 'PROGRAM', 35],
  ['LAUNCHED', 'AGENCY', 'PROGRAM', 15],
  ['HOLDS', 'REGION', 'EVENT', 15],
  ['BUILDS', 'REGION', 'PLATFORM', 15],
  ['SUPPORTS', 'AGENCY', 'ENTERPRISE', 10],
  ['SUPPORTS', 'PROGRAM', 'PROJECT', 15],
  ['SUPPORTS', 'REGION', 'ENTERPRISE', 5],
  ['SUPPORTS', 'UNIVERSITY', 'PROJECT', 5],
  ['COMPETED_IN', 'ENTERPRISE', 'EVENT', 20],
  ['COMPETED_IN', 'PROJECT', 'EVENT', 10],
  ['WON', 'TALENT', 'EVENT', 10],
  ['WON', 'ENTERPRISE', 'EVENT', 5],
  ['IN_INDUSTRY', 'ENTERPRISE', 'INDUSTRY', 45],
  ['IN_INDUSTRY', 'PROJECT', 'INDUSTRY', 15],
  ['LEADS_CHAIN', 'ENTERPRISE', 'INDUSTRY', 5],
  ['SERVES', 'PLATFORM', 'INDUSTRY', 25],
  ['SERVES', 'PLATFORM', 'REGION', 10],
];

/** Each entity's first link, so none is isolated: [type, the entity is from or to, other kind]. */
export const HOME_LINKS: Readonly<
  Record<EntityKind, readonly [RelationshipType, 'out' | 'in', EntityKind][]>
> = {
  ENTERPRISE: [['LOCATED_IN', 'out', 'REGION']],
  UNIVERSITY: [['LOCATED_IN', 'out', 'REGION']],
  RESEARCH_INSTITUTE: [['LOCATED_IN', 'out', 'REGION']],
  PLATFORM: [['LOCATED_IN', 'out', 'REGION']],
  TALENT: [
    ['WORKS_AT', 'out', 'ENTERPRISE'],
    ['WORKS_AT', 'out', 'UNIVERSITY'],
    ['STUDIES_AT', 'out', 'UNIVERSITY'],
  ],
  PROJECT: [
    ['DEVELOPS', 'in', 'ENTERPRISE'],
    ['HOSTS', 'in', 'RESEARCH_INSTITUTE'],
  ],
  PROGRAM: [
    ['LAUNCHED', 'in', 'REGION'],
    ['LAUNCHED', 'in', 'AGENCY'],
  ],
  EVENT: [
    ['LOCATED_IN', 'out', 'REGION'],
    ['HOSTS', 'in', 'PLATFORM'],
  ],
  INDUSTRY: [
    ['IN_INDUSTRY', 'in', 'ENTERPRISE'],
    ['SERVES', 'in', 'PLATFORM'],
  ],
  REGION: [['PART_OF', 'out', 'REGION']],
  AGENCY: [['LOCATED_IN', 'out', 'REGION']],
};

/** Roles some relationships state, in Chinese and English, like the curated `role`/`roleEn`. */
export const ROLES: Partial<Record<RelationshipType, readonly [string, string][]>> = {
  PAIRED_WITH: [
    ['结对企业', 'paired enterprise'],
    ['首批结对企业', 'first-batch paired enterprise'],
  ],
  COOPERATES_WITH: [
    ['联合研发', 'joint R&D'],
    ['技术合作', 'technical cooperation'],
  ],
  WORKS_AT: [
    ['研发负责人', 'head of R&D'],
    ['博士后', 'postdoctoral researcher'],
  ],
  LEADS: [['负责人', 'leader']],
  CO_BUILDS: [['共建单位', 'co-builder']],
  WON: [
    ['一等奖', 'first prize'],
    ['优秀奖', 'honourable mention'],
  ],
};
/** Relationships that may name the program they belong to (`program`, as in the curated data). */
export const WITH_PROGRAM: ReadonlySet<RelationshipType> = new Set([
  'PAIRED_WITH',
  'COOPERATES_WITH',
  'SUPPORTS',
]);
