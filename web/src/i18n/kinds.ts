// How each kind of entity is named and coloured, the same in the network, the legend and the
// lists, so a colour means one kind everywhere.
import type { EntityKind } from '../generated/graphql.ts';

export const KINDS: Record<EntityKind, { zh: string; en: string; colour: string }> = {
  ENTERPRISE: { zh: '企业', en: 'Enterprise', colour: '#d62728' },
  UNIVERSITY: { zh: '高校与学院', en: 'University', colour: '#1f77b4' },
  RESEARCH_INSTITUTE: { zh: '科研院所', en: 'Research institute', colour: '#17becf' },
  PLATFORM: { zh: '平台', en: 'Platform', colour: '#ff7f0e' },
  TALENT: { zh: '人才与团队', en: 'Talent', colour: '#2ca02c' },
  PROJECT: { zh: '项目', en: 'Project', colour: '#9467bd' },
  PROGRAM: { zh: '计划与政策', en: 'Program', colour: '#8c564b' },
  EVENT: { zh: '活动', en: 'Event', colour: '#e377c2' },
  INDUSTRY: { zh: '产业', en: 'Industry', colour: '#bcbd22' },
  REGION: { zh: '地区', en: 'Region', colour: '#7f7f7f' },
  AGENCY: { zh: '机构', en: 'Agency', colour: '#393b79' },
};

export const KIND_NAMES = Object.keys(KINDS) as EntityKind[];
