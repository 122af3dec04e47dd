import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CURATED_FILES } from '../../seed/load.ts';
import { MAX_CHARS, MAX_ITEMS, MAX_LOAD_RECORDS } from '../../seed/limits.ts';
import { checkReferences, externalIds } from '../../seed/references.ts';
import { SeedError, validateSeed, type SeedFile } from '../../seed/validate.ts';

type Json = Record<string, unknown>;

const SOURCE = {
  id: 'source:survey',
  title: '调研',
  titleEn: 'Survey',
  publisher: null,
  date: '2026-03-01',
  dateNote: null,
  fileName: 'survey.pdf',
  paragraphCount: 12,
};
const ENTITY = {
  id: 'enterprise:example',
  kind: 'ENTERPRISE',
  name: '示例科技',
  nameEn: 'Example Technology',
  aliases: [
    { name: '示例', source: 'source:survey', paragraph: 3 },
    { name: 'Example', reason: 'its English short name' },
  ],
  description: 'A maker of sensors.',
  descriptionZh: '传感器企业。',
  year: 2019,
  sources: [{ source: 'source:survey', paragraph: 3 }],
};
const RELATIONSHIP = {
  type: 'COOPERATES_WITH',
  status: 'ACTUAL',
  from: 'enterprise:example',
  to: 'university:wust',
  since: 2025,
  role: '联合研发',
  roleEn: 'joint R&D',
  program: null,
  sources: [{ source: 'source:survey', paragraph: 4 }],
};
const INDICATOR = {
  id: 'indicator:example-staff',
  name: '研发人员',
  nameEn: 'R&D staff',
  value: 35,
  unit: 'people',
  display: '35人',
  qualifier: 'EXACT',
  status: 'ACTUAL',
  period: '2025年',
  periodEn: '2025',
  topic: 'talent',
  scope: ['enterprise:example'],
  sources: [{ source: 'source:survey', paragraph: 5 }],
};

const file = (path: string, content: Json): SeedFile => ({ path, text: JSON.stringify(content) });

