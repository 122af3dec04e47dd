// The fixed tables that turn enum values into labels and relationship types. Cypher only ever
// receives labels and types from here, never from caller strings.
import type { EntityKind } from './records.ts';

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

export type Category = 'COLLABORATION' | 'AFFILIATION' | 'POLICY';

interface TypeInfo {
  category: Category;
  /** How the type reads in a sentence, from `from` to `to`. */
  zh: string;
  en: string;
}

export const RELATIONSHIP_TYPES = {
  PAIRED_WITH: { category: 'COLLABORATION', zh: '结对', en: 'is paired with' },
  COOPERATES_WITH: { category: 'COLLABORATION', zh: '合作', en: 'cooperates with' },
  CO_BUILDS: { category: 'COLLABORATION', zh: '共建', en: 'co-builds' },
  HOSTS: { category: 'COLLABORATION', zh: '承载', en: 'hosts' },
  LEADS: { category: 'COLLABORATION', zh: '领衔', en: 'leads' },
  JOINED: { category: 'COLLABORATION', zh: '加盟', en: 'joined' },
  DEVELOPS: { category: 'COLLABORATION', zh: '研发', en: 'develops' },
  WORKS_AT: { category: 'AFFILIATION', zh: '任职于', en: 'works at' },
  STUDIES_AT: { category: 'AFFILIATION', zh: '就读于', en: 'studies at' },
  PART_OF: { category: 'AFFILIATION', zh: '隶属于', en: 'is part of' },
  LOCATED_IN: { category: 'AFFILIATION', zh: '位于', en: 'is located in' },
  SELECTED_FOR: { category: 'POLICY', zh: '入选', en: 'was selected for' },
  PARTICIPATES_IN: { category: 'POLICY', zh: '参与', en: 'takes part in' },
  LAUNCHED: { category: 'POLICY', zh: '推出', en: 'launched' },
  SUPPORTS: { category: 'POLICY', zh: '支持', en: 'supports' },
  COMPETED_IN: { category: 'POLICY', zh: '参赛', en: 'competed in' },
  WON: { category: 'POLICY', zh: '获奖于', en: 'won an award at' },
  IN_INDUSTRY: { category: 'POLICY', zh: '属于', en: 'belongs to' },
  LEADS_CHAIN: { category: 'POLICY', zh: '领航', en: 'leads the chain of' },
  SERVES: { category: 'POLICY', zh: '服务', en: 'serves' },
} as const satisfies Record<string, TypeInfo>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, value);
}

export function typesOfCategories(categories: readonly Category[]): RelationshipType[] {
  return RELATIONSHIP_TYPE_NAMES.filter((t) => categories.includes(RELATIONSHIP_TYPES[t].category));
}
