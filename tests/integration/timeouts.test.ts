// A statement that runs past its transaction timeout answers a coded TIMEOUT error quickly,
// instead of holding the request.
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Graph } from '../../src/neo4j/graph.ts';
import { testDriver } from '../helpers/api.ts';

const driver = testDriver();
afterAll(async () => driver.close());

describe('transaction timeouts', () => {
  it('maps a statement cut by its timeout to TIMEOUT within the bound', async () => {
    const graph = new Graph(driver, 'neo4j', { timeoutMs: 200 });
    const started = performance.now();
    const error = await graph
      .read('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('TIMEOUT');
    expect((error as GraphQLError).message).toContain('took longer than the time allowed');
    expect(elapsed).toBeLessThan(3_000);
  });

  it('maps an aborted request (deadline or client gone) to TIMEOUT', async () => {
    const controller = new AbortController();
    const graph = new Graph(driver, 'neo4j', { timeoutMs: 30_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    const started = performance.now();
    const error = await graph
      .read('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')
      .catch((e: unknown) => e);
    expect((error as GraphQLError).extensions?.code).toBe('TIMEOUT');
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
