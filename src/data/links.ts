// An entity's links, fetched for many parents in one statement so nested lists never send one
// query per item. Each parent's list is ordered and bounded inside the subquery.
import { int, type Graph } from '../neo4j/graph.ts';
import { type Entity, type Relationship } from './records.ts';
import { type EntityKind } from './vocabulary.ts';
import { entity, relationship } from './projections.ts';
import type { RelationshipType } from './vocabulary.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

const PATTERN: Readonly<Record<Direction, string>> = {
  OUT: '(n)-[r]->(m:Entity)',
  IN: '(n)<-[r]-(m:Entity)',
  BOTH: '(n)-[r]-(m:Entity)',
};

const linkedStatement = (direction: Direction): string => `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH ${PATTERN[direction]}
  WHERE m.kind IN $kinds AND ($types IS NULL OR type(r) IN $types)
  WITH DISTINCT m
  ORDER BY m.name, m.id
  LIMIT $first
  RETURN collect(${entity('m')}) AS items
}
RETURN id, items`;

export interface LinkSpec {
  kinds: readonly EntityKind[];
  types: readonly RelationshipType[] | null;
  direction: Direction;
}

export async function linkedEntities(
  graph: Graph,
  ids: readonly string[],
  spec: LinkSpec,
  first: number,
): Promise<Map<string, Entity[]>> {
  const rows = await graph.read<{ id: string; items: Entity[] }>(linkedStatement(spec.direction), {
    ids,
    kinds: spec.kinds,
    types: spec.types,
    first: int(first),
  });
  return new Map(rows.map((r) => [r.id, r.items]));
}

const RELATIONSHIPS_OF = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH r, m
  ORDER BY type(r), m.name, r.id
  LIMIT $first
  RETURN collect(${relationship('r')}) AS items
}
RETURN id, items`;

export async function relationshipsOf(
  graph: Graph,
  ids: readonly string[],
  filter: { types: readonly RelationshipType[] | null; kinds: readonly EntityKind[] | null },
  first: number,
): Promise<Map<string, Relationship[]>> {
  const rows = await graph.read<{ id: string; items: Relationship[] }>(RELATIONSHIPS_OF, {
    ids,
    ...filter,
    first: int(first),
  });
  return new Map(rows.map((r) => [r.id, r.items]));
}
