import { describe, expect, it } from 'vitest';
import type { Entity, Relationship } from '../../src/data/records.ts';
import type { RelationshipStatus, RelationshipType } from '../../src/data/vocabulary.ts';
import { explain } from '../../src/data/explain.ts';

const entity = (id: string, name: string, nameEn: string | null): Entity => ({
  id,
  kind: 'TALENT',
  name,
  nameEn,
  aliases: [],
  aliasSources: [],
  aliasReasons: [],
  description: null,
  descriptionZh: null,
  year: null,
  provenance: [],
  version: 0,
  changedBy: null,
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
  status: RelationshipStatus = 'ACTUAL',
): Relationship => ({
  id: `${from.id}|${type}|${to.id}`,
  type,
  status,
  from,
  to,
  since: null,
  role,
  roleEn,
  program: null,
  provenance: [],
  changedBy: null,
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

  it('words a link that is not in place for its status, in the words of its type where it has them', () => {
    const cixi = { ...entity('region:cixi', '慈溪', 'Cixi'), kind: 'REGION' as const };
    const alliance = entity('platform:ip-alliance', '制造业集群知识产权联盟', 'IP Alliance');
    const planned = link('BUILDS', cixi, alliance, '谋划建设', 'plans to set it up', 'PLANNED');
    expect(explain([planned], 'zh')).toBe('慈溪 计划建设 制造业集群知识产权联盟（谋划建设）。');
    expect(explain([planned], 'en')).toBe('Cixi plans to build IP Alliance (plans to set it up).');
    const voucher = entity('program:innovation-voucher', '科技创新券', 'Innovation vouchers');
    expect(explain([link('LAUNCHED', cixi, voucher, null, null, 'PROMOTED')], 'en')).toBe(
      'Cixi promotes Innovation vouchers.',
    );
    const lab = entity('platform:shared-lab', '共享实验室', 'Shared laboratories');
    expect(explain([link('BUILDS', cixi, lab, null, null, 'EXPLORING')], 'zh')).toBe(
      '慈溪 探索建立 共享实验室。',
    );
  });

  it('tags the status before the role when the type has no words of its own for it', () => {
    const part = link('PART_OF', spine, guangci, '试点', 'pilot', 'EXPLORING');
    expect(explain([part], 'zh')).toBe(
      '生物性脊柱椎间融合产品 隶属于 浙江广慈医疗（探索中；试点）。',
    );
    expect(explain([part], 'en')).toBe(
      '生物性脊柱椎间融合产品 is part of Zhejiang Guangci Medical (being explored; pilot).',
    );
    expect(explain([link('WORKS_AT', xie, guangci, null, null, 'PLANNED')], 'en')).toBe(
      'Xie Fuyu works at Zhejiang Guangci Medical (planned).',
    );
  });
});
