// The pieces statements are built from where Cypher takes no parameter: relationship types and
// hop bounds. Each comes from a fixed table or a checked integer, never from caller text, and
// each built statement is kept, so it is built (and planned by Neo4j) once. There are few of
// them: a type set that is not a union of categories is filtered through a parameter, so no
// caller can make Neo4j plan a new statement with each new subset.
import {
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  typesOfCategories,
  type RelationshipCategory,
  type RelationshipType,
} from './vocabulary.ts';

/** The most relationships a path or broker search may follow. */
export const MAX_HOPS = 6;

/** `A|B|C` from vocabulary keys only; throws on anything else so no caller text reaches Cypher. */
export function typeExpression(types: readonly RelationshipType[]): string {
  const unique = [...new Set(types)].sort();
  for (const t of unique)
    if (!Object.hasOwn(RELATIONSHIP_TYPES, t)) throw new Error(`not a relationship type: ${t}`);
  return unique.join('|');
}

export function checkedHops(hops: number): number {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS)
    throw new Error(`hops out of range: ${hops}`);
  return hops;
}

/**
 * How a statement restricts relationship types. A union of whole categories (a few sets: 7 at
 * most) is written into the pattern, where Neo4j expands only those types; any other set is a
 * `$types` filter on a pattern of all types, one statement for all of them.
 */
export interface TypeFilter {
  /** What follows a relationship variable in a pattern: `:A|B`, or nothing. */
  label: string;
  /** The condition on relationship variable `r`, or null when the label says it all. */
  on(r: string): string | null;
  /** Names the filter in statement cache keys. */
  key: string;
}

const CATEGORY_UNIONS = new Set(
  (['COLLABORATION', 'AFFILIATION', 'POLICY'] as const satisfies RelationshipCategory[])
    .reduce<RelationshipCategory[][]>((sets, c) => [...sets, ...sets.map((s) => [...s, c])], [[]])
    .map((categories) => typeExpression(typesOfCategories(categories))),
);

/** A filter for `types`; null means any type (no filter at all). */
export function typeFilter(types: readonly RelationshipType[] | null): TypeFilter {
  if (types === null || typeExpression(types) === typeExpression(RELATIONSHIP_TYPE_NAMES))
    return { label: '', on: () => null, key: '*' };
  const expression = typeExpression(types);
  if (CATEGORY_UNIONS.has(expression))
    return { label: `:${expression}`, on: () => null, key: expression };
  return { label: '', on: (r) => `type(${r}) IN $types`, key: '$types' };
}

/** Conditions joined by AND, leaving out the absent ones. */
export const all = (...conditions: (string | null)[]): string =>
  conditions.filter((c) => c !== null && c !== '').join(' AND ') || 'true';

/**
 * `filter`, and with `statuses` also a `$statuses` condition on each relationship's status: a
 * path through links of chosen statuses is one statement for every choice of them.
 */
export function withStatuses(filter: TypeFilter, statuses: boolean): TypeFilter {
  if (!statuses) return filter;
  return {
    label: filter.label,
    on: (r) => all(filter.on(r), `${r}.status IN $statuses`),
    key: `${filter.key}:$statuses`,
  };
}

/**
 * `(start)`…`end` through 1..hops relationships passing `filter`, every inner node meeting
 * `inner` (a condition on the variable it is given). One hop is a plain pattern, since a
 * quantifier cannot be {0,0}. A parameter filter must hold on the last hop too, and Neo4j 5.26
 * takes no parenthesized pattern after a quantified one: that form is one quantified pattern,
 * each hop's condition on the node it leaves from (the start itself, or an inner node).
 */
export function hopPattern(
  start: string,
  filter: TypeFilter,
  inner: (x: string) => string,
  hops: number,
  end: string,
): string {
  const h = checkedHops(hops);
  const types = filter.on('hop');
  if (types) {
    const from = `(y = ${start} OR (${inner('y')}))`;
    return `(${start})((y:Entity)-[hop${filter.label}]-(:Entity) WHERE ${types} AND ${from}){1,${h}}${end}`;
  }
  if (h === 1) return `(${start})-[${filter.label}]-${end}`;
  return `(${start})(()-[${filter.label}]-(x:Entity) WHERE ${inner('x')}){0,${h - 1}}()-[${filter.label}]-${end}`;
}

/** More than the statements there can be (a few per field, hop bound and filter): a guard. */
const MAX_STATEMENTS = 256;
const statements = new Map<string, string>();

/** The statement built for `key`, building it on first use; least recently used ones go. */
export function cachedStatement(key: string, build: () => string): string {
  let statement = statements.get(key);
  if (statement) statements.delete(key);
  else statement = build();
  statements.set(key, statement);
  if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value ?? key);
  return statement;
}
