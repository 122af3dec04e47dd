// What each link field of the entity types follows: its relationship types, their direction
// from the parent, and the kinds at the other end. Statements name the types in the pattern and
// the kinds as labels, so Neo4j expands only those relationships (a dense node keeps them
// grouped by type and direction) instead of all of them, filtered afterwards. The types are the
// ones the curated data and the synthetic model use between these kinds for what the field says.
import type { EntityKind, RelationshipType } from './vocabulary.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface LinkSpec {
  kinds: readonly EntityKind[];
  types: readonly RelationshipType[];
  direction: Direction;
}

const ORGS: EntityKind[] = ['ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE'];
const COLLABORATION: RelationshipType[] = [
  'PAIRED_WITH',
  'COOPERATES_WITH',
  'CO_BUILDS',
  'HOSTS',
  'LEADS',
  'JOINED',
  'DEVELOPS',
  'SUPPORTS',
];
/** Taking part in a program: selected for it, under it, supported or served by it, winning it. */
const IN_PROGRAM: RelationshipType[] = [
  'SELECTED_FOR',
  'PARTICIPATES_IN',
  'SUPPORTS',
  'WON',
  'SERVES',
];
const IN_EVENT: RelationshipType[] = ['COMPETED_IN', 'PARTICIPATES_IN', 'WON'];
const MEMBERSHIP: RelationshipType[] = ['WORKS_AT', 'JOINED', 'LEADS', 'STUDIES_AT', 'PART_OF'];
const BUILDING: RelationshipType[] = ['CO_BUILDS', 'BUILDS', 'SUPPORTS', 'JOINED'];
const ON_PROJECT: RelationshipType[] = [
  'DEVELOPS',
  'HOSTS',
  'LEADS',
  'SUPPORTS',
  'PARTICIPATES_IN',
];
/** What a region or agency does to a program, platform or event it runs, builds or holds. */
const RUNS: RelationshipType[] = ['LAUNCHED', 'BUILDS', 'HOLDS'];

const via = (
  kinds: EntityKind[],
  types: RelationshipType[],
  direction: Direction = 'BOTH',
): LinkSpec => ({ kinds, types, direction });

export const LINK_FIELDS = {
  'Enterprise.partners': via([...ORGS, 'TALENT'], ['PAIRED_WITH', 'COOPERATES_WITH', 'CO_BUILDS']),
  'Enterprise.talents': via(['TALENT'], ['COOPERATES_WITH', ...MEMBERSHIP]),
  'Enterprise.projects': via(['PROJECT'], ['DEVELOPS'], 'OUT'),
  'Enterprise.programs': via(['PROGRAM'], IN_PROGRAM),
  'Enterprise.industries': via(['INDUSTRY'], ['IN_INDUSTRY', 'LEADS_CHAIN'], 'OUT'),
  'Enterprise.platforms': via(['PLATFORM'], BUILDING),
  'University.schools': via(['UNIVERSITY'], ['PART_OF'], 'IN'),
  'University.parentUniversity': via(['UNIVERSITY'], ['PART_OF'], 'OUT'),
  'University.experts': via(['TALENT'], MEMBERSHIP, 'IN'),
  'University.partnerEnterprises': via(['ENTERPRISE'], COLLABORATION),
  'University.platforms': via(['PLATFORM'], BUILDING, 'OUT'),
  'University.projects': via(['PROJECT'], ON_PROJECT, 'OUT'),
  'ResearchInstitute.projects': via(['PROJECT'], ON_PROJECT, 'OUT'),
  'ResearchInstitute.partners': via([...ORGS, 'TALENT'], COLLABORATION),
  'ResearchInstitute.programs': via(['PROGRAM'], IN_PROGRAM),
  'Platform.organisations': via(
    [...ORGS, 'TALENT', 'AGENCY', 'PLATFORM'],
    [...BUILDING, 'PART_OF', 'HOSTS', 'LEADS'],
  ),
  'Platform.industries': via(['INDUSTRY'], ['SERVES', 'IN_INDUSTRY'], 'OUT'),
  'Platform.regions': via(['REGION'], ['LOCATED_IN', 'SERVES', 'CO_BUILDS', ...RUNS]),
  'Talent.organisations': via(
    [...ORGS, 'PLATFORM'],
    [...MEMBERSHIP, 'COOPERATES_WITH', 'CO_BUILDS'],
  ),
  'Talent.projects': via(['PROJECT'], ON_PROJECT, 'OUT'),
  'Talent.programs': via(['PROGRAM'], IN_PROGRAM),
  'Talent.events': via(['EVENT'], IN_EVENT, 'OUT'),
  'Project.participants': via([...ORGS, 'TALENT', 'PLATFORM'], ON_PROJECT, 'IN'),
  'Project.programs': via(['PROGRAM'], IN_PROGRAM),
  'Project.events': via(['EVENT'], IN_EVENT, 'OUT'),
  'Program.participants': via([...ORGS, 'TALENT', 'PROJECT', 'PLATFORM', 'REGION'], IN_PROGRAM),
  'Program.launchedBy': via(['REGION', 'AGENCY', ...ORGS], ['LAUNCHED'], 'IN'),
  'Event.participants': via([...ORGS, 'TALENT', 'PROJECT'], IN_EVENT),
  'Event.organisers': via(['REGION', 'AGENCY', ...ORGS, 'PLATFORM'], ['HOLDS', 'HOSTS'], 'IN'),
  'Industry.enterprises': via(['ENTERPRISE'], ['IN_INDUSTRY', 'LEADS_CHAIN'], 'IN'),
  'Industry.leadingEnterprises': via(['ENTERPRISE'], ['LEADS_CHAIN'], 'IN'),
  'Industry.platforms': via(['PLATFORM'], ['SERVES', 'IN_INDUSTRY'], 'IN'),
  'Region.parentRegion': via(['REGION'], ['PART_OF', 'LOCATED_IN'], 'OUT'),
  'Region.located': via(
    [...ORGS, 'AGENCY', 'PLATFORM', 'EVENT', 'REGION'],
    ['LOCATED_IN', 'PART_OF'],
    'IN',
  ),
  'Agency.supported': via([...ORGS, 'TALENT', 'PROJECT', 'PLATFORM'], ['SUPPORTS'], 'OUT'),
  'Agency.launched': via(['PROGRAM', 'EVENT', 'PLATFORM'], RUNS, 'OUT'),
} as const satisfies Record<string, LinkSpec>;

export type LinkField = keyof typeof LINK_FIELDS;
