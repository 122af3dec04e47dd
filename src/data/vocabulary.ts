// The fixed tables that turn enum values into labels and relationship types. Cypher only ever
// receives labels and types from here, never from caller strings.

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

interface TypeInfo extends Clause {
  category: RelationshipCategory;
  /** How the link reads when it is not (yet) in place, where the type has its own words. */
  byStatus?: Partial<Record<Exclude<RelationshipStatus, 'ACTUAL'>, Clause>>;
}

// Each clause reads from `from` to `to`, in Chinese and in English.
export const RELATIONSHIP_TYPES = {
  PAIRED_WITH: {
    category: 'COLLABORATION',
    zh: '{from} 与 {to} 结对',
    en: '{from} is paired with {to}',
  },
  COOPERATES_WITH: {
    category: 'COLLABORATION',
    zh: '{from} 与 {to} 合作',
    en: '{from} cooperates with {to}',
    byStatus: {
      PLANNED: { zh: '{from} 计划与 {to} 合作', en: '{from} plans to cooperate with {to}' },
      EXPLORING: {
        zh: '{from} 与 {to} 探索合作',
        en: '{from} is exploring cooperation with {to}',
      },
    },
  },
  CO_BUILDS: { category: 'COLLABORATION', zh: '{from} 共建 {to}', en: '{from} co-builds {to}' },
  HOSTS: { category: 'COLLABORATION', zh: '{from} 承载 {to}', en: '{from} hosts {to}' },
  LEADS: { category: 'COLLABORATION', zh: '{from} 领衔 {to}', en: '{from} leads {to}' },
  JOINED: { category: 'COLLABORATION', zh: '{from} 加盟 {to}', en: '{from} joined {to}' },
  DEVELOPS: { category: 'COLLABORATION', zh: '{from} 研发 {to}', en: '{from} develops {to}' },
  SUPPORTS: {
    category: 'COLLABORATION',
    zh: '{from} 支持 {to}',
    en: '{from} supports {to}',
    byStatus: { PROMOTED: { zh: '{from} 鼓励 {to}', en: '{from} encourages {to}' } },
  },
  SELECTED_FOR: {
    category: 'PARTICIPATION',
    zh: '{from} 入选 {to}',
    en: '{from} was selected for {to}',
  },
  PARTICIPATES_IN: {
    category: 'PARTICIPATION',
    zh: '{from} 参与 {to}',
    en: '{from} takes part in {to}',
    byStatus: {
      PLANNED: { zh: '{from} 计划参与 {to}', en: '{from} plans to take part in {to}' },
    },
  },
  COMPETED_IN: { category: 'PARTICIPATION', zh: '{from} 参加 {to}', en: '{from} competed in {to}' },
  WON: { category: 'PARTICIPATION', zh: '{from} 获 {to}', en: '{from} won {to}' },
  WORKS_AT: { category: 'AFFILIATION', zh: '{from} 任职于 {to}', en: '{from} works at {to}' },
  STUDIES_AT: { category: 'AFFILIATION', zh: '{from} 就读于 {to}', en: '{from} studies at {to}' },
  PART_OF: { category: 'AFFILIATION', zh: '{from} 隶属于 {to}', en: '{from} is part of {to}' },
  LOCATED_IN: { category: 'POLICY', zh: '{from} 位于 {to}', en: '{from} is located in {to}' },
  LAUNCHED: {
    category: 'POLICY',
    zh: '{from} 推行 {to}',
    en: '{from} runs {to}',
    byStatus: {
      PLANNED: { zh: '{from} 计划推行 {to}', en: '{from} plans to run {to}' },
      PROMOTED: { zh: '{from} 推广 {to}', en: '{from} promotes {to}' },
      EXPLORING: { zh: '{from} 探索推行 {to}', en: '{from} is exploring {to}' },
    },
  },
  BUILDS: {
    category: 'POLICY',
    zh: '{from} 建设 {to}',
    en: '{from} builds {to}',
    byStatus: {
      PLANNED: { zh: '{from} 计划建设 {to}', en: '{from} plans to build {to}' },
      PROMOTED: { zh: '{from} 推动建设 {to}', en: '{from} promotes building {to}' },
      EXPLORING: { zh: '{from} 探索建立 {to}', en: '{from} is exploring setting up {to}' },
    },
  },
  HOLDS: { category: 'POLICY', zh: '{from} 举办 {to}', en: '{from} holds {to}' },
  CULTIVATES: { category: 'POLICY', zh: '{from} 培育 {to}', en: '{from} cultivates {to}' },
  IN_INDUSTRY: { category: 'POLICY', zh: '{from} 属于 {to}', en: '{from} belongs to {to}' },
  LEADS_CHAIN: {
    category: 'POLICY',
    zh: '{from} 是 {to} 的龙头企业',
    en: '{from} is a leading enterprise of {to}',
  },
  SERVES: { category: 'POLICY', zh: '{from} 服务 {to}', en: '{from} serves {to}' },
} as const satisfies Record<string, TypeInfo>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

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
