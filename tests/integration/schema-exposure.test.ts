// What the schema tells a stranger depends on NODE_ENV: in production no introspection and no
// "Did you mean" hints that would spell out field and enum names; in development both, for
// the people building clients.
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../helpers/api.ts';
import { post, send } from '../helpers/sendGraphQL.ts';

describe('schema exposure by NODE_ENV', () => {
  const introspection = '{ __schema { queryType { name } } }';
  const typo = '{ stats { entitie } }';
  const badEnum = {
    query: 'query($k: [EntityKind!]) { search(query: "武汉", kinds: $k) { id } }',
    variables: { k: ['ENTERPRIS'] },
  };

  it('production: no introspection and no "Did you mean" hints', async () => {
    const production = await startTestApi({ NODE_ENV: 'production' });
    try {
      const intro = await send(production.url, post({ query: introspection }));
      expect(intro.status).toBe(400);
      expect(intro.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(intro.message).toMatch(/introspection is not allowed/i);
      const type = await send(
        production.url,
        post({ query: '{ __type(name: "Entity") { name } }' }),
      );
      expect(type.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typed = await send(production.url, post({ query: '{ __typename }' }));
      expect(typed.body).toEqual({ data: { __typename: 'Query' } });

      const field = await send(production.url, post({ query: typo }));
      expect(field.status).toBe(400);
      expect(field.message).toBe('Cannot query field "entitie" on type "GraphStats".');
      const literal = await send(
        production.url,
        post({ query: '{ search(query: "武汉", kinds: [ENTERPRIS]) { id } }' }),
      );
      expect(literal.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(literal.text).not.toMatch(/Did you mean/);
      const variable = await send(production.url, post(badEnum));
      expect(variable.status).toBe(400);
      expect(variable.code).toBe('BAD_USER_INPUT');
      expect(variable.message).toMatch(/does not exist in "EntityKind" enum\.$/);
      expect(variable.text).not.toMatch(/Did you mean|ENTERPRISE/);
    } finally {
      await production.close();
    }
  });

  it('development: introspection and hints on', async () => {
    const development = await startTestApi({ NODE_ENV: 'development' });
    try {
      const intro = await send(development.url, post({ query: introspection }));
      expect(intro.status).toBe(200);
      expect(intro.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const field = await send(development.url, post({ query: typo }));
      expect(field.message).toMatch(/Did you mean "entities"\?/);
      const variable = await send(development.url, post(badEnum));
      expect(variable.message).toMatch(/Did you mean the enum value "ENTERPRISE"\?/);
    } finally {
      await development.close();
    }
  });
});
