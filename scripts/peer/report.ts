// The peer bench's table: per operation, requests per second, p50 and p95 of each side, and
// ours/peer ratios (req/s above 1 and times below 1 mean we are faster).
import { markdownTable, percentileCells } from '../bench/table.ts';
import type { Run } from './load.ts';

export interface Row {
  name: string;
  ours: Run;
  peer: Run;
}

const perSecond = (r: Run): number => r.requests / r.seconds;

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
  const body = rows.map(({ name, ours, peer }) => [
    name,
    perSecond(ours).toFixed(0),
    perSecond(peer).toFixed(0),
    (perSecond(ours) / perSecond(peer)).toFixed(2),
    ...percentileCells(ours.times, peer.times, (x) => x.toFixed(1)),
  ]);
  return markdownTable(HEADER, body, 1);
}
