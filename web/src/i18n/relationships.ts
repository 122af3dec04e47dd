// Short names of the relationship types, statuses and categories for tables, edge labels and the
// path finder; an unknown value (a newer API) shows as itself.
type Label = { zh: string; en: string };

const TYPES: Record<string, Label> = {
  PAIRED_WITH: { zh: '结对', en: 'paired with' },
  COOPERATES_WITH: { zh: '合作', en: 'cooperates with' },
  CO_BUILDS: { zh: '共建', en: 'co-builds' },
  HOSTS: { zh: '承载', en: 'hosts' },
  LEADS: { zh: '领衔', en: 'leads' },
  JOINED: { zh: '加盟', en: 'joined' },
  DEVELOPS: { zh: '研发', en: 'develops' },
  SUPPORTS: { zh: '支持', en: 'supports' },
  SELECTED_FOR: { zh: '入选', en: 'selected for' },
  PARTICIPATES_IN: { zh: '参与', en: 'takes part in' },
  COMPETED_IN: { zh: '参加', en: 'competed in' },
  WON: { zh: '获', en: 'won' },
  WORKS_AT: { zh: '任职于', en: 'works at' },
  STUDIES_AT: { zh: '就读于', en: 'studies at' },
  PART_OF: { zh: '隶属于', en: 'part of' },
  LOCATED_IN: { zh: '位于', en: 'located in' },
  LAUNCHED: { zh: '推行', en: 'runs' },
  BUILDS: { zh: '建设', en: 'builds' },
  HOLDS: { zh: '举办', en: 'holds' },
  CULTIVATES: { zh: '培育', en: 'cultivates' },
  IN_INDUSTRY: { zh: '属于产业', en: 'in industry' },
  LEADS_CHAIN: { zh: '龙头企业', en: 'leads chain' },
  SERVES: { zh: '服务', en: 'serves' },
};

/** Every relationship type, for a form that picks one. */
export const RELATIONSHIP_TYPES = Object.keys(TYPES);

export const relationshipLabel = (type: string, lang: 'zh' | 'en'): string =>
  TYPES[type]?.[lang] ?? type;

/** How far a link has got, as its paragraph states it. */
export const STATUSES = ['ACTUAL', 'PLANNED', 'PROMOTED', 'EXPLORING'] as const;

const STATUS: Record<string, Label> = {
  ACTUAL: { zh: '已实施', en: 'in place' },
  PLANNED: { zh: '计划中', en: 'planned' },
  PROMOTED: { zh: '推广中', en: 'promoted' },
  EXPLORING: { zh: '探索中', en: 'being explored' },
};

export const statusLabel = (status: string, lang: 'zh' | 'en'): string =>
  STATUS[status]?.[lang] ?? status;

/** The relationship families a path may follow, in words a researcher reads without the docs. */
export const CATEGORIES = ['COLLABORATION', 'PARTICIPATION', 'AFFILIATION', 'POLICY'] as const;

const CATEGORY: Record<string, Label> = {
  COLLABORATION: {
    zh: '合作：结对、合作、共建、承载、领衔、加盟、研发、支持',
    en: 'Collaboration: pairing, cooperation, co-building, hosting, leading, joining, R&D, support',
  },
  PARTICIPATION: {
    zh: '参与项目、活动与计划：入选、参与、参赛、获奖',
    en: 'Taking part in projects, events and programmes: selected, takes part, competed, won',
  },
  AFFILIATION: {
    zh: '任职与隶属：任职、就读、下属机构',
    en: 'Affiliation: works at, studies at, part of',
  },
  POLICY: {
    zh: '行政与政策：位于、推行、建设、举办、培育、所属产业、龙头企业、服务',
    en: 'Administrative and policy links: located in, runs, builds, holds, cultivates, industry, chain, serves',
  },
};

export const categoryLabel = (category: string, lang: 'zh' | 'en'): string =>
  CATEGORY[category]?.[lang] ?? category;
