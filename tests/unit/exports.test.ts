// The export formatters on hostile text: whatever a name, role or id holds, the XML stays
// well-formed (checked by saxes, a strict XML 1.0 parser) and says the same text back, and CSV
// fields are quoted as RFC 4180 asks.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import type { RawPath } from '../../src/data/paths.ts';
import type { Entity, Relationship, Source } from '../../src/data/records.ts';
import type { ExportInput } from '../../src/exports/columns.ts';
import { field, toEdgesCsv, toNodesCsv } from '../../src/exports/csv.ts';
import { toGEXF } from '../../src/exports/gexf.ts';
import { toGraphML } from '../../src/exports/graphml.ts';
import { toJSON } from '../../src/exports/json.ts';
import { xmlAttribute, xmlText } from '../../src/exports/xml.ts';
import { parseCsv } from '../helpers/csv.ts';
import { elementsNamed, gexfValue, graphmlData, parseXml } from '../helpers/xml.ts';

// Every kind of trouble at once: markup characters, both quotes, whitespace that parsers would
// normalise, C0 controls, a lone surrogate, U+FFFE, and text that must survive (CJK, an emoji).
const HOSTILE = 'A & B <C> "D" \'E\' ]]> tab\there\r\nnew\u0000\u0008\u000B\uD800\uFFFE 武汉 😀';
/** What is left once the characters XML 1.0 cannot hold at all are dropped. */
const CLEANED = 'A & B <C> "D" \'E\' ]]> tab\there\r\nnew 武汉 😀';

/** CSV keeps every character; only XML has characters it cannot hold. */
const CLEANED_CSV = HOSTILE;

const entity = (id: string, over: Partial<Entity> = {}): Entity => ({
  id,
  kind: 'ENTERPRISE',
  name: `${id} 名`,
  nameEn: `${id} name`,
  aliases: [],
  aliasSources: [],
  aliasReasons: [],
  description: null,
  descriptionZh: null,
  year: null,
  provenance: ['source:a#1'],
  version: 0,
  changedBy: null,
  ...over,
});

const a = entity('enterprise:a', {
  name: HOSTILE,
  nameEn: 'Example Co., Ltd. "Quoted"',
  aliases: ['甲', 'A, Inc.'],
  aliasSources: ['source:a#3', ''],
  aliasReasons: ['', 'its English name'],
  description: HOSTILE,
  year: 2019,
  provenance: ['source:a#3', 'source:a#4', 'source:b#2'],
});
const b = entity('university:b', { kind: 'UNIVERSITY' });
const link: Relationship = {
  id: 'enterprise:a|COOPERATES_WITH|university:b',
  type: 'COOPERATES_WITH',
  status: 'EXPLORING',
  from: a,
  to: b,
  since: 2024,
  role: HOSTILE,
  roleEn: 'joint R&D, "first"',
  program: null,
  provenance: ['source:a#22'],
  changedBy: null,
};
const source = (id: string, fileName: string): Source => ({
  id,
  title: id,
  titleEn: null,
  publisher: null,
  date: null,
  dateNote: null,
  fileName,
  paragraphCount: 30,
  contentHash: null,
});
const input: ExportInput = {
  title: `Test <export> & ${HOSTILE}`,
  nodes: [a, b],
  relationships: [link],
  sources: new Map([
    ['source:a', source('source:a', '000_a.txt')],
    ['source:b', source('source:b', 'b & c.txt')],
  ]),
};

describe('xml escaping', () => {
  it('escapes markup and quotes, keeps whitespace by reference in attributes', () => {
    expect(xmlAttribute(`a&b<c>"d"'e'\t\n\r`)).toBe(
      'a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#9;&#10;&#13;',
    );
    expect(xmlText(`a&b<c>"d"\t\n\r`)).toBe('a&amp;b&lt;c&gt;"d"\t\n&#13;');
  });

  it('drops the characters XML 1.0 forbids and keeps everything else', () => {
    // \uDFFF\uD800 is two lone surrogates (a pair is high then low, and is kept).
    expect(xmlText('x\u0000\u0001\u001F\uDFFF\uD800\uFFFE\uFFFFy')).toBe('xy');
    expect(xmlText('\uD83D\uDE00')).toBe('😀');
    expect(xmlText('武汉科技大学 😀 \u00A0 \uE000 \uFFFD')).toBe(
      '武汉科技大学 😀 \u00A0 \uE000 \uFFFD',
    );
  });

  it('leaves text that needs nothing untouched', () => {
    expect(xmlAttribute('university:wust')).toBe('university:wust');
  });
});

