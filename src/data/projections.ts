// Map projections shared by every query, so all data functions return the same record shapes.
import type { Entity, Relationship } from './records.ts';

/** An entity record from a node expression (a variable or e.g. `startNode(r)`). */
export const entity = (n: string): string =>
  `{id: ${n}.id, kind: ${n}.kind, name: ${n}.name, nameEn: ${n}.nameEn, aliases: coalesce(${n}.aliases, []), aliasSources: coalesce(${n}.aliasSources, []), aliasReasons: coalesce(${n}.aliasReasons, []), description: ${n}.description, descriptionZh: ${n}.descriptionZh, year: ${n}.year, provenance: coalesce(${n}.provenance, []), version: coalesce(${n}.version, 0), changedBy: ${n}.changedBy, knowledge: ${n}.knowledge, knowledgeChange: ${n}.knowledgeChange}`;

/**
 * A brief entity record: only the id, kind and names. Asked for where nothing else of the entity
 * is selected (src/graphql/selection.ts), it saves Neo4j reading, and Bolt carrying, the rest.
 */
export const briefEntity = (n: string): string =>
  `{id: ${n}.id, kind: ${n}.kind, name: ${n}.name, nameEn: ${n}.nameEn}`;

/** The brief or the full record of an entity. */
export const entityRecord = (n: string, brief: boolean): string =>
  brief ? briefEntity(n) : entity(n);

const relationshipFields = (r: string): string =>
  `id: ${r}.id, type: type(${r}), status: ${r}.status, since: ${r}.since, role: ${r}.role, roleEn: ${r}.roleEn, program: ${r}.program, provenance: coalesce(${r}.provenance, []), changedBy: ${r}.changedBy, knowledge: ${r}.knowledge, knowledgeChange: ${r}.knowledgeChange`;

/** A relationship record from relationship variable `r`, with both ends. */
export const relationship = (r: string): string =>
  `{${relationshipFields(r)}, from: ${entity(`startNode(${r})`)}, to: ${entity(`endNode(${r})`)}}`;

/**
 * The same record with only the ids of its ends, for answers that list those entities anyway
 * (a subgraph): the caller puts the entity records back, and Neo4j sends each entity once.
 */
export const relationshipLink = (r: string): string =>
  `{${relationshipFields(r)}, from: startNode(${r}).id, to: endNode(${r}).id}`;

/** A relationshipLink record: a relationship with only the ids of its ends. */
export type RelationshipLink = Omit<Relationship, 'from' | 'to'> & { from: string; to: string };

/** The relationships with their end records put back from `nodes`, which hold all of them. */
export function withEnds(
  links: readonly RelationshipLink[],
  nodes: readonly Entity[],
): Relationship[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const end = (id: string): Entity => {
    const e = byId.get(id);
    if (!e) throw new Error(`relationship end ${id} is not among the answer's nodes`);
    return e;
  };
  return links.map((r) => ({ ...r, from: end(r.from), to: end(r.to) }));
}

/** An indicator record from node variable `i`, with its scope in stated order. */
export const indicator = (i: string): string =>
  `{id: ${i}.id, name: ${i}.name, nameEn: ${i}.nameEn, value: ${i}.value, unit: ${i}.unit, display: ${i}.display, qualifier: ${i}.qualifier, status: ${i}.status, period: ${i}.period, periodEn: ${i}.periodEn, topic: ${i}.topic, provenance: coalesce(${i}.provenance, []), version: coalesce(${i}.version, 0), changedBy: ${i}.changedBy, knowledge: ${i}.knowledge, knowledgeChange: ${i}.knowledgeChange, scope: COLLECT { MATCH (${i})-[a:ABOUT]->(e:Entity) WITH a, e ORDER BY a.position RETURN ${entity('e')} }}`;

/** A Source node as the Source record; contentHash is null while the store lacks its text. */
export const SOURCE = (s: string): string =>
  `${s} {.id, .title, .titleEn, .publisher, .date, .dateNote, .fileName, .paragraphCount, .contentHash}`;
