// The start-up warm-up has Neo4j plan the statements a first visitor would otherwise wait for:
// every link field's and every list's next page, besides the paths, neighbourhoods and lists it
// asks through GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { LINK_FIELDS } from '../../src/data/linkFields.ts';
import { linkPattern } from '../../src/data/links.ts';
import { createGraphQL, type GraphQLService } from '../../src/graphql/server.ts';
import { Graph } from '../../src/neo4j/graph.ts';
import { captureLog, testDriver } from '../helpers/api.ts';

const sent: string[] = [];
let service: GraphQLService;
const driver = testDriver();
beforeAll(async () => {
  service = await createGraphQL({ config: loadConfig({ NODE_ENV: 'test' }), log: captureLog() });
});
afterAll(async () => {
  await service.stop();
  await driver.close();
});

describe('warm-up', () => {
  it('plans each link field, each list’s next page, paths and neighbourhoods', async () => {
    const graph = new Graph(driver, 'neo4j', {
      timeoutMs: 60_000,
      onStatement: (cypher) => sent.push(cypher),
    });
    // 24 GraphQL operations, 36 link fields with full and with brief records, 11 next pages and
    // 11 first pages with brief records
    expect(await service.warmUp(graph)).toBe(24 + 72 + 22);
    for (const spec of Object.values(LINK_FIELDS)) {
      const linked = sent.filter((s) => s.includes(linkPattern(spec)));
      expect(linked.filter((s) => s.includes('description: m.description'))).not.toEqual([]);
      expect(linked.filter((s) => !s.includes('description: m.description'))).not.toEqual([]);
    }
    const nextPages = sent.filter((s) => s.includes('$after.key'));
    expect(nextPages).toHaveLength(11);
    expect(nextPages.filter((s) => s.includes('MATCH (n:Enterprise)'))).toHaveLength(1);
    expect(sent.filter((s) => s.includes('RETURN count(n) AS total'))).toHaveLength(11);
    const briefPages = sent.filter(
      (s) => s.includes('LIMIT $limit') && !s.includes('description: n.description'),
    );
    expect(briefPages).toHaveLength(11);
  });
});
