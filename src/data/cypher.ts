// The pieces statements are built from where Cypher takes no parameter: relationship types and
// hop bounds. Each comes from a fixed table or a checked integer, never from caller text, and
// each built statement is kept, so it is built (and planned by Neo4j) once.
import { RELATIONSHIP_TYPES, type RelationshipType } from './vocabulary.ts';

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
 * `start`…`end` through 1..hops relationships matching `rel`, every inner node `x` meeting
 * `where`, and every relationship `relWhere` when given (a predicate on the variable it names).
 * One hop is written as a plain pattern, since a quantifier cannot be {0,0}.
 */
export function hopPattern(
  start: string,
  rel: string,
  where: string,
  hops: number,
  end: string,
  relWhere?: (variable: string) => string,
): string {
  const h = checkedHops(hops);
  const r = (v: string): string => (relWhere ? `${v}${rel} WHERE ${relWhere(v)}` : rel);
  if (h === 1) return `${start}-[${r('q')}]-${end}`;
  return `${start}(()-[${r('q')}]-(x:Entity) WHERE ${where}){0,${h - 1}}()-[${r('z')}]-${end}`;
}

const statements = new Map<string, string>();

/** The statement built for `key`, building it on first use. */
export function cachedStatement(key: string, build: () => string): string {
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = build()));
  return statement;
}
