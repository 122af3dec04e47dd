// The bench's result as a Markdown table: per query, p50 and p95 of each side and their ratio.
import { percentile, type Series } from './timing.ts';

const HEADER = [
  'query',
  'n',
  'GraphQL p50',
  'driver p50',
  'ratio p50',
  'GraphQL p95',
  'driver p95',
  'ratio p95',
];

const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** p50 of side a, of side b, their ratio, then the same for p95 (also for scripts/peer/). */
export function percentileCells(
  a: readonly number[],
  b: readonly number[],
  time: (x: number) => string = ms,
): string[] {
  return [0.5, 0.95].flatMap((p) => {
    const [x, y] = [percentile(a, p), percentile(b, p)];
    return [time(x), time(y), (x / y).toFixed(2)];
  });
}

/** The lines of a Markdown table: the first `left` columns left-aligned, the others right. */
export function markdownTable(header: string[], body: string[][], left: number): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i < left ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i < left ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...body.map(line),
  ];
}

const row = (s: Series): string[] => [
  s.label,
  String(s.graphql.length),
  ...percentileCells(s.graphql, s.driver),
];

/** The table's lines; a series without samples (its budget ran out) is left out. */
export function table(series: readonly Series[]): string[] {
  // The label and the count left-aligned, the numbers right-aligned.
  return markdownTable(HEADER, series.filter((s) => s.graphql.length > 0).map(row), 2);
}
