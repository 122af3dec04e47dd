import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.ts';
import { postGraphQL } from '../helpers/graphqlFetch.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

describe('health endpoints', () => {
  it('/health answers 200 while the process is up', async () => {
    const res = await fetch(`${api.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers 200 when Neo4j answers', async () => {
    const res = await fetch(`${api.origin}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('serves { __typename } and sends the request id header', async () => {
    const res = await postGraphQL(api.url, { query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
