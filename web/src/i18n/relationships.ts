// Short names of the relationship types for tables and edge labels; an unknown type (a newer
// API) shows as itself.
type Label = { zh: string; en: string };

const TYPES: Record<string, Label> = {
  PAIRED_WITH: { zh: '结对', en: 'paired with' },
  COOPERATES_WITH: { zh: '合作', en: 'cooperates with' },
  CO_BUILDS: { zh: '共建', en: 'co-builds' },
  HOSTS: { zh: '承载', en: 'hosts' },
  LEADS: { zh: '领衔', en: 'leads' },
  JOINED: { zh: '加盟', en: 'joined' },
  DEVELOPS: { zh: '研发', en: 'develops' },
  WORKS_AT: { zh: '任职于', en: 'works at' },
  STUDIES_AT: { zh: '就读于', en: 'studies at' },
  PART_OF: { zh: '隶属于', en: 'part of' },
  LOCATED_IN: { zh: '位于', en: 'located in' },
  SELECTED_FOR: { zh: '入选', en: 'selected for' },
  PARTICIPATES_IN: { zh: '参与', en: 'takes part in' },
  LAUNCHED: { zh: '推出', en: 'launched' },
  SUPPORTS: { zh: '支持', en: 'supports' },
  COMPETED_IN: { zh: '参加', en: 'competed in' },
  WON: { zh: '获奖', en: 'won at' },
  IN_INDUSTRY: { zh: '属于产业', en: 'in industry' },
  LEADS_CHAIN: { zh: '龙头企业', en: 'leads chain' },
  SERVES: { zh: '服务', en: 'serves' },
};

export const relationshipLabel = (type: string, lang: 'zh' | 'en'): string =>
  TYPES[type]?.[lang] ?? type;
