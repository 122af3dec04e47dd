import { describe, expect, it } from 'vitest';
import type { Entity, Relationship } from '../../src/data/records.ts';
import type { RelationshipType } from '../../src/data/vocabulary.ts';
import { explain } from '../../src/data/explain.ts';

const entity = (id: string, name: string, nameEn: string | null): Entity => ({
  id,
  kind: 'TALENT',
  name,
  nameEn,
  aliases: [],
  description: null,
  descriptionZh: null,
  year: null,
  provenance: [],
});
const xie = entity('talent:xie-fuyu', '谢馥羽', 'Xie Fuyu');
const guangci = entity('enterprise:guangci', '浙江广慈医疗', 'Zhejiang Guangci Medical');
const spine = entity('project:spinal-fusion', '生物性脊柱椎间融合产品', null);

const link = (
  type: RelationshipType,
  from: Entity,
  to: Entity,
  role: string | null = null,
  roleEn: string | null = null,
): Relationship => ({
  id: `${from.id}|${type}|${to.id}`,
  type,
  from,
  to,
  since: null,
  role,
  roleEn,
  program: null,
  provenance: [],
});

describe('explain', () => {
  it('reads each relationship as a clause in its stated direction, in Chinese', () => {
    expect(explain([link('JOINED', xie, guangci), link('DEVELOPS', guangci, spine)], 'zh')).toBe(
      '谢馥羽 加盟 浙江广慈医疗；浙江广慈医疗 研发 生物性脊柱椎间融合产品。',
    );
  });

  it('reads the same path in English, falling back to the Chinese name when there is no English one', () => {
    expect(explain([link('JOINED', xie, guangci), link('DEVELOPS', guangci, spine)], 'en')).toBe(
      'Xie Fuyu joined Zhejiang Guangci Medical; Zhejiang Guangci Medical develops 生物性脊柱椎间融合产品.',
    );
  });

  it('adds the role in the language asked for, and the Chinese role when no English one exists', () => {
    const works = link('WORKS_AT', xie, guangci, '研发负责人', 'head of R&D');
    expect(explain([works], 'zh')).toBe('谢馥羽 任职于 浙江广慈医疗（研发负责人）。');
    expect(explain([works], 'en')).toBe(
      'Xie Fuyu works at Zhejiang Guangci Medical (head of R&D).',
    );
    expect(explain([link('WORKS_AT', xie, guangci, '企二代')], 'en')).toBe(
      'Xie Fuyu works at Zhejiang Guangci Medical (企二代).',
    );
  });
});