describe('GraphML', () => {
  const doc = parseXml(toGraphML(input));
  const nodes = elementsNamed(doc, 'node');

  it('is well-formed and says hostile text back exactly, less the forbidden characters', () => {
    expect(doc.name).toBe('graphml');
    expect(nodes.map((n) => n.attributes.id)).toEqual(['enterprise:a', 'university:b']);
    const [first] = nodes;
    if (!first) throw new Error('no node');
    // \r\n inside text reaches the reader as written because the CR is a reference.
    expect(graphmlData(first, 'n_label')).toBe(CLEANED);
    expect(graphmlData(first, 'n_name')).toBe(CLEANED);
    expect(graphmlData(first, 'n_description')).toBe(CLEANED);
    expect(graphmlData(first, 'n_nameEn')).toBe('Example Co., Ltd. "Quoted"');
    expect(graphmlData(first, 'n_aliases')).toBe('甲; A, Inc.');
    expect(graphmlData(first, 'n_aliasOrigins')).toBe('source:a#3; curators');
    expect(graphmlData(first, 'n_year')).toBe('2019');
    expect(graphmlData(first, 'n_provenance')).toBe('source:a#3; source:a#4; source:b#2');
    expect(graphmlData(first, 'n_sourceFiles')).toBe('000_a.txt; b & c.txt');
    // Absent values are left out, not written empty.
    expect(graphmlData(first, 'n_descriptionZh')).toBeUndefined();
  });

  it('declares each key once, never with an id Gephi reads as a label (d3, d7)', () => {
    const keys = elementsNamed(doc, 'key');
    expect(new Set(keys.map((k) => k.attributes.id)).size).toBe(keys.length);
    expect(keys.map((k) => k.attributes.id)).not.toContain('d3');
    expect(keys.find((k) => k.attributes.id === 'n_year')?.attributes['attr.type']).toBe('int');
  });

  it('writes edges with their ends, type and provenance', () => {
    const [edge] = elementsNamed(doc, 'edge');
    expect(edge?.attributes).toMatchObject({
      id: 'enterprise:a|COOPERATES_WITH|university:b',
      source: 'enterprise:a',
      target: 'university:b',
    });
    if (!edge) throw new Error('no edge');
    expect(graphmlData(edge, 'e_role')).toBe(CLEANED);
    expect(graphmlData(edge, 'e_category')).toBe('COLLABORATION');
    expect(graphmlData(edge, 'e_status')).toBe('EXPLORING');
    expect(graphmlData(edge, 'e_since')).toBe('2024');
    expect(graphmlData(edge, 'e_provenance')).toBe('source:a#22');
    expect(graphmlData(edge, 'e_program')).toBeUndefined();
  });
});

describe('GEXF', () => {
  const doc = parseXml(toGEXF(input));

  it('is well-formed GEXF 1.3 and keeps whitespace in attribute values by reference', () => {
    expect(doc.attributes).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    const [first] = elementsNamed(doc, 'node');
    if (!first) throw new Error('no node');
    expect(first.attributes.label).toBe(CLEANED);
    expect(gexfValue(first, 'name')).toBe(CLEANED);
    expect(gexfValue(first, 'nameEn')).toBe('Example Co., Ltd. "Quoted"');
    expect(gexfValue(first, 'year')).toBe('2019');
    expect(gexfValue(first, 'sourceFiles')).toBe('000_a.txt; b & c.txt');
    expect(elementsNamed(doc, 'description')[0]?.text).toBe(`Test <export> & ${CLEANED}`);
  });

  it('gives each edge its type as label and kind, so Gephi keeps parallel edges apart', () => {
    const [edge] = elementsNamed(doc, 'edge');
    expect(edge?.attributes).toMatchObject({
      source: 'enterprise:a',
      target: 'university:b',
      label: 'COOPERATES_WITH',
      kind: 'COOPERATES_WITH',
    });
    if (!edge) throw new Error('no edge');
    expect(gexfValue(edge, 'roleEn')).toBe('joint R&D, "first"');
  });
});

