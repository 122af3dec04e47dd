import { readFileSync, readdirSync } from 'node:fs';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, type Limits } from '../../src/config.ts';
import { argumentsOrCostExceed, structureExceeds } from '../../src/graphql/limits.ts';
import { typeDefs } from '../../src/graphql/schema.ts';
import { fanOut, ofDepth } from '../helpers/documents.ts';

const schema = buildSchema(typeDefs.join('\n'));

/** The defaults of src/config.ts. */
const LIMITS: Limits = loadConfig({}).limits;

/** Why the limits refuse `query` (null: accepted); the query must also be valid GraphQL. */
function check(
  query: string,
  options: { variables?: Record<string, unknown>; limits?: Partial<Limits> } = {},
): string | null {
  const document = parse(query);
  expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  return exceedsUnchecked(query, options);
}

/** As `check`, for documents that validation would refuse (fragment cycles). */
function exceedsUnchecked(
  query: string,
  {
    variables = {},
    limits = {},
  }: { variables?: Record<string, unknown>; limits?: Partial<Limits> },
): string | null {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  if (!operation) throw new Error('no operation in the test query');
  const all = { ...LIMITS, ...limits };
  const refusal =
    structureExceeds(document, all) ??
    argumentsOrCostExceed(schema, document, operation, variables, all)?.message ??
    null;
  return refusal?.replace(/^Query too complex: (.*)\.$/, '$1') ?? null;
}

