// Names of the indicator topics the curated data uses; a topic not listed shows as its key.
const TOPICS: Record<string, { zh: string; en: string }> = {
  capital: { zh: '资本', en: 'Capital' },
  enterprises: { zh: '企业', en: 'Enterprises' },
  events: { zh: '活动', en: 'Events' },
  finance: { zh: '金融', en: 'Finance' },
  industry: { zh: '产业', en: 'Industry' },
  'innovation-platforms': { zh: '创新平台', en: 'Innovation platforms' },
  postdoctoral: { zh: '博士后', en: 'Postdoctoral' },
  skills: { zh: '技能人才', en: 'Skills' },
  talent: { zh: '人才', en: 'Talent' },
  'university-cooperation': { zh: '校地合作', en: 'University cooperation' },
  youth: { zh: '青年', en: 'Youth' },
};

export const topicLabel = (topic: string, lang: 'zh' | 'en'): string =>
  TOPICS[topic]?.[lang] ?? topic;
