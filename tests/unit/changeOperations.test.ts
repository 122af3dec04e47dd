// The pure parts of the indicator, alias and merge operations and of curator knowledge: the
// loader accepting a fact the curators vouch for, the refusals made before any database is
// asked, and an entity node read back as the loader's record and merged.
import { describe, expect, it } from 'vitest';
import { validateSeed } from '../../seed/validate.ts';
import { storedEntity } from '../../seed/stored.ts';
import { seedEntityOf } from '../../src/data/aliasOperations.ts';
import { keptRecord } from '../../src/data/mergeRecord.ts';
import type { MergeImage } from '../../src/data/operationKinds.ts';
import { operationsOf } from '../../src/graphql/resolvers/operationInputs.ts';
import type { OperationInput } from '../../src/generated/graphql.ts';

const refusal = (inputs: OperationInput[]): string => {
  try {
    operationsOf(inputs);
  } catch (error) {
    return `${(error as { extensions?: { code?: string } }).extensions?.code}: ${(error as Error).message}`;
  }
  throw new Error('operationsOf accepted the operations');
};

describe('curator knowledge in the loader', () => {
  it('accepts empty sources with knowledge, for each section, and keeps the reason', () => {
    const data = validateSeed([
      {
        path: 'k.json',
        text: JSON.stringify({
          entities: [
            {
              id: 'enterprise:k',
              kind: 'ENTERPRISE',
              name: '甲',
              sources: [],
              knowledge: 'a letter',
            },
          ],
          relationships: [
            {
              type: 'COOPERATES_WITH',
              status: 'ACTUAL',
              from: 'enterprise:k',
              to: 'university:wust',
              knowledge: 'a plaque',
            },
          ],
          indicators: [
            {
              id: 'indicator:k',
              name: '甲',
              value: 1,
              unit: 'labs',
              display: '1家',
              qualifier: 'EXACT',
              status: 'ACTUAL',
              topic: 't',
              scope: ['enterprise:k'],
              sources: [],
              knowledge: 'the bureau said so',
            },
          ],
        }),
      },
    ]);
    expect(data.entities[0]).toMatchObject({ sources: [], knowledge: 'a letter' });
    expect(data.relationships[0]).toMatchObject({ sources: [], knowledge: 'a plaque' });
    expect(data.indicators[0]).toMatchObject({ sources: [], knowledge: 'the bureau said so' });
    expect(storedEntity(data.entities[0]!).knowledge).toBe('a letter');
  });
});

describe('operationsOf refuses before the database', () => {
  const merge = { keep: 'enterprise:a', keepVersion: 0, merge: 'enterprise:a', mergeVersion: 0 };
  it.each<[string, OperationInput[], string]>([
    [
      'two fields in one operation',
      [{ merge, alias: { entity: 'enterprise:a', version: 0, alias: { name: 'x', reason: 'y' } } }],
      'BAD_USER_INPUT: operations[0] must give exactly one of entity, relationship, retract, indicator, alias or merge.',
    ],
    [
      'a merge of an entity with itself',
      [{ merge }],
      'BAD_USER_INPUT: operations[0].merge.merge must differ from merge.keep: an entity cannot be merged into itself.',
    ],
    [
      'an alias with both origins',
      [
        {
          alias: {
            entity: 'enterprise:a',
            version: 0,
            alias: { name: 'x', reason: 'y', source: { source: 'source:s', paragraph: 1 } },
          },
        },
      ],
      'BAD_USER_INPUT: operations[0].alias must give exactly one of source',
    ],
    [
      'an alias with a blank name',
      [{ alias: { entity: 'enterprise:a', version: 0, alias: { name: '  ', reason: 'y' } } }],
      'BAD_USER_INPUT: operations[0].alias.name must be a non-empty text.',
    ],
    [
      'a merge of an entity another operation writes',
      [
        { retract: { type: 'COOPERATES_WITH', from: 'enterprise:b', to: 'university:wust' } },
        { merge: { ...merge, merge: 'enterprise:b' } },
      ],
      'BAD_USER_INPUT: operations[1].merge: "enterprise:b" is written by another operation',
    ],
  ])('%s', (_what, inputs, message) => {
    expect(refusal(inputs)).toContain(message);
  });

  it('gives a trimmed alias in the loader format', () => {
    expect(
      operationsOf([
        {
          alias: {
            entity: 'enterprise:a',
            version: 3,
            alias: { name: ' 甲乙 ', reason: ' ours ' },
          },
        },
      ]),
    ).toEqual([
      {
        kind: 'ALIAS',
        record: { entity: 'enterprise:a', version: 3, alias: { name: '甲乙', reason: 'ours' } },
      },
    ]);
  });
});

describe('a merged entity', () => {
  const node = (id: string, name: string, extra: Record<string, unknown>) =>
    storedEntity({
      id,
      kind: 'ENTERPRISE',
      name,
      nameEn: null,
      aliases: [],
      description: null,
      descriptionZh: null,
      year: null,
      sources: [{ source: 'source:s', paragraph: 1 }],
      ...extra,
    });

  it('reads an entity node back as the loader record it was written from', () => {
    const record = {
      id: 'enterprise:a',
      kind: 'ENTERPRISE' as const,
      name: '甲',
      nameEn: 'A',
      aliases: [
        { name: '甲司', source: { source: 'source:s', paragraph: 2 }, reason: null },
        { name: 'A Co', source: null, reason: 'its English name' },
      ],
      description: 'd',
      descriptionZh: null,
      year: 2001,
      sources: [{ source: 'source:s', paragraph: 1 }],
    };
    expect(seedEntityOf(storedEntity(record))).toEqual(record);
  });

  it("takes the merged one's names as aliases, once each, and its citations", () => {
    const image = {
      index: 0,
      merged: { keep: 'enterprise:a', keepVersion: 0, merge: 'enterprise:b', mergeVersion: 0 },
      keepProps: node('enterprise:a', '甲', {
        aliases: [{ name: '乙', source: null, reason: 'r' }],
      }),
      mergeProps: node('enterprise:b', '乙', {
        nameEn: 'B',
        year: 1999,
        sources: [
          { source: 'source:s', paragraph: 1 },
          { source: 'source:s', paragraph: 5 },
        ],
      }),
      links: [],
      about: [],
      redirected: [],
    } satisfies MergeImage;
    const row = keptRecord(image, 'change:1');
    expect(row.aliases).toEqual(['乙', 'B']);
    expect(row.aliasReasons).toEqual([
      'r',
      'a name of enterprise:b, merged into enterprise:a by change:1',
    ]);
    expect(row.provenance).toEqual(['source:s#1', 'source:s#5']);
    expect(row.name).toBe('甲');
    expect(String(row.year)).toBe('1999');
  });
});
