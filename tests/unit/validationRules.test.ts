// The validation rules added to graphql-js's own: the document's shape refused before the other
// rules work, and no subscriptions.
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { QueryTooComplexError } from '../../src/errors/index.ts';
import { typeDefs } from '../../src/graphql/schema.ts';
import { documentLimitsRule, knownOperationsRule } from '../../src/graphql/validationRules.ts';

const schema = buildSchema(typeDefs.join('\n'));
const LIMITS = loadConfig({}).limits;

describe('documentLimitsRule', () => {
  const rules = [...specifiedRules, documentLimitsRule(LIMITS), knownOperationsRule];

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

describe('knownOperationsRule', () => {
  it('refuses a subscription in validation', () => {
    const errors = validate(schema, parse('subscription M { stats { entities } }'), [
      knownOperationsRule,
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'This API has no subscription operations; send a query or a mutation.',
    ]);
  });

  it('lets a mutation through to the other rules', () => {
    const mutation = 'mutation M { reviewChange(id: "change:x", decision: ACCEPT) { status } }';
    expect(validate(schema, parse(mutation), [knownOperationsRule])).toEqual([]);
  });
});
