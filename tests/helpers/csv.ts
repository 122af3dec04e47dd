// CSV exports read back strictly as RFC 4180 asks: a BOM first, fields quoted when they hold a
// comma, a quote or a line break, records ended by CRLF. Anything else fails the reading test.
import { expect } from 'vitest';

/** A strict RFC 4180 reader (after the BOM): quoted fields may hold commas, quotes and CRLF. */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 1;
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        value += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${text[i]} at ${i}`);
        value += text[i++];
      }
    }
    row.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    rows.push(row);
    row = [];
    i += 2;
    if (i === text.length) return rows;
  }
}

/** The records as objects keyed by the header; every record has the header's length. */
export function csvRecords(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...rest] = parseCsv(text);
  for (const r of rest) expect(r).toHaveLength(header.length);
  return {
    header,
    rows: rest.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? '']))),
  };
}
