// The fixed tables that turn enum values into labels and relationship types. Cypher only ever
// receives labels and types from here, never from caller strings.
import wordings from './wordings.json' with { type: 'json' };

export const ENTITY_KINDS = [
  'ENTERPRISE',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'PLATFORM',
  'TALENT',
  'PROJECT',
  'PROGRAM',
  'EVENT',
  'INDUSTRY',
  'REGION',
  'AGENCY',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const KIND_LABEL = {
  ENTERPRISE: 'Enterprise',
  UNIVERSITY: 'University',
  RESEARCH_INSTITUTE: 'ResearchInstitute',
  PLATFORM: 'Platform',
  TALENT: 'Talent',
  PROJECT: 'Project',
  PROGRAM: 'Program',
  EVENT: 'Event',
  INDUSTRY: 'Industry',
  REGION: 'Region',
  AGENCY: 'Agency',
} as const satisfies Record<EntityKind, string>;

/**
 * Families of relationship types. Collaboration, participation (in a project, an event or a
 * program) and affiliation are evidence of who works with whom, so paths follow them by default;
 * policy links (where a thing is, what a government runs, builds or holds, industries and
 * chains) say little about collaboration and are left out by default.
 */
export type RelationshipCategory = 'COLLABORATION' | 'PARTICIPATION' | 'AFFILIATION' | 'POLICY';
export const RELATIONSHIP_CATEGORIES: readonly RelationshipCategory[] = [
  'COLLABORATION',
  'PARTICIPATION',
  'AFFILIATION',
  'POLICY',
];

/**
 * How far a relationship has got, as its paragraph states it: ACTUAL (done, held, in force or
 * under way), PLANNED (an intention, plan or target: 谋划, 规划, 将, 预计), PROMOTED (pushed or
 * encouraged without saying it is in place: 推广, 鼓励, 加强), EXPLORING (explored or piloted:
 * 探索, 试点, 前期对接).
 */
export const RELATIONSHIP_STATUSES = ['ACTUAL', 'PLANNED', 'PROMOTED', 'EXPLORING'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

/** A status as a short tag, for clauses whose type has no wording of its own for it. */
export const STATUS_NAMES: Readonly<Record<RelationshipStatus, Clause>> = {
  ACTUAL: { zh: '已实施', en: 'in place' },
  PLANNED: { zh: '计划中', en: 'planned' },
  PROMOTED: { zh: '推广中', en: 'promoted' },
  EXPLORING: { zh: '探索中', en: 'being explored' },
};

interface Clause {
  zh: string;
  en: string;
}

interface Wording extends Clause {
  /** How the link reads when it is not (yet) in place, where the type has its own words. */
  byStatus?: Partial<Record<Exclude<RelationshipStatus, 'ACTUAL'>, Clause>>;
}

interface TypeInfo extends Wording {
  category: RelationshipCategory;
}

// How each relationship type reads, from `from` to `to`, in Chinese and in English, by category:
// words, kept as data in wordings.json.
const WORDINGS = wordings satisfies Record<RelationshipCategory, Record<string, Wording>>;

type Grouped = typeof WORDINGS;
export type RelationshipType = { [C in keyof Grouped]: keyof Grouped[C] }[keyof Grouped];

export const RELATIONSHIP_TYPES = Object.fromEntries(
  Object.entries(WORDINGS).flatMap(([category, types]) =>
    Object.entries(types).map(([type, words]) => [type, { ...words, category }]),
  ),
) as Readonly<Record<RelationshipType, TypeInfo>>;

/**
 * The wording of a link of `type` with `status`: the type's own words for that status where it
 * has them (计划建设 / plans to build), else its plain clause, to be tagged with the status.
 */
export function wording(
  type: RelationshipType,
  status: RelationshipStatus,
): { clause: Clause; tagged: boolean } {
  const info: TypeInfo = RELATIONSHIP_TYPES[type];
  if (status === 'ACTUAL') return { clause: info, tagged: false };
  const own = info.byStatus?.[status];
  return own ? { clause: own, tagged: false } : { clause: info, tagged: true };
}
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function typesOfCategories(categories: readonly RelationshipCategory[]): RelationshipType[] {
  return RELATIONSHIP_TYPE_NAMES.filter((t) => categories.includes(RELATIONSHIP_TYPES[t].category));
}

/** Hubs: paths do not pass through them by default, since they would make every path short. */
export const HUB_KINDS: readonly EntityKind[] = ['REGION', 'INDUSTRY'];
export const PATH_CATEGORIES: readonly RelationshipCategory[] = [
  'COLLABORATION',
  'PARTICIPATION',
  'AFFILIATION',
];

export const KIND_NAMES: Readonly<Record<EntityKind, { zh: string; en: string }>> = {
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  UNIVERSITY: { zh: '高校与学院', en: 'University or school' },
  RESEARCH_INSTITUTE: { zh: '科研院所', en: 'Research institute' },
  PLATFORM: { zh: '平台', en: 'Platform' },
  TALENT: { zh: '人才与团队', en: 'Talent or team' },
  PROJECT: { zh: '项目', en: 'Project' },
  PROGRAM: { zh: '计划与政策', en: 'Program or policy' },
  EVENT: { zh: '活动', en: 'Event' },
  INDUSTRY: { zh: '产业', en: 'Industry' },
  REGION: { zh: '地区', en: 'Region' },
  AGENCY: { zh: '机构', en: 'Agency' },
};

const KIND_NAMES_BY_KEY: ReadonlyMap<string, { zh: string; en: string }> = new Map(
  Object.entries(KIND_NAMES),
);

/** The names of a kind, or undefined when `key` is not a kind (e.g. a year). */
export const kindName = (key: string): { zh: string; en: string } | undefined =>
  KIND_NAMES_BY_KEY.get(key);
