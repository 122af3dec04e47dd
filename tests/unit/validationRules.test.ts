// The checks that run before (and with) graphql-js validation, and how their errors are shown.
import { buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { OperationLimits } from '../../src/config.ts';
import { QueryTooComplexError, apiError } from '../../src/errors.ts';
import { errorLogPlugin } from '../../src/http/plugins.ts';
import {
  documentExceedsLimits,
  documentLimitsRule,
  readOnlyRule,
} from '../../src/http/validationRules.ts';
import { formatErrorFor } from '../../src/server.ts';
import { typeDefs } from '../../src/schema.ts';

const schema = buildSchema(typeDefs.join('\n'));
const LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 10,
  maxTokens: 5_000,
  maxDirectives: 20,
  maxCost: 50_000,
  maxSelections: 500,
};

const check = (query: string, limits: Partial<OperationLimits> = {}): string | null =>
  documentExceedsLimits(parse(query), { ...LIMITS, ...limits });

/** `entity { relationships { from { relationships … { id } } } }` with `id` at level `depth`. */
function ofDepth(depth: number): string {
  let inner = 'id';
  for (let level = depth - 1; level >= 2; level--)
    inner = `${level % 2 === 0 ? 'relationships(first: 1)' : 'from'} { ${inner} }`;
  return `{ entity(id: "university:wust") { ${inner} } }`;
}

function fanOut(n: number, on: string, leaf: string): string {
  const fragments = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`,
  );
  return [...fragments, `fragment F${n} on ${on} { ${leaf} }`].join('\n');
}

describe('documentExceedsLimits', () => {
  it('accepts an ordinary operation', () => {
    expect(
      check(`query Q($n: Int) { stats { entities } a: search(query: "x", first: $n) { id ...N }
        enterprises { nodes { ... on Enterprise { partners { id } } } } }
        fragment N on Entity { name }`),
    ).toBeNull();
  });

  it.each([
    [10, null],
    [11, 'at most 10 levels of nesting are allowed; this operation has 11'],
    [400, 'at most 10 levels of nesting are allowed; this operation has at least 12'],
  ])('at depth %i answers %s', (depth, answer) => {
    expect(check(ofDepth(depth))).toBe(answer);
  });

  it('counts selections with fragments expanded, and stops counting past the limit', () => {
    expect(check(`{ stats { ${'entities '.repeat(499)} } }`)).toBeNull();
    expect(check(`{ stats { ${'entities '.repeat(500)} } }`)).toMatch(
      /^at most 500 selections .* this operation has more$/,
    );
    const started = performance.now();
    expect(check(`{ stats { ...F0 } }\n${fanOut(60, 'GraphStats', 'entities')}`)).toMatch(
      /^at most 500 selections/,
    );
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('counts root fields, aliases and directives, also inside fragments', () => {
    expect(
      check('{ ...R } fragment R on Query { a: stats { entities } b: sources { id } }', {
        maxRootFields: 1,
      }),
    ).toBe('at most 1 root fields are allowed; this operation has 2');
    expect(
      check('{ stats { ...A ...A } } fragment A on GraphStats { x: entities }', {
        maxAliases: 1,
      }),
    ).toBe('at most 1 aliases are allowed; this operation has 2');
    expect(
      check(
        'query Q($a: Boolean = true @deprecated) @skip(if: false) { stats { entities @include(if: true) } }',
        { maxDirectives: 2 },
      ),
    ).toBe('at most 2 directives are allowed; this operation has 3');
  });

  it('checks every operation of a document, and ends on fragment cycles', () => {
    expect(
      check(`query A { stats { entities } } query B { ${'s: stats { entities } '.repeat(11)} }`),
    ).toMatch(/root fields/);
    expect(check('{ ...Q } fragment Q on Query { stats { entities } ...Q }')).toBeNull();
  });
});

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

describe('formatErrorFor', () => {
  const development = formatErrorFor(false);
  const production = formatErrorFor(true);

  it('gives a limit refused during validation its own code back', () => {
    const ours = new QueryTooComplexError('too deep');
    // What Apollo makes of a validation error: a copy, relabelled, with ours as originalError.
    const relabelled = new GraphQLError(ours.message, {
      originalError: ours,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      development(
        { message: ours.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        relabelled,
      ),
    ).toEqual({
      message: 'Query too complex: too deep.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('names a parser stack overflow', () => {
    expect(
      development(
        {
          message: 'Maximum call stack size exceeded',
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
        new RangeError('Maximum call stack size exceeded'),
      ),
    ).toEqual({
      message: 'Syntax Error: the document is nested too deeply to parse.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('words the token limit plainly', () => {
    expect(
      development(
        {
          message: 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
        null,
      ).message,
    ).toBe('Syntax Error: the document has more than 5000 tokens, the limit; send a smaller one.');
  });

  it('masks errors without a public code, keeping the path', () => {
    expect(
      production({ message: 'Neo4jError: boom', path: ['stats'], extensions: { code: 'X' } }, null),
    ).toEqual({
      message:
        'Internal server error. The x-request-id response header identifies it in the server log.',
      path: ['stats'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('removes "Did you mean" hints in production only', () => {
    const hinted = {
      message:
        'Variable "$k" got invalid value "ENTERPRIS" at "k[0]"; Value "ENTERPRIS" does not exist in "EntityKind" enum. Did you mean the enum value "ENTERPRISE"?',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    expect(production(hinted, null).message).toBe(
      'Variable "$k" got invalid value "ENTERPRIS" at "k[0]"; Value "ENTERPRIS" does not exist in "EntityKind" enum.',
    );
    expect(development(hinted, null).message).toBe(hinted.message);
  });
});

describe('errorLogPlugin', () => {
  it('logs uncoded errors and INTERNAL_SERVER_ERROR in full, not the coded answers', async () => {
    const events: Record<string, unknown>[] = [];
    const plugin = errorLogPlugin({
      say: () => undefined,
      event: (level, fields) => void events.push({ level, ...fields }),
    });
    const listener = await plugin.requestDidStart?.({} as never);
    await listener?.didEncounterErrors?.({
      errors: [
        apiError('NOT_FOUND', 'no such entity'),
        apiError('INTERNAL_SERVER_ERROR', 'provenance names a missing source'),
        new GraphQLError('wrapped', { path: ['stats'], originalError: new Error('Neo4j said no') }),
      ],
      contextValue: { requestId: 'r-1' },
    } as never);
    expect(events.map((e) => [e.level, e.requestId, e.message])).toEqual([
      ['error', 'r-1', 'provenance names a missing source'],
      ['error', 'r-1', 'Neo4j said no'],
    ]);
  });
});
