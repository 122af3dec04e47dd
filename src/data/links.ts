// An entity's links, fetched for many parents in one statement so nested lists never send one
// query per item. Each parent's list is ordered and bounded inside the subquery.
import { int, type Graph } from '../neo4j/graph.ts';
import { type Entity, type Relationship } from './records.ts';
import { type EntityKind } from './vocabulary.ts';
import { cachedStatement, typeExpression } from './cypher.ts';
import { ENTITY_OF_ID } from './entities.ts';
import { LINK_FIELDS, type LinkField, type LinkSpec } from './linkFields.ts';
import { entityRecord, relationship } from './projections.ts';
import { KIND_LABEL, type RelationshipType } from './vocabulary.ts';

/** `(n)-[:A|B]->(m:L1|L2)`: only the field's types, in its direction, to its kinds' labels. */
export function linkPattern(spec: LinkSpec, n = 'n', m = 'm'): string {
  const types = typeExpression(spec.types);
  const labels = [...new Set(spec.kinds.map((k) => KIND_LABEL[k]))].sort().join('|');
  const [left, right] = { OUT: ['-', '->'], IN: ['<-', '-'], BOTH: ['-', '-'] }[spec.direction];
  return `(${n})${left}[:${types}]${right}(${m}:${labels})`;
}

/** A link field asked for under entities: its bound, and whether brief records will do. */
export interface LinkRequest {
  field: LinkField;
  first: number;
  brief: boolean;
}

/** A subquery's body: `n`'s first links of `field` by name, bounded by `limit`, as `name`. */
const firstLinks = (field: LinkField, brief: boolean, limit: string, name: string): string => `
  MATCH ${linkPattern(LINK_FIELDS[field])}
  WITH DISTINCT m
  ORDER BY m.name, m.id
  LIMIT ${limit}
  RETURN collect(${entityRecord('m', brief)}) AS ${name}`;

const linkedStatement = (field: LinkField, brief: boolean): string =>
  cachedStatement(
    `link:${field}:${brief}`,
    () => `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {${firstLinks(field, brief, '$first', 'items')}
}
RETURN id, items`,
  );

export async function linkedEntities(
  graph: Graph,
  ids: readonly string[],
  { field, first, brief }: LinkRequest,
): Promise<Map<string, Entity[]>> {
  const rows = await graph.read<{ id: string; items: Entity[] }>(linkedStatement(field, brief), {
    ids,
    first: int(first),
  });
  return new Map(rows.map((r) => [r.id, r.items]));
}

// Each field's links in a subquery of its own, bounded before the next one runs, and only when
// the entity has the field's type (the GraphQL type names its label); one row whatever it finds.
const entityWithLinksStatement = (brief: boolean, links: readonly LinkRequest[]): string =>
  cachedStatement(
    `entity+links:${brief}:${links.map((l) => `${l.field}:${l.brief}`).join(',')}`,
    () => `
WITH $id AS id${ENTITY_OF_ID}
${links
  .map(
    (link, i) => `CALL (n) {
  WITH n WHERE n:${link.field.split('.')[0]}${firstLinks(link.field, link.brief, `$first${i}`, `links${i}`)}
}`,
  )
  .join('\n')}
RETURN ${entityRecord('n', brief)} AS entity, [${links.map((_, i) => `links${i}`).join(', ')}] AS links`,
  );

/**
 * An entity (or the one it was merged into) and the links of each request, in one statement
 * instead of one for the entity and one more per link field; null when no entity has the id.
 */
export async function entityWithLinks(
  graph: Graph,
  id: string,
  brief: boolean,
  requests: readonly LinkRequest[],
): Promise<{ entity: Entity; links: Entity[][] } | null> {
  const params: Record<string, unknown> = { id };
  requests.forEach((r, i) => (params[`first${i}`] = int(r.first)));
  const [row] = await graph.read<{ entity: Entity; links: Entity[][] }>(
    entityWithLinksStatement(brief, requests),
    params,
  );
  return row ?? null;
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
