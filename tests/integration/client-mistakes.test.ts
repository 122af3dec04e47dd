// Mistakes a client makes are answered as such: a coded 4xx or a coded error, never a masked
// internal error, and never written to the error log (which is for the server's own faults).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { rawRequest } from '../helpers/rawHttp.ts';

let api: TestApi;
let small: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  small = await startTestApi({ MAX_RESPONSE_BYTES: '65536' });
});
afterAll(async () => Promise.all([api?.close(), small?.close()]));

const QUERY = '{ stats { entities } }';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function post(body: unknown): Promise<{
  status: number;
  body: { errors?: { message: string; extensions?: { code?: string } }[] };
}> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as never };
}

const errorLines = (): unknown[] => api.log.events.filter((e) => e.level === 'error');

describe('persisted queries', () => {
  it.each([
    [
      'version 2',
      { query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } },
      'PERSISTED_QUERY_NOT_SUPPORTED',
      'Only version 1 of automatic persisted queries is supported; send the full query.',
    ],
    [
      'a hash of another query',
      { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('x') } } },
      'BAD_REQUEST',
      'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.',
    ],
    [
      'no hash',
      { query: QUERY, extensions: { persistedQuery: { version: 1 } } },
      'BAD_REQUEST',
      'extensions.persistedQuery.sha256Hash must be the SHA-256 of the query, as 64 hexadecimal digits.',
    ],
    [
      'a hash that is not hexadecimal',
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'not-a-hash' } } },
      'BAD_REQUEST',
      'extensions.persistedQuery.sha256Hash must be the SHA-256 of the query, as 64 hexadecimal digits.',
    ],
  ])('%s: 400 with its code, nothing in the error log', async (_what, body, code, message) => {
    const before = errorLines().length;
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message, extensions: { code } }]);
    expect(errorLines().length).toBe(before);
  });

  it('still serves a registered persisted query by its hash', async () => {
    const persisted = { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } };
    expect((await post({ query: QUERY, extensions: persisted })).status).toBe(200);
    const again = await post({ extensions: persisted });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ data: { stats: { entities: expect.any(Number) } } });
  });
});

describe('requests that are not what they should be', () => {
  it('a request target that is not a URL path: 400 BAD_REQUEST, nothing in the error log', async () => {
    const before = errorLines().length;
    const res = await rawRequest(api.url, { method: 'GET', path: 'http://[' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString('utf8'))).toEqual({
      errors: [
        {
          message: 'The request target is not a valid path; the API is at /graphql.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    expect(errorLines().length).toBe(before);
  });

  it('an id of 90 kB is echoed cut short', async () => {
    const id = `enterprise:${'x'.repeat(90_000)}`;
    const res = await api.query(`query($id: ID!) { neighborhood(id: $id) { truncated } }`, { id });
    const message = res.errors?.[0]?.message ?? '';
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(message).toBe(
      `No entity has the id "enterprise:${'x'.repeat(49)}…"; search finds ids by name.`,
    );
  });
});

describe('the size of an answer', () => {
  it('refuses one over MAX_RESPONSE_BYTES with a coded error that says how to ask for less', async () => {
    const res = await small.query(
      '{ neighborhood(id: "region:cixi", depth: 3, maxNodes: 500) { nodes { id name nameEn description descriptionZh } relationships { id type role from { name description } to { name description } } } }',
    );
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(
      /^The answer would be \d+ bytes, more than the 65536 allowed \(MAX_RESPONSE_BYTES\); ask for less/,
    );
    // Within the bound, the same API answers.
    const fits = await small.query('{ neighborhood(id: "region:cixi") { nodes { id } } }');
    expect(fits.errors).toBeUndefined();
  });
});
