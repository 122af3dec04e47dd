// An error no resolver expects reaches the client as a masked INTERNAL_SERVER_ERROR that names
// only its x-request-id; the server log holds it in full under that id.
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../helpers/api.ts';
import { countedApi, graphCounts } from '../helpers/refusalTable.ts';
import { post, send } from '../helpers/sendGraphQL.ts';

const counted = countedApi();

describe('failures inside the server', () => {
  it('masks an unexpected resolver error and logs it in full under the x-request-id', async () => {
    // A Graph pointed at a database that does not exist: every statement fails with a Neo4j
    // error no resolver expects.
    const broken = await startTestApi({ NEO4J_DATABASE: 'nosuchdb' });
    try {
      const started = performance.now();
      const o = await send(
        broken.url,
        post({
          query: '{ stats { entities relationships indicators sources } }',
          operationName: null,
        }),
      );
      const ms = performance.now() - started;
      expect(o.status).toBe(200);
      expect(o.code).toBe('INTERNAL_SERVER_ERROR');
      expect(o.body.data).toBeNull();
      expect(o.message).toBe(
        'Internal server error. The x-request-id response header identifies it in the server log.',
      );
      expect(o.text).not.toMatch(/nosuchdb|neo4j|database|stack|\.ts:/i);
      expect(ms).toBeLessThan(2_000);
      const requestId = o.headers['x-request-id'];
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const logged = broken.log.events.filter((e) => e.requestId === requestId);
      const error = logged.find((e) => e.level === 'error');
      expect(error?.message).toMatch(/nosuchdb/);
      expect(error?.stack).toMatch(/Neo4jError/);
      expect(error?.path).toEqual(['stats']);
      expect(logged.find((e) => e.level === 'info')).toMatchObject({
        status: 200,
        outcome: 'INTERNAL_SERVER_ERROR',
      });
    } finally {
      await broken.close();
    }
    expect(await graphCounts(counted.api)).toEqual(counted.before);
  });
});
