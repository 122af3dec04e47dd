// Per-kind lists for dashboards: filters, an order from a fixed table and keyset cursors.
import { int, type Graph } from '../neo4j/graph.ts';
import { type Entity } from './records.ts';
import { type EntityKind } from './vocabulary.ts';
import { entity } from './projections.ts';
import { KIND_LABEL } from './vocabulary.ts';

export type EntityOrder =
  'NAME_ASC' | 'NAME_DESC' | 'NAME_EN_ASC' | 'YEAR_ASC' | 'YEAR_DESC' | 'CONNECTIONS_DESC';

// Sort key expression, direction and key type per order; entities without a value sort last.
const ORDERS: Readonly<
  Record<EntityOrder, { key: string; descending: boolean; type: 'string' | 'number' }>
> = {
  NAME_ASC: { key: 'n.name', descending: false, type: 'string' },
  NAME_DESC: { key: 'n.name', descending: true, type: 'string' },
  NAME_EN_ASC: { key: "coalesce(toLower(n.nameEn), '\uffff')", descending: false, type: 'string' },
  YEAR_ASC: { key: 'coalesce(n.year, 9999)', descending: false, type: 'number' },
  YEAR_DESC: { key: 'coalesce(n.year, -1)', descending: true, type: 'number' },
  CONNECTIONS_DESC: { key: 'coalesce(n.degree, 0)', descending: true, type: 'number' },
};

/** Whether `key` can be a sort key of `order` (a cursor from elsewhere may carry another). */
export const isKeyOf = (order: EntityOrder, key: unknown): key is string | number =>
  typeof key === ORDERS[order].type;

export interface EntityFilter {
  nameContains: string | null;
  industry: string | null;
  region: string | null;
  program: string | null;
  year: number | null;
}

const FILTER = `
  ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.nameEn, '')) CONTAINS $text
     OR toLower(coalesce(n.aliasText, '')) CONTAINS $text)
  AND ($industry IS NULL OR EXISTS { (n)--(:Industry {id: $industry}) })
  AND ($region IS NULL OR EXISTS { (n)--(:Region {id: $region}) })
  AND ($program IS NULL OR EXISTS { (n)--(:Program {id: $program}) })
  AND ($year IS NULL OR n.year = $year)`;

// Keyset: rows after the cursor's (key, id); ids break ties ascending in both directions.
const pageStatement = (label: string, order: EntityOrder): string => {
  const { key, descending } = ORDERS[order];
  return `
MATCH (n:${label})
WHERE ${FILTER}
WITH n, ${key} AS key
WHERE $after IS NULL OR key ${descending ? '<' : '>'} $after.key OR (key = $after.key AND n.id > $after.id)
ORDER BY key ${descending ? 'DESC' : 'ASC'}, n.id
LIMIT $limit
RETURN ${entity('n')} AS entity, key`;
};

const countStatement = (label: string): string =>
  `MATCH (n:${label}) WHERE ${FILTER} RETURN count(n) AS total`;

export interface Cursor {
  key: string | number;
  id: string;
}

export interface Page {
  items: { entity: Entity; cursor: Cursor }[];
  hasNextPage: boolean;
}

/** A page of one kind's list with what it was asked with, so totalCount can count it on demand. */
export interface Connection {
  kind: EntityKind;
  filter: EntityFilter;
  order: EntityOrder;
  page: Page;
}

const filterParams = (f: EntityFilter): Record<string, unknown> => ({
  text: f.nameContains?.toLowerCase() ?? null,
  industry: f.industry,
  region: f.region,
  program: f.program,
  year: f.year === null ? null : int(f.year),
});

export async function listEntities(
  graph: Graph,
  kind: EntityKind,
  args: { first: number; after: Cursor | null; filter: EntityFilter; orderBy: EntityOrder },
): Promise<Page> {
  const rows = await graph.read<{ entity: Entity; key: string | number }>(
    pageStatement(KIND_LABEL[kind], args.orderBy),
    {
      ...filterParams(args.filter),
      after: args.after,
      limit: int(args.first + 1),
    },
  );
  return {
    items: rows
      .slice(0, args.first)
      .map((r) => ({ entity: r.entity, cursor: { key: r.key, id: r.entity.id } })),
    hasNextPage: rows.length > args.first,
  };
}

export async function countEntities(
  graph: Graph,
  kind: EntityKind,
  filter: EntityFilter,
): Promise<number> {
  const [row] = await graph.read<{ total: number }>(
    countStatement(KIND_LABEL[kind]),
    filterParams(filter),
  );
  return row?.total ?? 0;
}
