// The loader refuses a seed file with a bad record (a duplicate or unknown id, an unknown kind
// or type, a missing, mistyped, unknown or oversized field, a paragraph its source does not have,
// malformed JSON, a record that redefines what the database holds) with a message naming the
// file, the record and the field, and writes nothing of it.
import { describe, it } from 'vitest';
import { MAX_CHARS, MAX_ITEMS } from '../../seed/limits.ts';
import { curatedRecords, type Json } from '../helpers/curated.ts';
import {
  CURATED_SOURCE,
  cite,
  cooperation,
  enterprise,
  escapeRegExp,
  indicator,
} from '../helpers/seedFiles.ts';
import { expectRefusedAndNothingWritten, type BadCase } from '../helpers/seedRefusals.ts';
import { sharedGraph } from '../helpers/sharedGraph.ts';

const KINDS =
  'ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, PLATFORM, TALENT, PROJECT, PROGRAM, EVENT, INDUSTRY, REGION, AGENCY';

const curated = curatedRecords();
const WUST = curated.entities.find((e) => e.id === 'university:wust') as Json;
const PAIRING = curated.relationships.find(
  (r) => r.from === 'enterprise:ruitang' && r.type === 'PAIRED_WITH' && r.to === 'university:wust',
) as Json;
const TALENT_CITY = curated.sources.find((s) => s.id === CURATED_SOURCE) as Json;
const TOP_COUNTY = curated.indicators.find(
  (i) => i.id === 'indicator:cixi-zhejiang-top-county',
) as Json;
const REPLACE = 'to change it, load with --replace';

