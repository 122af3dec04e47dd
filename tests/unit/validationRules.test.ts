// The validation rules added to graphql-js's own: the document's shape refused before the other
// rules work, and no mutations or subscriptions.
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { QueryTooComplexError } from '../../src/errors.ts';
import { typeDefs } from '../../src/graphql/schema.ts';
import { documentLimitsRule, readOnlyRule } from '../../src/graphql/validationRules.ts';

const schema = buildSchema(typeDefs.join('\n'));
const LIMITS = loadConfig({}).limits;

describe('documentLimitsRule', () => {
  const rules = [...specifiedRules, documentLimitsRule(LIMITS), readOnlyRule];

  it('refuses before the other rules do their work: one error, ours', () => {
    // 300 copies of a field with arguments: thousands of comparisons for field merging, and a
    // directive error on each copy; none of that runs.
    const query = `{ entity(id: "x") { ${'relationships(first: 1) @include(if: true) @include(if: true) { id } '.repeat(300)} } }`;
    const errors = validate(schema, parse(query), rules);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(QueryTooComplexError);
    expect(errors[0]?.message).toMatch(/^Query too complex: at most 500 selections/);
  });

  it('lets a valid operation through to the other rules', () => {
    expect(validate(schema, parse('{ stats { entities } }'), rules)).toEqual([]);
    expect(validate(schema, parse('{ stats { entitie } }'), rules).map((e) => e.message)).toEqual([
      'Cannot query field "entitie" on type "GraphStats". Did you mean "entities"?',
    ]);
  });
});

describe('readOnlyRule', () => {
  it.each(['mutation', 'subscription'])('refuses a %s in validation', (operation) => {
    const errors = validate(schema, parse(`${operation} M { stats { entities } }`), [readOnlyRule]);
    expect(errors.map((e) => e.message)).toEqual([
      `This API is read-only: it has no ${operation} operations; send a query.`,
    ]);
  });
});