/** The problems validateSeed reports for `files`, or a failure when it accepts them. */
function problems(...files: SeedFile[]): string[] {
  try {
    validateSeed(files);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  throw new Error('validateSeed accepted the files');
}

/** One-record file: `section` holds `base` with `change` applied (undefined deletes a field). */
function withRecord(section: string, base: Json, change: Json): SeedFile {
  const record: Json = { ...base, ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete record[key];
  return file('my.json', { [section]: [record] });
}

describe('validateSeed', () => {
  it('accepts a complete file and fills in what optional fields leave out', () => {
    const data = validateSeed([
      file('my.json', {
        sources: [{ id: 'source:min', title: '最小', fileName: 'min.txt', paragraphCount: 1 }],
        entities: [
          {
            id: 'region:nowhere',
            kind: 'REGION',
            name: '无名',
            sources: [{ source: 'source:min', paragraph: 1 }],
          },
        ],
        relationships: [RELATIONSHIP],
        indicators: [INDICATOR],
      }),
    ]);
    expect(data.sources).toEqual([
      {
        id: 'source:min',
        title: '最小',
        titleEn: null,
        publisher: null,
        date: null,
        dateNote: null,
        fileName: 'min.txt',
        paragraphCount: 1,
      },
    ]);
    expect(data.entities).toEqual([
      {
        id: 'region:nowhere',
        kind: 'REGION',
        name: '无名',
        nameEn: null,
        aliases: [],
        description: null,
        descriptionZh: null,
        year: null,
        sources: [{ source: 'source:min', paragraph: 1 }],
      },
    ]);
    expect(data.relationships).toEqual([RELATIONSHIP]);
    expect(data.indicators).toEqual([INDICATOR]);
  });

  it('reads each alias with its origin: the paragraph that prints it, or the curators’ reason', () => {
    const [entity] = validateSeed([file('my.json', { entities: [ENTITY] })]).entities;
    expect(entity?.aliases).toEqual([
      { name: '示例', source: { source: 'source:survey', paragraph: 3 }, reason: null },
      { name: 'Example', source: null, reason: 'its English short name' },
    ]);
  });

  it('refuses with a SeedError whose message lists every problem under one heading', () => {
    const error = (() => {
      try {
        validateSeed([withRecord('entities', ENTITY, { name: undefined, year: 'soon' })]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toBe(
      [
        'The seed data was refused; nothing was written:',
        '  my.json: entities[0] (id "enterprise:example"): field "name" is missing',
        '  my.json: entities[0] (id "enterprise:example"): field "year" must be a year (integer 1900-2100) or null, got "soon"',
      ].join('\n'),
    );
  });

  describe('file-level problems name the file', () => {
    const cases: [what: string, text: string, problem: string | RegExp][] = [
      ['malformed JSON', '{ "entities": [ }', /^bad\.json: malformed JSON \(.+\)$/],
      ['an empty file', '', /^bad\.json: malformed JSON \(.+\)$/],
      [
        'a top-level list',
        '[]',
        'bad.json: expected an object with any of sources, entities, relationships, indicators',
      ],
      [
        'top-level null',
        'null',
        'bad.json: expected an object with any of sources, entities, relationships, indicators',
      ],
      [
        'an unknown section',
        '{ "entity": [] }',
        'bad.json: unknown section "entity", expected sources, entities, relationships, indicators',
      ],
      ['a section that is not a list', '{ "entities": {} }', 'bad.json: "entities" must be a list'],
      [
        'a record that is not an object',
        '{ "entities": [7] }',
        'bad.json: entities[0]: must be an object',
      ],
      ['a null record', '{ "indicators": [null] }', 'bad.json: indicators[0]: must be an object'],
    ];
    it.each(cases)('%s', (_what, text, problem) => {
      const found = problems({ path: 'bad.json', text });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(problem);
    });
  });

  describe('field problems name the file, the record (index and id) and the field', () => {
    const at = 'my.json: entities[0] (id "enterprise:example")';
    const entityCases: [what: string, change: Json, problem: string][] = [
      ['a missing name', { name: undefined }, `${at}: field "name" is missing`],
      ['an empty name', { name: '  ' }, `${at}: field "name" must be a non-empty string`],
      ['a name that is a number', { name: 5 }, `${at}: field "name" must be a non-empty string`],
      [
        'an optional text that is empty',
        { nameEn: '' },
        `${at}: field "nameEn" must be a non-empty string`,
      ],
      [
        'an unknown kind',
        { kind: 'COMPANY' },
        `${at}: field "kind" is "COMPANY", expected one of ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, PLATFORM, TALENT, PROJECT, PROGRAM, EVENT, INDUSTRY, REGION, AGENCY`,
      ],
      [
        'a year out of range',
        { year: 1800 },
        `${at}: field "year" must be a year (integer 1900-2100) or null, got 1800`,
      ],
      [
        'a fractional year',
        { year: 2019.5 },
        `${at}: field "year" must be a year (integer 1900-2100) or null, got 2019.5`,
      ],
      [
        'a bare alias, whose origin is unknown',
        { aliases: ['示例'] },
        `${at}: field "aliases" must list { "name", "source", "paragraph" } for a name a source prints or { "name", "reason" } for one the curators add`,
      ],
      [
        'an alias with both a paragraph and a reason',
        { aliases: [{ name: '示例', source: 'source:survey', paragraph: 3, reason: 'short' }] },
        `${at}: field "aliases" must list { "name", "source", "paragraph" } for a name a source prints or { "name", "reason" } for one the curators add`,
      ],
      [
        'an alias with an empty reason',
        { aliases: [{ name: '示例', reason: ' ' }] },
        `${at}: field "aliases" must list { "name", "source", "paragraph" } for a name a source prints or { "name", "reason" } for one the curators add`,
      ],
      [
        'a printed alias without its paragraph',
        { aliases: [{ name: '示例', source: 'source:survey' }] },
        `${at}: field "aliases" must list { "name", "source", "paragraph" } for a name a source prints or { "name", "reason" } for one the curators add`,
      ],
      [
        'aliases that are not a list',
        { aliases: '示例' },
        `${at}: field "aliases" must list { "name", "source", "paragraph" } for a name a source prints or { "name", "reason" } for one the curators add`,
      ],
      [
        'no sources',
        { sources: [] },
        `${at}: field "sources" is empty; cite at least one { "source": id, "paragraph": positive integer }, or give "knowledge": why the curators know it without a paragraph`,
      ],
      [
        'a knowledge over 2000 characters',
        { sources: [], knowledge: 'k'.repeat(2001) },
        `${at}: field "knowledge" is 2001 characters long; at most 2000 are allowed`,
      ],
      [
        'a paragraph of 0',
        { sources: [{ source: 'source:survey', paragraph: 0 }] },
        `${at}: field "sources" must list at least one { "source": id, "paragraph": positive integer }`,
      ],
      [
        'a paragraph given as text',
        { sources: [{ source: 'source:survey', paragraph: '3' }] },
        `${at}: field "sources" must list at least one { "source": id, "paragraph": positive integer }`,
      ],
    ];
    it.each(entityCases)('entity with %s', (_what, change, problem) => {
      expect(problems(withRecord('entities', ENTITY, change))).toEqual([problem]);
    });
    it('refuses a blank knowledge in place of sources, naming both fields', () => {
      expect(problems(withRecord('entities', ENTITY, { sources: [], knowledge: ' ' }))).toEqual([
        `${at}: field "sources" is empty; cite at least one { "source": id, "paragraph": positive integer }, or give "knowledge": why the curators know it without a paragraph`,
        `${at}: field "knowledge" must be a non-empty string`,
      ]);
    });

    it('an id that is not lower-case prefix:name is named by its own value', () => {
      expect(problems(withRecord('entities', ENTITY, { id: 'Enterprise:Example' }))).toEqual([
        'my.json: entities[0] (id "Enterprise:Example"): field "id" is "Enterprise:Example", expected a lower-case id like enterprise:huanchi',
      ]);
    });

    it('a record without an id is named by its index alone', () => {
      expect(problems(withRecord('entities', ENTITY, { id: undefined }))).toEqual([
        'my.json: entities[0]: field "id" is missing',
      ]);
    });

    const ind = 'my.json: indicators[0] (id "indicator:example-staff")';
    const indicatorCases: [what: string, change: Json, problem: string][] = [
      [
        'a value given as text',
        { value: '12' },
        `${ind}: field "value" must be a number, got "12"`,
      ],
      [
        'a missing value',
        { value: undefined },
        `${ind}: field "value" must be a number, got nothing`,
      ],
      ['a null value', { value: null }, `${ind}: field "value" must be a number, got null`],
      [
        'an unknown qualifier',
        { qualifier: 'AROUND' },
        `${ind}: field "qualifier" is "AROUND", expected one of EXACT, MORE_THAN, NEARLY, ABOUT`,
      ],
      [
        'an unknown status',
        { status: 'PLANNED' },
        `${ind}: field "status" is "PLANNED", expected one of ACTUAL, TARGET, FORECAST`,
      ],
      [
        'an empty scope',
        { scope: [] },
        `${ind}: field "scope" must be a non-empty list of strings`,
      ],
      [
        'a missing scope',
        { scope: undefined },
        `${ind}: field "scope" must be a non-empty list of strings`,
      ],
    ];
    it.each(indicatorCases)('indicator with %s', (_what, change, problem) => {
      expect(problems(withRecord('indicators', INDICATOR, change))).toEqual([problem]);
    });

    const rel = 'my.json: relationships[0] (enterprise:example COOPERATES_WITH university:wust)';
    const relationshipCases: [what: string, change: Json, problem: string][] = [
      ['no status', { status: undefined }, `${rel}: field "status" is missing`],
      [
        'an unknown status',
        { status: 'DONE' },
        `${rel}: field "status" is "DONE", expected one of ACTUAL, PLANNED, PROMOTED, EXPLORING`,
      ],
      [
        'a since that is no year',
        { since: '2025' },
        `${rel}: field "since" must be a year (integer 1900-2100) or null, got "2025"`,
      ],
      [
        'a role given as a list',
        { role: ['x'] },
        `${rel}: field "role" must be a non-empty string`,
      ],
      [
        'a from that is no id',
        { from: 'Example' },
        'my.json: relationships[0] (Example COOPERATES_WITH university:wust): field "from" is "Example", expected a lower-case id like enterprise:huanchi',
      ],
    ];
    it.each(relationshipCases)('relationship with %s', (_what, change, problem) => {
      expect(problems(withRecord('relationships', RELATIONSHIP, change))).toEqual([problem]);
    });

    it('an unknown relationship type names both ends and the type it was given', () => {
      expect(problems(withRecord('relationships', RELATIONSHIP, { type: 'FRIENDS_WITH' }))).toEqual(
        [
          expect.stringMatching(
            /^my\.json: relationships\[0\] \(enterprise:example FRIENDS_WITH university:wust\): field "type" is "FRIENDS_WITH", expected one of PAIRED_WITH, COOPERATES_WITH, .*, SERVES$/,
          ),
        ],
      );
    });

    const src = 'my.json: sources[0] (id "source:survey")';
    const sourceCases: [what: string, change: Json, problem: string][] = [
      ['a missing title', { title: undefined }, `${src}: field "title" is missing`],
      ['a missing fileName', { fileName: undefined }, `${src}: field "fileName" is missing`],
      [
        'a paragraphCount given as text',
        { paragraphCount: '12' },
        `${src}: field "paragraphCount" must be a positive integer, got "12"`,
      ],
      [
        'a fractional paragraphCount',
        { paragraphCount: 2.5 },
        `${src}: field "paragraphCount" must be a positive integer, got 2.5`,
      ],
      [
        'a paragraphCount of 0',
        { paragraphCount: 0 },
        `${src}: field "paragraphCount" must be a positive integer, got 0`,
      ],
    ];
    it.each(sourceCases)('source with %s', (_what, change, problem) => {
      expect(problems(withRecord('sources', SOURCE, change))).toEqual([problem]);
    });
  });

  describe('duplicates', () => {
    it('names both places of an id defined twice in one file', () => {
      const other = { ...ENTITY, name: '另一个' };
      const fine = { ...ENTITY, id: 'enterprise:fine' };
      expect(problems(file('my.json', { entities: [ENTITY, fine, other] }))).toEqual([
        'my.json: entities[2] (id "enterprise:example"): duplicate id "enterprise:example", first defined at my.json: entities[0] (id "enterprise:example")',
      ]);
    });

    it('names both files of an id defined in two files', () => {
      expect(
        problems(file('a.json', { entities: [ENTITY] }), file('b.json', { entities: [ENTITY] })),
      ).toEqual([
        'b.json: entities[0] (id "enterprise:example"): duplicate id "enterprise:example", first defined at a.json: entities[0] (id "enterprise:example")',
      ]);
    });

    it('treats ids as one namespace across sections', () => {
      const clash = { ...INDICATOR, id: 'enterprise:example' };
      expect(problems(file('my.json', { entities: [ENTITY], indicators: [clash] }))).toEqual([
        'my.json: indicators[0] (id "enterprise:example"): duplicate id "enterprise:example", first defined at my.json: entities[0] (id "enterprise:example")',
      ]);
    });

    it('refuses the same relationship (from, type, to) stated twice', () => {
      const again = { ...RELATIONSHIP, role: '又一次' };
      expect(problems(file('my.json', { relationships: [RELATIONSHIP, again] }))).toEqual([
        'my.json: relationships[1] (enterprise:example COOPERATES_WITH university:wust): duplicate id "enterprise:example|COOPERATES_WITH|university:wust", first defined at my.json: relationships[0] (enterprise:example COOPERATES_WITH university:wust)',
      ]);
    });

    it('allows the same two ends with another type', () => {
      const paired = { ...RELATIONSHIP, type: 'PAIRED_WITH' };
      const data = validateSeed([file('my.json', { relationships: [RELATIONSHIP, paired] })]);
      expect(data.relationships.map((r) => r.type)).toEqual(['COOPERATES_WITH', 'PAIRED_WITH']);
    });
  });

  it('reports every problem of every file in one pass, in file and record order', () => {
    const found = problems(
      { path: 'broken.json', text: '{' },
      file('a.json', {
        entities: [ENTITY, { ...ENTITY, id: 'enterprise:two', kind: 'FIRM' }],
        indicators: [{ ...INDICATOR, value: '12' }],
      }),
    );
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^broken\.json: malformed JSON/);
    expect(found[1]).toBe(
      'a.json: entities[1] (id "enterprise:two"): field "kind" is "FIRM", expected one of ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, PLATFORM, TALENT, PROJECT, PROGRAM, EVENT, INDUSTRY, REGION, AGENCY',
    );
    expect(found[2]).toBe(
      'a.json: indicators[0] (id "indicator:example-staff"): field "value" must be a number, got "12"',
    );
  });
});

describe('validateSeed: fields it does not know, a BOM, and sizes', () => {
  const at = 'my.json: entities[0] (id "enterprise:example")';
  const ENTITY_FIELDS =
    'id, kind, name, nameEn, aliases, description, descriptionZh, year, sources, knowledge';

  it('refuses an unknown field (a typo such as nameEN), naming it and the fields there are', () => {
    expect(problems(withRecord('entities', ENTITY, { nameEN: 'Example' }))).toEqual([
      `${at}: unknown field "nameEN"; an entity has the fields ${ENTITY_FIELDS}`,
    ]);
  });

  it('names every unknown field of every section, with the fields of that section', () => {
    expect(
      problems(
        file('my.json', {
          sources: [{ ...SOURCE, pages: 3 }],
          relationships: [{ ...RELATIONSHIP, weight: 2 }],
          indicators: [{ ...INDICATOR, unitEn: 'people' }],
        }),
      ),
    ).toEqual([
      'my.json: sources[0] (id "source:survey"): unknown field "pages"; a source has the fields id, title, titleEn, publisher, date, dateNote, fileName, paragraphCount, byline, publisherEn',
      'my.json: relationships[0] (enterprise:example COOPERATES_WITH university:wust): unknown field "weight"; a relationship has the fields type, status, from, to, since, role, roleEn, program, sources, knowledge',
      'my.json: indicators[0] (id "indicator:example-staff"): unknown field "unitEn"; an indicator has the fields id, name, nameEn, value, unit, display, qualifier, status, period, periodEn, topic, scope, sources, knowledge',
    ]);
  });

  it('refuses an unknown field of a citation', () => {
    const sources = [{ source: 'source:survey', paragraph: 3, page: 7 }];
    expect(problems(withRecord('entities', ENTITY, { sources }))).toEqual([
      `${at}: field "sources[0].page" is unknown; a citation has only "source" and "paragraph"`,
    ]);
  });

  it('refuses an unknown field of an alias', () => {
    const aliases = [{ name: '示例', reason: 'its short name', note: 'x' }];
    expect(problems(withRecord('entities', ENTITY, { aliases }))).toEqual([
      `${at}: field "aliases[0].note" is unknown; an alias has only name, source, paragraph, reason`,
    ]);
  });

  it("keeps the curated sources' byline and English publisher, which are known fields", () => {
    const data = validateSeed(
      CURATED_FILES.map((path) => ({ path, text: readFileSync(path, 'utf8') })),
    );
    expect(data.sources.map((s) => [s.id, s.byline, s.publisherEn])).toEqual([
      ['source:talent-city-2025', '翁云騫 慈才轩', undefined],
      [
        'source:tech-engine-2025',
        '全媒体记者 郑琳；责任编辑 陈旭',
        'Cixi News Network – Cixi Daily',
      ],
    ]);
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    const text = JSON.stringify({ entities: [ENTITY] });
    expect(validateSeed([{ path: 'bom.json', text: `\uFEFF${text}` }])).toEqual(
      validateSeed([{ path: 'bom.json', text }]),
    );
  });

  it('still refuses a byte order mark anywhere but at the start', () => {
    const found = problems({ path: 'bom.json', text: ` \uFEFF{}` });
    expect(found).toEqual([expect.stringMatching(/^bom\.json: malformed JSON \(.+\)$/)]);
  });

  const long = (n: number): string => '长'.repeat(n);
  const sizeCases: [what: string, change: Json, problem: string][] = [
    [
      'a 5 MB description',
      { description: 'x'.repeat(5_000_000) },
      `${at}: field "description" is 5000000 characters long; at most ${MAX_CHARS.long} are allowed`,
    ],
    [
      'a Chinese description one character too long',
      { descriptionZh: long(MAX_CHARS.long + 1) },
      `${at}: field "descriptionZh" is ${MAX_CHARS.long + 1} characters long; at most ${MAX_CHARS.long} are allowed`,
    ],
    [
      'a name one character too long',
      { name: long(MAX_CHARS.short + 1) },
      `${at}: field "name" is ${MAX_CHARS.short + 1} characters long; at most ${MAX_CHARS.short} are allowed`,
    ],
    [
      '100,000 aliases',
      { aliases: Array.from({ length: 100_000 }, (_, i) => ({ name: `别名${i}`, reason: 'r' })) },
      `${at}: field "aliases" lists 100000 items; at most ${MAX_ITEMS.aliases} are allowed`,
    ],
    [
      'an alias too long',
      {
        aliases: [
          { name: '短', reason: 'r' },
          { name: long(MAX_CHARS.short + 1), reason: 'r' },
        ],
      },
      `${at}: field "aliases[1].name" is longer than the ${MAX_CHARS.short} characters allowed`,
    ],
    [
      'too many citations',
      {
        sources: Array.from({ length: MAX_ITEMS.sources + 1 }, () => ({
          source: 'source:survey',
          paragraph: 1,
        })),
      },
      `${at}: field "sources" lists ${MAX_ITEMS.sources + 1} citations; at most ${MAX_ITEMS.sources} are allowed`,
    ],
  ];
  it.each(sizeCases)('refuses an entity with %s', (_what, change, problem) => {
    expect(problems(withRecord('entities', ENTITY, change))).toEqual([problem]);
  });

  it('counts characters, not UTF-16 units: the longest allowed texts of astral characters pass', () => {
    const data = validateSeed([
      withRecord('entities', ENTITY, {
        name: '𠀀'.repeat(MAX_CHARS.short),
        description: '𠀀'.repeat(MAX_CHARS.long),
        aliases: Array.from({ length: MAX_ITEMS.aliases }, (_, i) => ({
          name: '𠀀'.repeat(MAX_CHARS.short - String(i).length) + String(i),
          reason: '𠀀'.repeat(MAX_CHARS.long),
        })),
      }),
    ]);
    expect(data.entities[0]?.description).toHaveLength(2 * MAX_CHARS.long);
  });

  it('cuts a long id short where a message quotes it', () => {
    const id = `enterprise:${'x'.repeat(200)}`;
    expect(problems(withRecord('entities', ENTITY, { id }))).toEqual([
      `my.json: entities[0] (id "${id.slice(0, 60)}…"): field "id" is ${id.length} characters long; at most ${MAX_CHARS.id} are allowed`,
    ]);
  });

  it(`refuses more than ${MAX_LOAD_RECORDS} records in all files together, before checking any`, () => {
    const half = (path: string, n: number): SeedFile =>
      file(path, { entities: Array.from({ length: n }, () => ({ bad: true })) });
    const started = performance.now();
    const found = problems(
      half('a.json', MAX_LOAD_RECORDS / 2),
      half('b.json', MAX_LOAD_RECORDS / 2 + 1),
    );
    expect(found).toEqual([
      `a.json, b.json: ${MAX_LOAD_RECORDS + 1} records; one load may hold at most ${MAX_LOAD_RECORDS} (all its files together). Split the data into files of at most ${MAX_LOAD_RECORDS} records and load each with its own npm run seed -- --file …; each load is all or nothing.`,
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it(`accepts exactly ${MAX_LOAD_RECORDS} records`, () => {
    const entities = Array.from({ length: MAX_LOAD_RECORDS }, (_, i) => ({
      ...ENTITY,
      id: `enterprise:e${i}`,
    }));
    expect(validateSeed([file('my.json', { entities })]).entities).toHaveLength(MAX_LOAD_RECORDS);
  });
});

describe('checkReferences', () => {
  const none = { entities: new Set<string>(), sources: new Map<string, number>() };

  it('accepts ids and sources that the database already holds', () => {
    const data = validateSeed([file('my.json', { relationships: [RELATIONSHIP] })]);
    expect(
      checkReferences(
        data,
        {
          entities: new Set(['enterprise:example', 'university:wust']),
          sources: new Map([['source:survey', 12]]),
        },
        'my.json',
      ),
    ).toEqual([]);
  });

  it('lists the ids a file points at but does not define, sorted', () => {
    const data = validateSeed([
      file('my.json', {
        sources: [SOURCE],
        entities: [ENTITY],
        relationships: [{ ...RELATIONSHIP, program: 'program:kechuang-partner' }],
        indicators: [{ ...INDICATOR, scope: ['enterprise:example', 'region:cixi'] }],
      }),
    ]);
    expect(externalIds(data)).toEqual([
      'program:kechuang-partner',
      'region:cixi',
      'university:wust',
    ]);
  });

  it('names the record and field of every unknown id and bad citation', () => {
    const data = validateSeed([
      file('my.json', {
        sources: [SOURCE],
        entities: [
          { ...ENTITY, sources: [{ source: 'source:survey', paragraph: 13 }] },
          {
            ...ENTITY,
            id: 'enterprise:other',
            aliases: [{ name: '另一家', source: 'source:survey', paragraph: 40 }],
            sources: [
              { source: 'source:survey', paragraph: 12 },
              { source: 'source:nowhere', paragraph: 1 },
            ],
          },
        ],
        relationships: [{ ...RELATIONSHIP, to: 'university:nowhere', program: 'program:none' }],
        indicators: [{ ...INDICATOR, scope: ['enterprise:example', 'region:atlantis'] }],
      }),
    ]);
    expect(checkReferences(data, none, 'my.json')).toEqual([
      'my.json: entities[0] (id "enterprise:example"): field "sources[0].paragraph" is 13, but "source:survey" has 12 paragraphs',
      'my.json: entities[1] (id "enterprise:other"): field "sources[1].source" names unknown source "source:nowhere"',
      'my.json: entities[1] (id "enterprise:other"): field "aliases[0].paragraph" is 40, but "source:survey" has 12 paragraphs',
      'my.json: relationships[0] (enterprise:example COOPERATES_WITH university:nowhere): field "to" points at unknown id "university:nowhere"',
      'my.json: relationships[0] (enterprise:example COOPERATES_WITH university:nowhere): field "program" points at unknown id "program:none"',
      'my.json: indicators[0] (id "indicator:example-staff"): field "scope[1]" points at unknown id "region:atlantis"',
    ]);
  });

  it('names the file and the index within that file when several files are checked together', () => {
    const data = validateSeed([
      file('a.json', { sources: [SOURCE], entities: [ENTITY], relationships: [RELATIONSHIP] }),
      file('b.json', {
        relationships: [{ ...RELATIONSHIP, type: 'PAIRED_WITH', from: 'enterprise:ghost' }],
      }),
    ]);
    expect(
      checkReferences(
        data,
        { entities: new Set(['university:wust']), sources: new Map() },
        'a.json, b.json',
      ),
    ).toEqual([
      'b.json: relationships[0] (enterprise:ghost PAIRED_WITH university:wust): field "from" points at unknown id "enterprise:ghost"',
    ]);
  });
});