const BAD: BadCase[] = [
  {
    name: 'a duplicate id within one file',
    files: () => ({
      'dup.json': {
        entities: [
          enterprise('enterprise:loader-dup'),
          enterprise('enterprise:loader-dup', { name: '重复企业' }),
        ],
      },
    }),
    problems: (p) => [
      `${p['dup.json']}: entities[1] (id "enterprise:loader-dup"): duplicate id "enterprise:loader-dup", first defined at ${p['dup.json']}: entities[0] (id "enterprise:loader-dup")`,
    ],
    defines: ['enterprise:loader-dup'],
  },
  {
    name: 'a duplicate id across two files',
    files: () => ({
      'first.json': { entities: [enterprise('enterprise:loader-twice')] },
      'second.json': {
        entities: [enterprise('enterprise:loader-other'), enterprise('enterprise:loader-twice')],
      },
    }),
    problems: (p) => [
      `${p['second.json']}: entities[1] (id "enterprise:loader-twice"): duplicate id "enterprise:loader-twice", first defined at ${p['first.json']}: entities[0] (id "enterprise:loader-twice")`,
    ],
    defines: ['enterprise:loader-twice', 'enterprise:loader-other'],
  },
  {
    name: 'a relationship pointing at an unknown id',
    files: () => ({
      'rel.json': { relationships: [cooperation('enterprise:ruitang', 'university:nowhere')] },
    }),
    problems: (p) => [
      `${p['rel.json']}: relationships[0] (enterprise:ruitang COOPERATES_WITH university:nowhere): field "to" points at unknown id "university:nowhere"`,
    ],
    defines: [],
  },
  {
    name: 'an unknown kind',
    files: () => ({
      'kind.json': { entities: [enterprise('enterprise:loader-kind', { kind: 'COMPANY' })] },
    }),
    problems: (p) => [
      `${p['kind.json']}: entities[0] (id "enterprise:loader-kind"): field "kind" is "COMPANY", expected one of ${KINDS}`,
    ],
    defines: ['enterprise:loader-kind'],
  },
  {
    name: 'an unknown relationship type',
    files: () => ({
      'type.json': {
        relationships: [
          cooperation('enterprise:ruitang', 'university:wust', { type: 'FRIENDS_WITH' }),
        ],
      },
    }),
    problems: (p) => [
      new RegExp(
        `^${escapeRegExp(p['type.json'])}: relationships\\[0\\] \\(enterprise:ruitang FRIENDS_WITH university:wust\\): field "type" is "FRIENDS_WITH", expected one of PAIRED_WITH, COOPERATES_WITH, .*, SERVES$`,
      ),
    ],
    defines: [],
  },
  {
    name: 'a missing name',
    files: () => ({
      'name.json': { entities: [enterprise('enterprise:loader-nameless', { name: undefined })] },
    }),
    problems: (p) => [
      `${p['name.json']}: entities[0] (id "enterprise:loader-nameless"): field "name" is missing`,
    ],
    defines: ['enterprise:loader-nameless'],
  },
  {
    name: 'an indicator value given as text ("12")',
    files: () => ({
      'value.json': {
        indicators: [indicator('indicator:loader-text-value', ['region:cixi'], { value: '12' })],
      },
    }),
    problems: (p) => [
      `${p['value.json']}: indicators[0] (id "indicator:loader-text-value"): field "value" must be a number, got "12"`,
    ],
    defines: ['indicator:loader-text-value'],
  },
  {
    name: 'malformed JSON',
    files: () => ({
      'broken.json': '{ "entities": [ { "id": "enterprise:loader-broken", } ] }',
    }),
    problems: (p) => [new RegExp(`^${escapeRegExp(p['broken.json'])}: malformed JSON \\(.+\\)$`)],
    defines: ['enterprise:loader-broken'],
  },
  {
    name: "a paragraph beyond the curated source's paragraph count",
    files: (paragraphs) => ({
      'para.json': {
        entities: [enterprise('enterprise:loader-para', { sources: cite(paragraphs + 1) })],
      },
    }),
    problems: (p, paragraphs) => [
      `${p['para.json']}: entities[0] (id "enterprise:loader-para"): field "sources[0].paragraph" is ${paragraphs + 1}, but "${CURATED_SOURCE}" has ${paragraphs} paragraphs`,
    ],
    defines: ['enterprise:loader-para'],
  },
  {
    name: 'a paragraph beyond the paragraph count of a source in the same file',
    files: () => ({
      'own.json': {
        sources: [
          { id: 'source:loader-own', title: '自带', fileName: 'own.txt', paragraphCount: 5 },
        ],
        indicators: [
          indicator('indicator:loader-own', ['region:cixi'], {
            sources: [
              { source: 'source:loader-own', paragraph: 5 },
              { source: 'source:loader-own', paragraph: 6 },
            ],
          }),
        ],
      },
    }),
    problems: (p) => [
      `${p['own.json']}: indicators[0] (id "indicator:loader-own"): field "sources[1].paragraph" is 6, but "source:loader-own" has 5 paragraphs`,
    ],
    defines: ['source:loader-own', 'indicator:loader-own'],
  },
  {
    name: 'an unknown source id',
    files: () => ({
      'source.json': {
        entities: [
          enterprise('enterprise:loader-unsourced', { sources: cite(1, 'source:nowhere') }),
        ],
      },
    }),
    problems: (p) => [
      `${p['source.json']}: entities[0] (id "enterprise:loader-unsourced"): field "sources[0].source" names unknown source "source:nowhere"`,
    ],
    defines: ['enterprise:loader-unsourced'],
  },
  {
    name: 'an unknown field (nameEN, a typo of nameEn)',
    files: () => ({
      'typo.json': {
        entities: [enterprise('enterprise:loader-typo', { nameEn: undefined, nameEN: 'Typo Co.' })],
      },
    }),
    problems: (p) => [
      `${p['typo.json']}: entities[0] (id "enterprise:loader-typo"): unknown field "nameEN"; an entity has the fields id, kind, name, nameEn, aliases, description, descriptionZh, year, sources, knowledge`,
    ],
    defines: ['enterprise:loader-typo'],
  },
  {
    name: 'a 5 MB description',
    files: () => ({
      'long.json': {
        entities: [enterprise('enterprise:loader-long', { description: 'x'.repeat(5_000_000) })],
      },
    }),
    problems: (p) => [
      `${p['long.json']}: entities[0] (id "enterprise:loader-long"): field "description" is 5000000 characters long; at most ${MAX_CHARS.long} are allowed`,
    ],
    defines: ['enterprise:loader-long'],
  },
  {
    name: '100,000 aliases',
    files: () => ({
      'aliases.json': {
        entities: [
          enterprise('enterprise:loader-aliases', {
            aliases: Array.from({ length: 100_000 }, (_, i) => `别名${i}`),
          }),
        ],
      },
    }),
    problems: (p) => [
      `${p['aliases.json']}: entities[0] (id "enterprise:loader-aliases"): field "aliases" lists 100000 items; at most ${MAX_ITEMS.aliases} are allowed`,
    ],
    defines: ['enterprise:loader-aliases'],
  },
  {
    name: 'an entity that redefines the kind of university:wust (ENTERPRISE)',
    files: () => ({ 'kind.json': { entities: [{ ...WUST, kind: 'ENTERPRISE' }] } }),
    problems: (p) => [
      `${p['kind.json']}: entities[0] (id "university:wust"): field "kind" is "ENTERPRISE", but the database holds this entity with "UNIVERSITY"; ${REPLACE}`,
    ],
    defines: [],
  },
  {
    name: 'an enterprise that reuses the id university:wust, every differing field named',
    files: () => ({ 'reuse.json': { entities: [enterprise('university:wust')] } }),
    problems: (p) => {
      const at = `${p['reuse.json']}: entities[0] (id "university:wust")`;
      return [
        `${at}: field "kind" is "ENTERPRISE", but the database holds this entity with "UNIVERSITY"; ${REPLACE}`,
        `${at}: field "name" is "加载测试企业", but the database holds this entity with "武汉科技大学"; ${REPLACE}`,
        `${at}: field "nameEn" is "Loader Test Co.", but the database holds this entity with "Wuhan University of Science and Technology"; ${REPLACE}`,
        `${at}: field "aliases" is [], but the database holds this entity with ["武科大","WUST"]; ${REPLACE}`,
        `${at}: field "description" is null, but the database holds this entity with "University that is Cixi’s main Kechuang Partner: a Cixi bas…; ${REPLACE}`,
        `${at}: field "descriptionZh" is null, but the database holds this entity with "慈溪“科创伙伴”的主要合作高校：以其命名的慈溪技术转移与人才合作基地于2024年4月成立，其专家走访本地企业，并与瑞堂…; ${REPLACE}`,
        `${at}: field "aliases[].source" is [], but the database holds this entity with ["${CURATED_SOURCE}#24",""]; ${REPLACE}`,
        `${at}: field "aliases[].reason" is [], but the database holds this entity with ["","the university’s English abbreviation"]; ${REPLACE}`,
        `${at}: field "sources" is ["${CURATED_SOURCE}#1"], but the database holds this entity with ["${CURATED_SOURCE}#21","${CURATED_SOURCE}#22","…; ${REPLACE}`,
      ];
    },
    defines: [],
  },
  {
    name: 'a relationship that redefines a curated one without its program',
    files: () => ({ 'rel.json': { relationships: [{ ...PAIRING, program: undefined }] } }),
    problems: (p) => [
      `${p['rel.json']}: relationships[0] (enterprise:ruitang PAIRED_WITH university:wust): field "program" is null, but the database holds this relationship with "program:kechuang-partner"; ${REPLACE}`,
    ],
    defines: [],
  },
  {
    name: 'a source that redefines the paragraph count of a curated one (3)',
    files: () => ({
      'source.json': { sources: [{ ...TALENT_CITY, paragraphCount: 3 }] },
      'cites.json': { entities: [enterprise('enterprise:loader-cites', { sources: cite(2) })] },
    }),
    problems: (p, paragraphs) => [
      `${p['source.json']}: sources[0] (id "${CURATED_SOURCE}"): field "paragraphCount" is 3, but the database holds this source with ${paragraphs}; ${REPLACE}`,
    ],
    defines: ['enterprise:loader-cites'],
  },
  {
    name: "an indicator that redefines a curated one's value and scope",
    files: () => ({
      'indicator.json': { indicators: [{ ...TOP_COUNTY, value: 2, scope: ['region:cixi'] }] },
    }),
    problems: (p) => {
      const at = `${p['indicator.json']}: indicators[0] (id "indicator:cixi-zhejiang-top-county")`;
      return [
        `${at}: field "value" is 2, but the database holds this indicator with 1; ${REPLACE}`,
        `${at}: field "scope" is ["region:cixi"], but the database holds this indicator with ["region:cixi","region:zhejiang"]; ${REPLACE}`,
      ];
    },
    defines: [],
  },
  {
    name: 'an entity whose id the database holds as a source',
    files: () => ({ 'clash.json': { entities: [enterprise(CURATED_SOURCE)] } }),
    problems: (p) => [
      `${p['clash.json']}: entities[0] (id "${CURATED_SOURCE}"): id "${CURATED_SOURCE}" already names a source in the database; an id names one record, so give this one another id`,
    ],
    defines: [],
  },
];

const shared = sharedGraph();

describe('the seed loader on the shared test database (curated data)', () => {
  it.each(BAD.map((c) => [c.name, c] as const))(
    'refuses %s with the file, record and field named, and writes nothing',
    async (_name, c) => expectRefusedAndNothingWritten(shared, c),
  );
});
