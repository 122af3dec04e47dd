// What every export says about an entity and a relationship, defined once, so GraphML, GEXF and
// CSV carry the same attributes under the same names and a researcher can switch tools freely.
import type { RawPath } from '../data/paths.ts';
import type { Entity, Relationship, Source } from '../data/records.ts';
import { RELATIONSHIP_TYPES } from '../data/vocabulary.ts';

/** A subgraph ready to write: what the formatters take. */
export interface ExportInput {
  /** One line saying what the file holds, e.g. "Neighbourhood of 武汉科技大学 …". */
  title: string;
  nodes: readonly Entity[];
  /** Every relationship's ends are among `nodes`. */
  relationships: readonly Relationship[];
  /** Source documents by id, to name the file each provenance entry cites. */
  sources: ReadonlyMap<string, Source>;
  /** Collaboration paths, kept in the JSON export (the other formats hold their union). */
  paths?: readonly RawPath[];
  /** True when a bound cut the result (a neighbourhood's maxNodes). */
  truncated?: boolean;
}

export type Cell = string | number | null;

export type CellType = 'string' | 'integer';

export interface Column<T> {
  name: string;
  type: CellType;
  value(record: T, sources: ReadonlyMap<string, Source>): Cell;
}

/** Lists (aliases, provenance, file names) in one cell: a separator no id or file name holds. */
export const LIST_SEPARATOR = '; ';

const list = (items: readonly string[]): string => items.join(LIST_SEPARATOR);

/** The distinct files the provenance entries ("sourceId#paragraph") cite, in order. */
export function sourceFiles(
  provenance: readonly string[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const files = new Set<string>();
  for (const ref of provenance) {
    const file = sources.get(ref.slice(0, ref.lastIndexOf('#')))?.fileName;
    if (file) files.add(file);
  }
  return [...files];
}

// `id` is not here: XML formats write it as the element's id, CSV as its first column.
export const NODE_ATTRIBUTES: readonly Column<Entity>[] = [
  { name: 'name', type: 'string', value: (e) => e.name },
  { name: 'nameEn', type: 'string', value: (e) => e.nameEn },
  { name: 'kind', type: 'string', value: (e) => e.kind },
  { name: 'aliases', type: 'string', value: (e) => list(e.aliases) },
  // Per alias, in the same order: the paragraph that prints it, or "curators" for one we added.
  {
    name: 'aliasOrigins',
    type: 'string',
    value: (e) => list(e.aliases.map((_, i) => e.aliasSources[i] || 'curators')),
  },
  { name: 'year', type: 'integer', value: (e) => e.year },
  { name: 'description', type: 'string', value: (e) => e.description },
  { name: 'descriptionZh', type: 'string', value: (e) => e.descriptionZh },
  { name: 'provenance', type: 'string', value: (e) => list(e.provenance) },
  { name: 'sourceFiles', type: 'string', value: (e, s) => list(sourceFiles(e.provenance, s)) },
];

// `id`, `from` and `to` are not here: XML formats write them as the edge's id, source and target.
export const EDGE_ATTRIBUTES: readonly Column<Relationship>[] = [
  { name: 'type', type: 'string', value: (r) => r.type },
  { name: 'category', type: 'string', value: (r) => RELATIONSHIP_TYPES[r.type].category },
  { name: 'status', type: 'string', value: (r) => r.status },
  { name: 'since', type: 'integer', value: (r) => r.since },
  { name: 'role', type: 'string', value: (r) => r.role },
  { name: 'roleEn', type: 'string', value: (r) => r.roleEn },
  { name: 'program', type: 'string', value: (r) => r.program },
  { name: 'provenance', type: 'string', value: (r) => list(r.provenance) },
  { name: 'sourceFiles', type: 'string', value: (r, s) => list(sourceFiles(r.provenance, s)) },
];

/** A cell as text, or null when there is nothing to write (XML formats then leave it out). */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === '') return null;
  return String(cell);
}