describe('operation limits', () => {
  describe('depth', () => {
    it.each([
      [1, null],
      [10, null],
      [11, 'at most 10 levels of nesting are allowed; this operation has 11'],
    ])('at depth %i the answer is %s', (depth, answer) => {
      expect(check(ofDepth(depth))).toBe(answer);
    });

    it('refuses a depth bomb without walking all of it, saying "at least"', () => {
      expect(check(ofDepth(400))).toBe(
        'at most 10 levels of nesting are allowed; this operation has at least 12',
      );
    });

    it('follows the configured limit', () => {
      expect(check(ofDepth(5), { limits: { maxDepth: 4 } })).toBe(
        'at most 4 levels of nesting are allowed; this operation has 5',
      );
    });

    it('counts the depth that fragments add', () => {
      const query = `{ entity(id: "x") { ...Hop } }
        fragment Hop on Entity { relationships(first: 1) { from { ...Hop2 } } }
        fragment Hop2 on Entity { relationships(first: 1) { from { ...Hop3 } } }
        fragment Hop3 on Entity { relationships(first: 1) { from { ...Hop4 } } }
        fragment Hop4 on Entity { relationships(first: 1) { from { ...Hop5 } } }
        fragment Hop5 on Entity { relationships(first: 1) { id } }`;
      expect(check(query)).toBe('at most 10 levels of nesting are allowed; this operation has 11');
      expect(check(query, { limits: { maxDepth: 11 } })).toBeNull();
    });
  });

  describe('aliases', () => {
    const aliased = (n: number): string =>
      `{ stats { ${Array.from({ length: n }, (_, i) => `a${i}: entities`).join(' ')} } }`;

    it.each([
      [30, null],
      [31, 'at most 30 aliases are allowed; this operation has 31'],
    ])('with %i aliases the answer is %s', (count, answer) => {
      expect(check(aliased(count))).toBe(answer);
    });

    it('counts an alias once for every place its fragment is spread', () => {
      const query = `{ stats { ...A ...B } }
        fragment A on GraphStats { x: entities y: sources }
        fragment B on GraphStats { ...A }`;
      expect(check(query, { limits: { maxAliases: 3 } })).toBe(
        'at most 3 aliases are allowed; this operation has 4',
      );
    });
  });

  describe('root fields', () => {
    const roots = (n: number): string =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: stats { entities }`).join(' ')} }`;

    it.each([
      [10, null],
      [11, 'at most 10 root fields are allowed; this operation has 11'],
    ])('with %i root fields the answer is %s', (count, answer) => {
      expect(check(roots(count))).toBe(answer);
    });

    it('counts root fields inside fragments and inline fragments', () => {
      const query = `{ stats { entities } ...Two ... on Query { c: stats { sources } } }
        fragment Two on Query { a: stats { entities } b: sources { id } }`;
      expect(check(query, { limits: { maxRootFields: 3 } })).toBe(
        'at most 3 root fields are allowed; this operation has 4',
      );
    });

    it('allows one field in a mutation, and refuses two however they are written', () => {
      const field = (alias: string) =>
        `${alias}: reviewChange(id: "change:x", decision: ACCEPT) { id }`;
      expect(check(`mutation { ${field('a')} }`)).toBeNull();
      expect(check(`mutation { ${field('a')} ... on Mutation { ${field('b')} } }`)).toMatch(
        /^a mutation operation may hold one field: .* this operation has 2$/,
      );
      // A query may still ask for several root fields.
      expect(check('{ a: stats { entities } b: stats { sources } }')).toBeNull();
    });

    it('refuses 2^40 root fields from fragment fan-out without expanding them one by one', () => {
      const query = `{ ...F0 }\n${fanOut(40, 'Query', '__typename')}`;
      const started = Date.now();
      expect(check(query)).toMatch(/^at most 500 selections .* this operation has more$/);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  describe('directives', () => {
    const directed = (n: number): string =>
      `{ stats { ${Array.from({ length: n }, (_, i) => `d${i}: entities @include(if: true)`).join(' ')} } }`;

    it.each([
      [20, null],
      [21, 'at most 20 directives are allowed; this operation has 21'],
    ])('with %i directives the answer is %s', (count, answer) => {
      expect(check(directed(count), { limits: { maxAliases: 100 } })).toBe(answer);
    });

    it('counts directives on fragment spreads, inline fragments and inside fragments', () => {
      const query = `{ stats { ...F @skip(if: false) ... @include(if: true) { sources } } }
        fragment F on GraphStats { entities @include(if: true) }`;
      expect(check(query, { limits: { maxDirectives: 2 } })).toBe(
        'at most 2 directives are allowed; this operation has 3',
      );
    });
  });

  describe('cost', () => {
    // enterprises 1 + nodes n + id n + partners n + (id under partners) n·p
    const costs: [first: number, partners: number, cost: number][] = [
      [5, 3, 1 + 5 + 5 + 5 + 15],
      [4, 3, 1 + 4 + 4 + 4 + 12],
      [100, 100, 1 + 100 + 100 + 100 + 10_000],
    ];
    it.each(costs)(
      'multiplies by first: enterprises(first: %i) with partners(first: %i) costs %i',
      (first, partners, cost) => {
        const query = `{ enterprises(first: ${first}) { nodes { id partners(first: ${partners}) { id } } } }`;
        expect(check(query, { limits: { maxCost: cost } })).toBeNull();
        expect(check(query, { limits: { maxCost: cost - 1 } })).toBe(
          `the operation's estimated cost is ${cost}, above the limit of ${cost - 1}; ask for smaller pages (first) or fewer hops (maxHops)`,
        );
      },
    );

    it("uses the schema's default first when none is given (enterprises 20, partners 20)", () => {
      const query = '{ enterprises { nodes { partners { id } } } }';
      // 1 + 20 (nodes) + 20 (partners) + 400 (id)
      expect(check(query, { limits: { maxCost: 440 } })).toMatch(/estimated cost is 441,/);
    });

    it('reads first from a variable, and from the variable default when none is sent', () => {
      const query = 'query List($n: Int = 60) { enterprises(first: $n) { nodes { id } } }';
      // 1 + 60 (nodes) + 60 (id)
      expect(check(query, { limits: { maxCost: 120 } })).toMatch(/estimated cost is 121,/);
      expect(check(query, { variables: { n: 10 } })).toBeNull();
      expect(check(query, { variables: { n: 10 }, limits: { maxCost: 20 } })).toMatch(
        /estimated cost is 21,/,
      );
    });

    it.each([
      ['maxHops: 6 given', '(from: "a", to: "b", maxHops: 6, first: 2)', 1 + 640 + 2],
      ['maxHops defaulting to 4, first to 5', '(from: "a", to: "b")', 1 + 160 + 5],
    ])('charges path searches by hops: %s', (_what, args, cost) => {
      const query = `{ collaborationPaths${args} { length } }`;
      expect(check(query, { limits: { maxCost: cost - 1 } })).toMatch(
        new RegExp(`estimated cost is ${cost},`),
      );
      expect(check(query, { limits: { maxCost: cost } })).toBeNull();
    });

    it('charges a neighbourhood by its depth', () => {
      // 1 + 10·2^3 (depth 3) + truncated 1
      expect(
        check('{ neighborhood(id: "a", depth: 3) { truncated } }', { limits: { maxCost: 81 } }),
      ).toMatch(/estimated cost is 82,/);
    });

    it('counts a fragment as if its fields were written out, once per spread', () => {
      const inline = '{ enterprises(first: 7) { nodes { id name } } }';
      const spread =
        '{ enterprises(first: 7) { nodes { ...Id ...Name } } } fragment Id on Enterprise { id } fragment Name on Enterprise { name }';
      const twice =
        '{ enterprises(first: 7) { nodes { ...Both ...Both } } } fragment Both on Enterprise { id name }';
      const cases: [query: string, cost: number][] = [
        [inline, 1 + 7 + 7 + 7],
        [spread, 1 + 7 + 7 + 7],
        [twice, 1 + 7 + 2 * (7 + 7)],
      ];
      for (const [query, cost] of cases) {
        expect(check(query, { limits: { maxCost: cost } })).toBeNull();
        expect(check(query, { limits: { maxCost: cost - 1 } })).toMatch(
          new RegExp(`estimated cost is ${cost},`),
        );
      }
    });

    it('does not let first: 0 hide a fragment fan-out below it', () => {
      const query = `{ enterprises(first: 0) { nodes { ...F0 } } }\n${fanOut(40, 'Enterprise', 'id')}`;
      const started = Date.now();
      expect(check(query)).toMatch(/^at most 500 selections/);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  describe('fragment cycles', () => {
    it('terminates on a fragment that spreads itself at the root', () => {
      const query = '{ ...Q } fragment Q on Query { stats { entities } ...Q }';
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([
        'Cannot spread fragment "Q" within itself.',
      ]);
      expect(exceedsUnchecked(query, {})).toBeNull();
    });

    it('terminates on two fragments that spread each other through fields', () => {
      const query = `{ entity(id: "x") { ...A } }
        fragment A on Entity { relationships(first: 2) { from { ...B } } }
        fragment B on Entity { relationships(first: 2) { to { ...A } } }`;
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([
        'Cannot spread fragment "A" within itself via "B".',
      ]);
      // entity 1, relationships 1, from 2, relationships 2, to 4; A is not entered again.
      expect(exceedsUnchecked(query, { limits: { maxCost: 9 } })).toMatch(/estimated cost is 10,/);
    });
  });

  describe('ordinary operations', () => {
    const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) =>
      f.endsWith('.graphql'),
    );

    it('has the example operations to check', () => {
      expect(examples).toContain('dashboard-counts.graphql');
      expect(examples).toContain('enterprise-list.graphql');
    });

    it.each(examples)('accepts examples/%s under the default limits', (file) => {
      const query = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
      expect(check(query)).toBeNull();
    });

    it('accepts a dashboard query with several aliased lists and counts', () => {
      const query = `query Dashboard {
        stats { entities relationships indicators sources }
        byKind: counts(by: KIND) { key label count }
        byIndustry: counts(by: INDUSTRY, kinds: [ENTERPRISE], first: 10) { key label count }
        top: enterprises(first: 10, orderBy: CONNECTIONS_DESC) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { id name nameEn industries { name } partners(first: 5) { id name } }
        }
        universities(first: 10) { nodes { id name experts { name } } }
      }`;
      expect(check(query)).toBeNull();
    });
  });
});

describe('the shape of a document, before validation', () => {
  const shapeOf = (query: string, limits: Partial<Limits> = {}): string | null =>
    structureExceeds(parse(query), { ...LIMITS, ...limits });

  it('accepts an ordinary operation', () => {
    expect(
      shapeOf(`query Q($n: Int) { stats { entities } a: search(query: "x", first: $n) { id ...N }
        enterprises { nodes { ... on Enterprise { partners { id } } } } }
        fragment N on Entity { name }`),
    ).toBeNull();
  });

  it.each([
    [10, null],
    [11, 'at most 10 levels of nesting are allowed; this operation has 11'],
    [400, 'at most 10 levels of nesting are allowed; this operation has at least 12'],
  ])('at depth %i answers %s', (depth, answer) => {
    expect(shapeOf(ofDepth(depth))).toBe(answer);
  });

  it('counts selections with fragments expanded, and stops counting past the limit', () => {
    expect(shapeOf(`{ stats { ${'entities '.repeat(499)} } }`)).toBeNull();
    expect(shapeOf(`{ stats { ${'entities '.repeat(500)} } }`)).toMatch(
      /^at most 500 selections .* this operation has more$/,
    );
    const started = performance.now();
    expect(shapeOf(`{ stats { ...F0 } }\n${fanOut(60, 'GraphStats', 'entities')}`)).toMatch(
      /^at most 500 selections/,
    );
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('counts root fields, aliases and directives, also inside fragments', () => {
    expect(
      shapeOf('{ ...R } fragment R on Query { a: stats { entities } b: sources { id } }', {
        maxRootFields: 1,
      }),
    ).toBe('at most 1 root fields are allowed; this operation has 2');
    expect(
      shapeOf('{ stats { ...A ...A } } fragment A on GraphStats { x: entities }', {
        maxAliases: 1,
      }),
    ).toBe('at most 1 aliases are allowed; this operation has 2');
    expect(
      shapeOf(
        'query Q($a: Boolean = true @deprecated) @skip(if: false) { stats { entities @include(if: true) } }',
        { maxDirectives: 2 },
      ),
    ).toBe('at most 2 directives are allowed; this operation has 3');
  });

  it('checks every operation of a document, and ends on fragment cycles', () => {
    expect(
      shapeOf(`query A { stats { entities } } query B { ${'s: stats { entities } '.repeat(11)} }`),
    ).toMatch(/root fields/);
    expect(shapeOf('{ ...Q } fragment Q on Query { stats { entities } ...Q }')).toBeNull();
  });
});

describe('argument ranges, checked before the cost', () => {
  const PATHS = (hops: string): string =>
    `query${hops === '$h' ? '($h: Int)' : ''} { collaborationPaths(from: "a", to: "b", maxHops: ${hops}) { length } }`;

  it.each([
    ['maxHops: 7', PATHS('7'), {}, 7],
    ['maxHops: 99, which would cost ten million', PATHS('99'), {}, 99],
    ['maxHops: $h with h = 99', PATHS('$h'), { h: 99 }, 99],
  ])('%s names the range 1..6, not the cost', (_what, query, variables, got) => {
    expect(check(query, { variables })).toBe(`maxHops must be an integer from 1 to 6; got ${got}.`);
  });

  it('names the range of first for first: 100000, literal or variable', () => {
    expect(check('{ enterprises(first: 100000) { nodes { id } } }')).toBe(
      'first must be an integer from 1 to 100; got 100000.',
    );
    expect(check('query($n: Int = 100000) { enterprises(first: $n) { nodes { id } } }')).toBe(
      'first must be an integer from 1 to 100; got 100000.',
    );
  });

  it('checks every field, even after the cost is exceeded, and input object fields too', () => {
    const query = `{ a: enterprises(first: 100) { nodes { partners(first: 200) { id } } }
      b: events(filter: { year: 3000 }) { nodes { id } } }`;
    expect(check(query)).toBe('filter.year must be an integer from 1900 to 2100; got 3000.');
  });

  it('bounds lists and strings by @maxSize', () => {
    const avoid = JSON.stringify(Array.from({ length: 101 }, (_, i) => `x:${i}`));
    expect(check(`{ collaborationPaths(from: "a", to: "b", avoid: ${avoid}) { length } }`)).toBe(
      'avoid may list at most 100 values.',
    );
    expect(check(`{ search(query: "${'慈'.repeat(101)}") { id } }`)).toBe(
      'query must be at most 100 characters.',
    );
  });

  it('refuses null for an argument that has a default', () => {
    expect(check(PATHS('null'))).toBe('maxHops must be an integer from 1 to 6; got null.');
    expect(check('{ collaborationPaths(from: "a", to: "b", categories: null) { length } }')).toBe(
      'categories must not be null; leave it out to get its default.',
    );
  });
});

describe('the size of what a list returns (@listSize)', () => {
  it("prices a neighbourhood's nodes and relationships by its maxNodes", () => {
    const query =
      '{ neighborhood(id: "a", maxNodes: 500) { nodes { id name } relationships { id } } }';
    // 1 + 10·2^1 (depth 1) + nodes 1 + 500·2 + relationships 1 + 500
    expect(check(query, { limits: { maxCost: 1522 } })).toMatch(/estimated cost is 1523,/);
    expect(check(query, { limits: { maxCost: 1523 } })).toBeNull();
  });

  it('refuses three aliased depth-3 neighbourhoods with nested relationship lists', () => {
    const hood = (alias: string) =>
      `${alias}: neighborhood(id: "a", depth: 3) { nodes { relationships { from { name } to { name } } } }`;
    expect(check(`{ ${hood('a')} ${hood('b')} ${hood('c')} }`)).toMatch(
      /^the operation's estimated cost is \d+, above the limit of 50000/,
    );
  });

  it("prices a mutation's answer by the 100 operations a change may hold", () => {
    const query =
      'mutation { reviewChange(id: "change:x", decision: ACCEPT) { status operations { kind target record } } }';
    // reviewChange 1 + status 1 + operations 1 + 100·3
    expect(check(query, { limits: { maxCost: 302 } })).toMatch(/estimated cost is 303,/);
    expect(check(query, { limits: { maxCost: 303 } })).toBeNull();
  });

  it("prices a path's nodes by their assumed size, once per path", () => {
    // 1 + 160 (maxHops 4) + nodes 5 + name 5·7
    expect(
      check('{ collaborationPaths(from: "a", to: "b") { nodes { name } } }', {
        limits: { maxCost: 200 },
      }),
    ).toMatch(/estimated cost is 201,/);
  });
});
