// An operation is run by graphql-js the first time and by its graphql-jit compilation after that
// (src/graphql/execution.ts). Each document here is sent three times, so the three answers come
// from the interpreter, the compiling request and the compiled function; all three must say the
// same specific things: abstract types, fragments, directives on variables, errors with their
// paths and codes, null bubbling, and variables refused before execution.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { postGraphQL, queryGraphQL } from '../helpers/graphqlFetch.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ QUERY_TIMEOUT_MS: '30000', REQUEST_TIMEOUT_MS: '60000' });
});
afterAll(async () => api.close());

/** The same document once per set of variables, in order; the answers, in the same order. */
async function thrice(query: string, variables: Record<string, unknown>[]): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const vars of variables) answers.push(await queryGraphQL(api.url, query, vars));
  return answers;
}

const SHAPES = `query Shapes($id: ID!, $withSources: Boolean!) {
  found: entity(id: $id) {
    __typename
    ...Named
    ... on University { partnerEnterprises(first: 2) { __typename id } }
    sources @include(if: $withSources) { paragraph }
  }
  missing: entity(id: "nobody:here") { id }
}
fragment Named on Entity { id name kind }`;

describe('a repeated operation, interpreted and then compiled', () => {
  it('resolves the Entity interface, fragments and @include on a variable the same each time', async () => {
    const [first, second, third] = await thrice(SHAPES, [
      { id: 'university:wust', withSources: false },
      { id: 'university:wust', withSources: true },
      { id: 'enterprise:ruitang', withSources: false },
    ]);
    const wust = {
      __typename: 'University',
      id: 'university:wust',
      name: '武汉科技大学',
      kind: 'UNIVERSITY',
      partnerEnterprises: expect.arrayContaining([
        { __typename: 'Enterprise', id: expect.stringMatching(/^enterprise:/) },
      ]),
    };
    expect(first).toEqual({ status: 200, data: { found: wust, missing: null } });
    expect(second).toMatchObject({
      status: 200,
      data: {
        found: { ...wust, sources: expect.arrayContaining([{ paragraph: expect.any(Number) }]) },
      },
    });
    expect(third).toEqual({
      status: 200,
      data: {
        found: {
          __typename: 'Enterprise',
          id: 'enterprise:ruitang',
          name: expect.stringContaining('瑞堂'),
          kind: 'ENTERPRISE',
        },
        missing: null,
      },
    });
  });
});

const ERRORS = `query Errors($from: ID!, $to: ID!) {
  ok: entity(id: "university:wust") { name }
  paths: collaborationPaths(from: $from, to: $to, first: 1) { length }
}`;

describe('errors from a repeated operation', () => {
  it('null the whole answer when a non-null root field fails, with its path, location and code', async () => {
    const same = { from: 'university:wust', to: 'university:wust' };
    const answers = await thrice(ERRORS, [same, same, same]);
    const refused = {
      status: 200,
      data: null,
      errors: [
        {
          message: 'from and to must be different entities.',
          locations: [{ line: 3, column: 3 }],
          path: ['paths'],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    };
    expect(answers).toEqual([refused, refused, refused]);
  });

  it('refuses a variable of the wrong type with a 400 before any resolver runs, each time', async () => {
    const answers = await thrice(
      'query Find($first: Int!) { search(query: "慈溪", first: $first) { id } }',
      [{ first: 'ten' }, { first: 'ten' }, { first: 'ten' }, { first: 3 }],
    );
    const refused = {
      status: 400,
      errors: [
        {
          message:
            'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    };
    expect(answers.slice(0, 3)).toEqual([refused, refused, refused]);
    expect(answers[3]).toMatchObject({
      status: 200,
      data: { search: [{ id: 'region:cixi' }, {}, {}] },
    });
  });
});

describe('a document with two operations', () => {
  const TWO = `query Wust { entity(id: "university:wust") { name } }
query Ruitang { entity(id: "enterprise:ruitang") { id } }`;
  const send = async (operationName: string) => {
    const res = await postGraphQL(api.url, { query: TWO, operationName });
    return { status: res.status, ...((await res.json()) as object) };
  };

  it('runs the operation each request names, and refuses a name it lacks, each time', async () => {
    const answers = [];
    for (const name of ['Wust', 'Ruitang', 'Wust', 'Ruitang', 'Wust', 'Ruitang', 'Drop', 'Drop'])
      answers.push(await send(name));
    const wust = { status: 200, data: { entity: { name: '武汉科技大学' } } };
    const ruitang = { status: 200, data: { entity: { id: 'enterprise:ruitang' } } };
    expect(answers.slice(0, 6)).toEqual([wust, ruitang, wust, ruitang, wust, ruitang]);
    for (const refused of answers.slice(6))
      expect(refused).toMatchObject({
        status: 400,
        errors: [
          {
            message: 'Unknown operation named "Drop".',
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
          },
        ],
      });
  });
});
