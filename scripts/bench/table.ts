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

function row(s: Series): string[] {
  const [g50, d50, g95, d95] = [
    percentile(s.graphql, 0.5),
    percentile(s.driver, 0.5),
    percentile(s.graphql, 0.95),
    percentile(s.driver, 0.95),
  ];
  return [
    s.label,
    String(s.graphql.length),
    ms(g50),
    ms(d50),
    (g50 / d50).toFixed(2),
    ms(g95),
    ms(d95),
    (g95 / d95).toFixed(2),
  ];
}

/** The table's lines; a series without samples (its budget ran out) is left out. */
export function table(series: readonly Series[]): string[] {
  const body = series.filter((s) => s.graphql.length > 0).map(row);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  // The label and the count left-aligned, the numbers right-aligned.
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(HEADER),
    `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...body.map(line),
  ];
}
