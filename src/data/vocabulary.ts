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

export type RelationshipCategory = 'COLLABORATION' | 'AFFILIATION' | 'POLICY';

interface TypeInfo {
  category: RelationshipCategory;
  /** How the link reads as a clause, from `from` to `to`, in Chinese and in English. */
  zh: string;
  en: string;
}

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
  },
  CO_BUILDS: { category: 'COLLABORATION', zh: '{from} 共建 {to}', en: '{from} co-builds {to}' },
  HOSTS: { category: 'COLLABORATION', zh: '{from} 承载 {to}', en: '{from} hosts {to}' },
  LEADS: { category: 'COLLABORATION', zh: '{from} 领衔 {to}', en: '{from} leads {to}' },
  JOINED: { category: 'COLLABORATION', zh: '{from} 加盟 {to}', en: '{from} joined {to}' },
  DEVELOPS: { category: 'COLLABORATION', zh: '{from} 研发 {to}', en: '{from} develops {to}' },
  WORKS_AT: { category: 'AFFILIATION', zh: '{from} 任职于 {to}', en: '{from} works at {to}' },
  STUDIES_AT: { category: 'AFFILIATION', zh: '{from} 就读于 {to}', en: '{from} studies at {to}' },
  PART_OF: { category: 'AFFILIATION', zh: '{from} 隶属于 {to}', en: '{from} is part of {to}' },
  LOCATED_IN: { category: 'AFFILIATION', zh: '{from} 位于 {to}', en: '{from} is located in {to}' },
  SELECTED_FOR: { category: 'POLICY', zh: '{from} 入选 {to}', en: '{from} was selected for {to}' },
  PARTICIPATES_IN: { category: 'POLICY', zh: '{from} 参与 {to}', en: '{from} takes part in {to}' },
  LAUNCHED: { category: 'POLICY', zh: '{from} 推出 {to}', en: '{from} launched {to}' },
  SUPPORTS: { category: 'POLICY', zh: '{from} 支持 {to}', en: '{from} supports {to}' },
  COMPETED_IN: { category: 'POLICY', zh: '{from} 参加 {to}', en: '{from} competed in {to}' },
  WON: { category: 'POLICY', zh: '{from} 在 {to} 获奖', en: '{from} won an award at {to}' },
  IN_INDUSTRY: { category: 'POLICY', zh: '{from} 属于 {to}', en: '{from} belongs to {to}' },
  LEADS_CHAIN: {
    category: 'POLICY',
    zh: '{from} 是 {to} 的龙头企业',
    en: '{from} is a leading enterprise of {to}',
  },
  SERVES: { category: 'POLICY', zh: '{from} 服务 {to}', en: '{from} serves {to}' },
} as const satisfies Record<string, TypeInfo>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function typesOfCategories(categories: readonly RelationshipCategory[]): RelationshipType[] {
  return RELATIONSHIP_TYPE_NAMES.filter((t) => categories.includes(RELATIONSHIP_TYPES[t].category));
}

/** Hubs: paths do not pass through them by default, since they would make every path short. */
export const HUB_KINDS: readonly EntityKind[] = ['REGION', 'INDUSTRY'];
export const PATH_CATEGORIES: readonly RelationshipCategory[] = ['COLLABORATION', 'AFFILIATION'];

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