describe('CSV', () => {
  it('quotes a field only when it holds a comma, a quote or a line break', () => {
    expect(field('plain 文本')).toBe('plain 文本');
    expect(field('Co., Ltd.')).toBe('"Co., Ltd."');
    expect(field('say "hi"')).toBe('"say ""hi"""');
    expect(field('two\nlines')).toBe('"two\nlines"');
    expect(field('cr\ronly')).toBe('"cr\ronly"');
    expect(field(2019)).toBe('2019');
    expect(field(null)).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x.example")', `"'=HYPERLINK(""http://x.example"")"`],
    ['+86 574 6301', "'+86 574 6301"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('keeps a spreadsheet from running %j as a formula (OWASP)', (text, written) => {
    expect(field(text)).toBe(written);
  });

  it('leaves numbers, and text with a formula sign later on, as they are', () => {
    expect(field(-5)).toBe('-5');
    expect(field('R&D = 研发')).toBe('R&D = 研发');
  });

  it('starts with a BOM and a header, ends every record with CRLF', () => {
    const csv = toNodesCsv(input);
    expect(
      csv.startsWith(
        '\uFEFFid,name,nameEn,kind,aliases,aliasOrigins,year,description,descriptionZh,provenance,sourceFiles\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      ',"Example Co., Ltd. ""Quoted""",ENTERPRISE,"甲; A, Inc.",source:a#3; curators,2019,',
    );
    expect(csv.split('\r\n').at(-2)).toBe(
      'university:b,university:b 名,university:b name,UNIVERSITY,,,,,,source:a#1,000_a.txt',
    );
  });

  it('writes each relationship with its ends by id and name', () => {
    const [header, row] = parseCsv(toEdgesCsv(input));
    expect(header).toEqual([
      'id',
      'from',
      'fromName',
      'to',
      'toName',
      'type',
      'category',
      'status',
      'since',
      'role',
      'roleEn',
      'program',
      'provenance',
      'sourceFiles',
    ]);
    expect(row).toEqual([
      'enterprise:a|COOPERATES_WITH|university:b',
      'enterprise:a',
      CLEANED_CSV,
      'university:b',
      'university:b 名',
      'COOPERATES_WITH',
      'COLLABORATION',
      'EXPLORING',
      '2024',
      CLEANED_CSV,
      'joint R&D, "first"',
      '',
      'source:a#22',
      '000_a.txt',
    ]);
  });

  it('reads back every field exactly, line breaks and quotes included', () => {
    const rows = parseCsv(toNodesCsv(input));
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 7)).toEqual([
      'enterprise:a',
      CLEANED_CSV,
      'Example Co., Ltd. "Quoted"',
      'ENTERPRISE',
      '甲; A, Inc.',
      'source:a#3; curators',
      '2019',
    ]);
  });
});

describe('JSON', () => {
  it('keeps paths with their explanations and provenance with file names', () => {
    const path: RawPath = { length: 1, nodes: [a, b], relationships: [link] };
    const body = JSON.parse(toJSON({ ...input, paths: [path] })) as {
      counts: Record<string, number>;
      nodes: { id: string; sources: { source: string; paragraph: number; fileName: string }[] }[];
      relationships: { from: string; to: string; category: string; status: string }[];
      paths: { nodes: string[]; relationships: string[]; explanationEn: string }[];
      sources: { id: string }[];
    };
    expect(body.counts).toEqual({ nodes: 2, relationships: 1, paths: 1 });
    expect(body.nodes[0]?.sources[2]).toEqual({
      source: 'source:b',
      paragraph: 2,
      fileName: 'b & c.txt',
    });
    expect(body.relationships[0]).toMatchObject({
      from: 'enterprise:a',
      to: 'university:b',
      category: 'COLLABORATION',
      status: 'EXPLORING',
    });
    expect(body.paths[0]).toMatchObject({
      nodes: ['enterprise:a', 'university:b'],
      relationships: [link.id],
      explanationEn: `Example Co., Ltd. "Quoted" is exploring cooperation with university:b name (joint R&D, "first").`,
    });
    expect(body.sources.map((s) => s.id)).toEqual(['source:a', 'source:b']);
  });
});

describe('EXPORT_MAX_NODES', () => {
  it('defaults to 20000 and takes any integer from 1', () => {
    expect(loadConfig({}).exportMaxNodes).toBe(20_000);
    expect(loadConfig({ EXPORT_MAX_NODES: '10' }).exportMaxNodes).toBe(10);
    expect(() => loadConfig({ EXPORT_MAX_NODES: '0' })).toThrow(
      new ConfigError('EXPORT_MAX_NODES="0" is invalid: expected an integer from 1 to 1000000.'),
    );
  });
});
