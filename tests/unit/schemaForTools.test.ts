// What outside tools need to read the schema: the standard introspection query passes the
// document limits (introspection has its own bound, graphql-js's MaxIntrospectionDepthRule),
// data queries keep the depth limit, and PUBLISH_SCHEMA decides whether production serves the SDL.
import {
  buildSchema,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { structureExceeds } from '../../src/graphql/limits.ts';
import { typeDefs } from '../../src/graphql/schema.ts';

const schema = buildSchema(typeDefs.join('\n'));
const LIMITS = loadConfig({}).limits;

/** Every refusal: our document limits first, then graphql-js's own rules. */
function refusals(document: DocumentNode): string[] {
  const shape = structureExceeds(document, LIMITS);
  if (shape) return [shape];
  return validate(schema, document, specifiedRules).map((e) => e.message);
}

describe('introspection and the document limits', () => {
  it('accepts the standard introspection query, 15 levels deep, with every option', () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect(refusals(parse(query))).toEqual([]);
  });

  it('accepts the query get-graphql-schema sends (graphql 14, ofType 8 deep)', () => {
    expect(refusals(parse(getIntrospectionQuery()))).toEqual([]);
  });

  it('refuses introspection whose lists of types nest more than three deep', () => {
    const bomb =
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    expect(refusals(parse(bomb))).toEqual(['Maximum introspection depth exceeded']);
  });

  it('still counts introspection selections against MAX_SELECTIONS', () => {
    const many = Array.from({ length: 600 }, (_, i) => `a${i}: name`).join(' ');
    expect(structureExceeds(parse(`{ __type(name: "Query") { ${many} } }`), LIMITS)).toMatch(
      /^at most 500 selections/,
    );
  });

  it('keeps the depth limit for data, even beside introspection', () => {
    let inner = 'id';
    for (let level = 10; level >= 2; level--)
      inner = `${level % 2 === 0 ? 'relationships(first: 1)' : 'from'} { ${inner} }`;
    const deep = `{ __schema { queryType { name } } entity(id: "university:wust") { ${inner} } }`;
    expect(structureExceeds(parse(deep), LIMITS)).toBe(
      'at most 10 levels of nesting are allowed; this operation has 11',
    );
  });

  it('does not exempt a field that only looks like introspection below the root', () => {
    let inner = '__typename';
    for (let level = 11; level >= 2; level--)
      inner = `${level % 2 === 0 ? 'relationships(first: 1)' : 'from'} { ${inner} }`;
    expect(
      structureExceeds(parse(`{ entity(id: "university:wust") { ${inner} } }`), LIMITS),
    ).toMatch(/^at most 10 levels of nesting/);
  });
});

describe('PUBLISH_SCHEMA', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'test' }, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', PUBLISH_SCHEMA: 'true' }, true],
    [{ NODE_ENV: 'production', PUBLISH_SCHEMA: 'false' }, false],
  ])('with %j the SDL is published: %s', (env, published) => {
    expect(loadConfig(env).publishSchema).toBe(published);
  });

  it('refuses a value other than true or false', () => {
    expect(() => loadConfig({ PUBLISH_SCHEMA: 'yes' })).toThrow(
      'PUBLISH_SCHEMA="yes" is invalid: expected one of true, false.',
    );
  });
});
