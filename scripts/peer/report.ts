// The peer bench's table: per operation, requests per second, p50 and p95 of each side, and
// ours/peer ratios (req/s above 1 and times below 1 mean we are faster).
import { percentile } from '../bench/timing.ts';
import type { Run } from './load.ts';

export interface Row {
  name: string;
  ours: Run;
  peer: Run;
}

const perSecond = (r: Run): number => r.requests / r.seconds;
const ms = (x: number): string => `${x.toFixed(1)}`;

const HEADER = [
  'operation',
  'ours req/s',
  'peer req/s',
  'req/s ours/peer',
  'p50 ours',
  'p50 peer',
  'p50 ours/peer',
  'p95 ours',
  'p95 peer',
  'p95 ours/peer',
];

export function table(rows: readonly Row[]): string[] {
  const body = rows.map(({ name, ours, peer }) => {
    const [o50, p50, o95, p95] = [
      percentile(ours.times, 0.5),
      percentile(peer.times, 0.5),
      percentile(ours.times, 0.95),
      percentile(peer.times, 0.95),
    ];
    return [
      name,
      perSecond(ours).toFixed(0),
      perSecond(peer).toFixed(0),
      (perSecond(ours) / perSecond(peer)).toFixed(2),
      ms(o50),
      ms(p50),
      (o50 / p50).toFixed(2),
      ms(o95),
      ms(p95),
      (o95 / p95).toFixed(2),
    ];
  });
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(HEADER),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...body.map(line),
  ];
}
