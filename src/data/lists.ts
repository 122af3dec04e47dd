// Per-kind lists for dashboards: filters, an order from a fixed table and keyset cursors.
import { int, type Graph } from '../neo4j/graph.ts';
import { type Entity } from './records.ts';
import { type EntityKind } from './vocabulary.ts';
import { all, cachedStatement } from './cypher.ts';
import { entityRecord } from './projections.ts';
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

/**
 * Every name of an entity (its name, English name and aliases), tab-separated and lower-cased:
 * what nameContains looks in, as one property with a text index per kind label, instead of
 * three properties lower-cased row by row. Stored by the loaders (seed/stored.ts, the
 * synthetic rows); migrate() fills it in for nodes stored before it existed.
 */
export const nameKeyOf = (names: readonly (string | null | undefined)[]): string =>
  names
    .filter((n) => n)
    .join('\t')
    .toLowerCase();

/** The filters that are given: each one is a condition of the statement, absent ones are not. */
type Given = Readonly<Record<keyof EntityFilter, boolean>>;

// A filter on a linked entity can start the match at that entity: an industry's few thousand
// members instead of every node of the label, each tested for a link.
const ANCHORS = [
  ['industry', 'Industry'],
  ['region', 'Region'],
  ['program', 'Program'],
] as const;

/** `MATCH … WHERE …` binding `n` to the matches of the given filters (every node without any). */
function matching(label: string, given: Given, ...extra: (string | null)[]): string {
  const anchor = ANCHORS.find(([f]) => given[f]);
  const conditions = [
    given.nameContains ? 'n.nameKey CONTAINS $text' : null,
    ...ANCHORS.filter(([f]) => given[f] && f !== anchor?.[0]).map(
      ([f, l]) => `EXISTS { (n)--(:${l} {id: $${f}}) }`,
    ),
    given.year ? 'n.year = $year' : null,
    ...extra,
  ].filter((c) => c !== null);
  const match = anchor
    ? `MATCH (:${anchor[1]} {id: $${anchor[0]}})--(n:${label})\nWITH DISTINCT n`
    : `MATCH (n:${label})`;
  return conditions.length ? `${match}\nWHERE ${all(...conditions)}` : match;
}

const givenKey = (given: Given): string =>
  Object.entries(given)
    .filter(([, on]) => on)
    .map(([f]) => f)
    .join(',');

// Keyset: rows after the cursor's (key, id); ids break ties ascending in both directions. Names
// are never null, so `n.name IS NOT NULL` drops nothing, and lets Neo4j read the name index in
// order and stop after `limit` rows (a partial top) instead of sorting the whole label.
const pageStatement = (
  label: string,
  order: EntityOrder,
  given: Given,
  after: boolean,
  brief: boolean,
): string =>
  cachedStatement(`page:${label}:${order}:${givenKey(given)}:${after}:${brief}`, () => {
    const { key, descending } = ORDERS[order];
    const byName = key === 'n.name' ? 'n.name IS NOT NULL' : null;
    const past = after
      ? `(${key} ${descending ? '<' : '>'} $after.key OR (${key} = $after.key AND n.id > $after.id))`
      : null;
    return `
${matching(label, given, byName, past)}
WITH n ORDER BY ${key} ${descending ? 'DESC' : 'ASC'}, n.id LIMIT $limit
RETURN ${entityRecord('n', brief)} AS entity, ${key} AS key`;
  });

// Without a filter the label's count is one count-store lookup; with one, the matches are
// counted and never sorted.
const countStatement = (label: string, given: Given): string =>
  cachedStatement(
    `count:${label}:${givenKey(given)}`,
    () => `${matching(label, given)}\nRETURN count(n) AS total`,
  );

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

const givenOf = (f: EntityFilter): Given => ({
  nameContains: f.nameContains !== null,
  industry: f.industry !== null,
  region: f.region !== null,
  program: f.program !== null,
  year: f.year !== null,
});

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
  args: {
    first: number;
    after: Cursor | null;
    filter: EntityFilter;
    orderBy: EntityOrder;
    /** Whether brief records (projections.ts) will do. */
    brief?: boolean;
  },
): Promise<Page> {
  const rows = await graph.read<{ entity: Entity; key: string | number }>(
    pageStatement(
      KIND_LABEL[kind],
      args.orderBy,
      givenOf(args.filter),
      args.after !== null,
      args.brief ?? false,
    ),
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
    countStatement(KIND_LABEL[kind], givenOf(filter)),
    filterParams(filter),
  );
  return row?.total ?? 0;
}
