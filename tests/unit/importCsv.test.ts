import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  ARRAY_DELIMITER,
  csvField,
  csvLines,
  headerLine,
  type ColumnType,
} from '../../scripts/synthetic/csv.ts';
import { generate } from '../../scripts/synthetic/generate.ts';
import { ENTITY_COLUMNS, RELATIONSHIP_COLUMNS } from '../../scripts/synthetic/importFiles.ts';
import { entityRows, relationshipRows } from '../../scripts/synthetic/rows.ts';

const US = ARRAY_DELIMITER;

describe('the CSV neo4j-admin import reads', () => {
  it('names each column with its role or type in the header', () => {
    expect(headerLine(ENTITY_COLUMNS)).toBe(
      ':ID,id,kind,name,nameEn,aliases:string[],aliasSources:string[],aliasReasons:string[],aliasText,nameKey,description,descriptionZh,year:int,provenance:string[],degree:int\n',
    );
    expect(headerLine(RELATIONSHIP_COLUMNS)).toBe(
      ':START_ID,:END_ID,:TYPE,id,status,since:int,role,roleEn,program,provenance:string[]\n',
    );
  });

  const fields: [what: string, value: unknown, type: ColumnType, field: string][] = [
    ['a plain string is written as it is', '合成企业000001', 'string', '合成企业000001'],
    ['a comma is quoted', 'a, b', 'string', '"a, b"'],
    [
      'a quote is doubled and a comma kept',
      'he said "hi", then',
      'string',
      '"he said ""hi"", then"',
    ],
    ['an empty string stays a string', '', 'string', '""'],
    ['null is an empty field: no property', null, 'string', ''],
    ['a Neo4j integer is its digits', neo4j.int(1999), 'int', '1999'],
    ['a null integer is an empty field', null, 'int', ''],
    ['array elements are joined by the delimiter', ['a;b', 'c'], 'string[]', `a;b${US}c`],
    ['empty elements are kept', ['', ''], 'string[]', US],
    ['a node number is its digits', 42, 'ID', '42'],
    ['a relationship end is a node number', 7, 'START_ID', '7'],
  ];
  it.each(fields)('%s', (_, value, type, field) => {
    expect(csvField(value, type)).toBe(field);
  });

  const refused: [what: string, value: unknown, type: ColumnType, message: RegExp][] = [
    ['an element holding the array delimiter', [`a${US}b`], 'string[]', /array delimiter/],
    ['an empty array (the importer would store none)', [], 'string[]', /non-empty array/],
    ['a line break (one record per line)', 'two\nlines', 'string', /line break/],
    ['a fraction in an integer column', 1.5, 'int', /not an integer/],
    ['an id string where a node number goes', 'region:syn-000043', 'END_ID', /not an integer/],
  ];
  it.each(refused)('refuses %s', (_, value, type, message) => {
    expect(() => csvField(value, type)).toThrow(message);
  });

  it('refuses a row property that no column names, instead of dropping it', () => {
    const line = csvLines([['id', 'string']]);
    expect(line({ id: 'x' })).toBe('x\n');
    expect(() => line({ id: 'x', extra: 1 })).toThrow(/no CSV column for extra/);
  });

  it("writes each entity's degree: its relationships, either direction", () => {
    const g = generate(1, 7);
    const [first] = g.kinds;
    if (!first) throw new Error('no kinds');
    const [row] = entityRows(g, first);
    const node = first.offset;
    const touching = [...relationshipRows(g)].filter((r) => r.from === node || r.to === node);
    expect(touching.length).toBeGreaterThan(0);
    const fields = csvLines(ENTITY_COLUMNS)({ node, ...row })
      .trimEnd()
      .split(',');
    expect(fields.slice(0, 2)).toEqual([String(node), String(row?.id)]);
    expect(fields.at(-1)).toBe(String(touching.length));
    expect(g.degree.reduce((s, d) => s + d, 0)).toBe(2 * g.relationshipCount);
  });

  it('writes a relationship with no year as an empty since field', () => {
    const g = generate(1, 7);
    const row = [...relationshipRows(g)].find(
      (r) => (r.props as { since: unknown }).since === null,
    );
    if (!row) throw new Error('every relationship has a year');
    const { from, to, type, props } = row;
    const fields = csvLines(RELATIONSHIP_COLUMNS)({ from, to, type, ...props }).split(',');
    expect(fields.slice(0, 3)).toEqual([String(from), String(to), type]);
    expect(fields[5]).toBe('');
  });
});
