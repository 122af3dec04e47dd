// Two CSV files, one row per entity and one per relationship, for spreadsheets. RFC 4180: comma
// separated, CRLF line ends, a field quoted (quotes doubled) when it holds a comma, a quote or a
// line break. A UTF-8 byte order mark first, or Excel reads the Chinese as mojibake. Text that a
// spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a
// leading apostrophe, as OWASP's CSV injection rule says: names and roles come from researchers'
// own files too.
import type { Entity, Relationship, Source } from '../data/records.ts';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  type Cell,
  type Column,
  type ExportInput,
} from './columns.ts';

const BOM = '\uFEFF';

const id: Column<Entity> = { name: 'id', type: 'string', value: (e) => e.id };

// The ends by id and by name, so a spreadsheet reader sees who is linked without a lookup.
const EDGE_COLUMNS: readonly Column<Relationship>[] = [
  { name: 'id', type: 'string', value: (r) => r.id },
  { name: 'from', type: 'string', value: (r) => r.from.id },
  { name: 'fromName', type: 'string', value: (r) => r.from.name },
  { name: 'to', type: 'string', value: (r) => r.to.id },
  { name: 'toName', type: 'string', value: (r) => r.to.name },
  ...EDGE_ATTRIBUTES,
];

export function toNodesCsv(input: ExportInput): string {
  return table([id, ...NODE_ATTRIBUTES], input.nodes, input.sources);
}

export function toEdgesCsv(input: ExportInput): string {
  return table(EDGE_COLUMNS, input.relationships, input.sources);
}

function table<T>(
  columns: readonly Column<T>[],
  rows: readonly T[],
  sources: ReadonlyMap<string, Source>,
): string {
  const lines = [columns.map((c) => field(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row, sources))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

const FORMULA = /^[=+\-@\t\r]/;

export function field(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'string' && FORMULA.test(cell) ? `'${cell}` : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
