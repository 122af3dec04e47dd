// Everything a database holds as sorted lines, every value with its exact type (an integer and a
// float of the same size differ, a datetime keeps its nanoseconds, offset and zone), each
// relationship naming its ends by their content: two databases give the same lines exactly when
// they hold the same graph, whatever Neo4j's internal ids. Written apart from the backup's own
// encoding, so the round trip test does not check the backup against itself.
import { createHash } from 'node:crypto';
import neo4j, { isInt } from 'neo4j-driver';
import { createDriver } from '../../src/neo4j/graph.ts';

function canon(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return `float:${Object.is(value, -0) ? '-0' : String(value)}`;
  if (isInt(value)) return `int:${value.toString()}`;
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`;
  if (value instanceof Int8Array) return `bytes:${Buffer.from(value).toString('hex')}`;
  if (neo4j.isDateTime(value as never)) {
    const d = value as neo4j.DateTime;
    return `DateTime:${d.toString()}|${String(d.timeZoneOffsetSeconds)}|${String(d.timeZoneId)}`;
  }
  const type = (value as object).constructor.name;
  return `${type}:${String(value)}`;
}

const props = (p: Record<string, unknown>): string =>
  `{${Object.keys(p)
    .sort()
    .map((k) => `${k}=${canon(p[k])}`)
    .join(',')}}`;

export interface CanonicalGraph {
  nodes: string[];
  relationships: string[];
}

export async function canonicalGraph(uri: string): Promise<CanonicalGraph> {
  const driver = createDriver(
    { uri, username: 'neo4j', password: '', database: 'neo4j' },
    { exactIntegers: true },
  );
  try {
    const { records: nodeRecords } = await driver.executeQuery(
      'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    );
    const lines = new Map<string, string>();
    for (const r of nodeRecords) {
      const labels = [...(r.get('labels') as string[])].sort().join(':');
      lines.set(
        r.get('id') as string,
        `${labels} ${props(r.get('props') as Record<string, unknown>)}`,
      );
    }
    const ref = (id: string): string =>
      createHash('sha256')
        .update(lines.get(id) ?? '?')
        .digest('hex')
        .slice(0, 20);
    const { records: relationshipRecords } = await driver.executeQuery(
      'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props',
    );
    const relationships = relationshipRecords.map(
      (r) =>
        `${ref(r.get('a') as string)} -[${r.get('type') as string} ${props(r.get('props') as Record<string, unknown>)}]-> ${ref(r.get('b') as string)}`,
    );
    return { nodes: [...lines.values()].sort(), relationships: relationships.sort() };
  } finally {
    await driver.close();
  }
}
