// How fast the mention matcher builds over many names and matches one report: 100k synthetic
// Chinese names drawn (seeded) from the report's own characters, so matching does real work.
import { MentionMatcher } from '../../src/documents/matcher.ts';

export interface MatcherSpeed {
  names: number;
  buildMs: number;
  /** Median of `runs` matches of the report. */
  matchMs: number;
  reportChars: number;
}

const SUFFIXES = ['有限公司', '大学', '研究院', '中心', '计划', ''];

export function matcherSpeed(report: string, names = 100_000, runs = 20): MatcherSpeed {
  let seed = 13;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const chars = [...report.replace(/[\s\p{P}\w]/gu, '')];
  const pick = (): string => chars[Math.floor(random() * chars.length)] ?? '的';
  const entries = Array.from({ length: names }, (_, i) => {
    let name = '';
    for (let k = 2 + Math.floor(random() * 6); k > 0; k--) name += pick();
    return { entity: `synthetic:${i}`, name: name + (SUFFIXES[i % SUFFIXES.length] ?? '') };
  });
  const started = performance.now();
  const matcher = MentionMatcher.build(entries);
  const buildMs = performance.now() - started;
  matcher.find(report);
  const times = Array.from({ length: runs }, () => {
    const t = performance.now();
    matcher.find(report);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return { names, buildMs, matchMs: times[Math.floor(runs / 2)] ?? 0, reportChars: report.length };
}
