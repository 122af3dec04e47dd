import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LINK_FIELDS } from '../../src/data/linkFields.ts';
import { linkPattern } from '../../src/data/links.ts';
import { KIND_LABEL } from '../../src/data/vocabulary.ts';
import { typeDefs } from '../../src/graphql/schema.ts';

const schema = buildSchema(typeDefs.join('\n'));
const ENTITY_TYPES: ReadonlySet<string> = new Set([...Object.values(KIND_LABEL), 'Entity']);

describe('link fields', () => {
  it('every field of an entity type that leads to entities has its entry, and no other', () => {
    const inSchema = Object.values(KIND_LABEL).flatMap((label) => {
      const type = schema.getType(label);
      if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
      return Object.values(type.getFields())
        .filter((f) => ENTITY_TYPES.has(getNamedType(f.type).name))
        .map((f) => `${label}.${f.name}`);
    });
    expect(inSchema.sort()).toEqual(Object.keys(LINK_FIELDS).sort());
    expect(inSchema).toHaveLength(36);
  });

  it('a pattern names only the field’s types, in its direction, and its kinds’ labels', () => {
    expect(linkPattern(LINK_FIELDS['Talent.projects'])).toBe(
      '(n)-[:DEVELOPS|HOSTS|LEADS|PARTICIPATES_IN|SUPPORTS]->(m:Project)',
    );
    expect(linkPattern(LINK_FIELDS['Enterprise.projects'])).toBe('(n)-[:DEVELOPS]->(m:Project)');
    expect(linkPattern(LINK_FIELDS['University.schools'])).toBe('(n)<-[:PART_OF]-(m:University)');
    expect(linkPattern(LINK_FIELDS['Enterprise.partners'], 'e', 'p')).toBe(
      '(e)-[:COOPERATES_WITH|CO_BUILDS|PAIRED_WITH]-(p:Enterprise|ResearchInstitute|Talent|University)',
    );
    expect(linkPattern(LINK_FIELDS['Industry.leadingEnterprises'])).toBe(
      '(n)<-[:LEADS_CHAIN]-(m:Enterprise)',
    );
  });
});
