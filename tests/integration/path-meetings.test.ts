// Where a path search meets is chosen at run time from the ends' reach (src/data/paths.ts), so
// on the small curated graph most meeting points are never chosen. Each one is run here by
// itself and must find exactly the simple paths a plain variable-length match finds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int } from '../../src/neo4j/graph.ts';
import { pathsOfLength } from '../../src/data/paths.ts';
import { typeExpression, typeFilter, withStatuses } from '../../src/data/cypher.ts';
import {
  ENTITY_KINDS,
  HUB_KINDS,
  PATH_CATEGORIES,
  typesOfCategories,
  type RelationshipType,
} from '../../src/data/vocabulary.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ QUERY_TIMEOUT_MS: '30000' });
});
afterAll(async () => api.close());

const THROUGH = ENTITY_KINDS.filter((k) => !HUB_KINDS.includes(k));
const DEFAULT_TYPES = typesOfCategories(PATH_CATEGORIES);

interface Case {
  types: RelationshipType[];
  avoid: string[];
  statuses: string[] | null;
}

const ids = 'RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS rels';
const sorted = (rows: { ids: string[]; rels: string[] }[]): string[] =>
  rows.map((r) => `${r.ids.join('>')} ${r.rels.join(',')}`).sort();

async function meetings(from: string, to: string, length: number, c: Case): Promise<string[][]> {
  const f = withStatuses(typeFilter(c.types), c.statuses !== null);
  const search = pathsOfLength(length, f, c.avoid.length > 0);
  const params = {
    from,
    to,
    types: c.types,
    through: THROUGH,
    avoid: c.avoid,
    statuses: c.statuses,
  };
  const answers: string[][] = [];
  for (let meet = 0; meet <= length; meet++) {
    const rows = await api.graph.read<{ ids: string[]; rels: string[] }>(
      `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
       WITH a, b, $meet AS meet
       CALL (a, b, meet) {
       ${search}
         RETURN p
       }
       ${ids}`,
      { ...params, meet: int(meet) },
    );
    answers.push(sorted(rows));
  }
  return answers;
}

/** Simple paths of exactly `length` hops by the same rules, without any meeting. */
async function reference(from: string, to: string, length: number, c: Case): Promise<string[]> {
  const rows = await api.graph.read<{ ids: string[]; rels: string[] }>(
    `MATCH p = (a:Entity {id: $from})-[rs:${typeExpression(c.types)}*${length}]-(b:Entity {id: $to})
     WHERE all(x IN nodes(p)[1..-1] WHERE x.kind IN $through AND NOT x.id IN $avoid AND x <> a AND x <> b)
       AND all(i IN range(1, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..-1])
       AND ($statuses IS NULL OR all(r IN rs WHERE r.status IN $statuses))
     ${ids}`,
    { from, to, through: THROUGH, avoid: c.avoid, statuses: c.statuses },
  );
  return sorted(rows);
}

describe('every meeting point of a path search', () => {
  const everyStatus = ['ACTUAL', 'PLANNED', 'PROMOTED', 'EXPLORING'];
  // Paths of 1, 2, 3 and 4 hops, so every length compares something; the second kind of case
  // filters types by parameter (no label), statuses and an avoided entity.
  const cases: [string, string, string, Case, number[]][] = [
    [
      'university:wust',
      'enterprise:ruitang',
      'the default types',
      { types: DEFAULT_TYPES, avoid: [], statuses: null },
      [1, 1, 1, 2],
    ],
    [
      'region:cixi',
      'university:wust',
      'the default types, from a hub',
      { types: DEFAULT_TYPES, avoid: [], statuses: null },
      [1, 1, 1, 1],
    ],
    [
      'university:wust',
      'enterprise:ruitang',
      'types, statuses and an avoided entity as parameters',
      {
        types: DEFAULT_TYPES.filter((t) => t !== 'LEADS'),
        avoid: ['talent:li-long'],
        statuses: everyStatus,
      },
      [1, 1, 1, 1],
    ],
  ];
  for (const [from, to, label, c, counts] of cases)
    it(`finds what a plain match finds, ${from} → ${to}, ${label}`, async () => {
      const found: number[] = [];
      for (let length = 1; length <= 4; length++) {
        const expected = await reference(from, to, length, c);
        const answers = await meetings(from, to, length, c);
        expect(answers).toHaveLength(length === 1 ? 2 : length + 1);
        for (const answer of answers) expect(answer).toEqual(expected);
        found.push(expected.length);
      }
      expect(found).toEqual(counts);
    });
});
