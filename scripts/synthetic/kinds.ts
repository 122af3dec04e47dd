// How many entities of each kind the synthetic graph has, what they are called, and how
// unevenly their links are spread.
import { ENTITY_KINDS, type EntityKind } from '../../src/data/vocabulary.ts';

/** Entities per kind in seed/data/entities.json (168 in all): the synthetic set keeps these shares. */
const CURATED_KIND_COUNTS: Readonly<Record<EntityKind, number>> = {
  ENTERPRISE: 10,
  UNIVERSITY: 8,
  RESEARCH_INSTITUTE: 2,
  PLATFORM: 32,
  TALENT: 10,
  PROJECT: 4,
  PROGRAM: 54,
  EVENT: 18,
  INDUSTRY: 18,
  REGION: 10,
  AGENCY: 2,
};

/** Id prefixes and names, following the curated ids (`enterprise:ruitang`, `institute:…`). */
export const KIND_NAMING: Readonly<Record<EntityKind, { prefix: string; zh: string; en: string }>> =
  {
    ENTERPRISE: { prefix: 'enterprise', zh: '企业', en: 'Enterprise' },
    UNIVERSITY: { prefix: 'university', zh: '高校', en: 'University' },
    RESEARCH_INSTITUTE: { prefix: 'institute', zh: '院所', en: 'Research Institute' },
    PLATFORM: { prefix: 'platform', zh: '平台', en: 'Platform' },
    TALENT: { prefix: 'talent', zh: '人才', en: 'Talent' },
    PROJECT: { prefix: 'project', zh: '项目', en: 'Project' },
    PROGRAM: { prefix: 'program', zh: '计划', en: 'Program' },
    EVENT: { prefix: 'event', zh: '活动', en: 'Event' },
    INDUSTRY: { prefix: 'industry', zh: '产业', en: 'Industry' },
    REGION: { prefix: 'region', zh: '地区', en: 'Region' },
    AGENCY: { prefix: 'agency', zh: '机构', en: 'Agency' },
  };

/**
 * How strongly each kind concentrates its links on a few members: endpoint i (in a shuffled
 * order) of a kind is chosen with weight 1 / (i + 1)^s. Regions, industries, programs and
 * universities get the steepest tails (a few with thousands of links), the rest a milder one.
 */
export const ZIPF: Readonly<Record<EntityKind, number>> = {
  ENTERPRISE: 0.8,
  UNIVERSITY: 1.0,
  RESEARCH_INSTITUTE: 0.8,
  PLATFORM: 0.8,
  TALENT: 0.7,
  PROJECT: 0.7,
  PROGRAM: 1.0,
  EVENT: 0.8,
  INDUSTRY: 1.0,
  REGION: 1.05,
  AGENCY: 0.9,
};

/** `total` entities shared out in the curated proportions, at least one of each kind. */
export function kindCounts(total: number): Record<EntityKind, number> {
  const curated = ENTITY_KINDS.reduce((sum, k) => sum + CURATED_KIND_COUNTS[k], 0);
  const exact = ENTITY_KINDS.map((k) => (total * CURATED_KIND_COUNTS[k]) / curated);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  // Largest remainders get the entities rounding left over, so the counts add up to the total.
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((p, q) => q[0] - p[0]);
  let left = total - counts.reduce((s, c) => s + c, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return Object.fromEntries(ENTITY_KINDS.map((k, i) => [k, counts[i] ?? 1])) as Record<
    EntityKind,
    number
  >;
}
