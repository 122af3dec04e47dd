// Rows as the CSV that `neo4j-admin database import` reads: a header naming each column's role
// or type (`:ID`, `year:int`, `aliases:string[]`, `:START_ID`), then one line per row.
import neo4j from 'neo4j-driver';

/**
 * Between array elements. The importer has no escape for it inside an element (a backslash is
 * taken literally), so it is a control character no name contains, and one that does is refused.
 * Passed to the importer as `--array-delimiter=U+001F`.
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export type ColumnType = 'ID' | 'START_ID' | 'END_ID' | 'TYPE' | 'string' | 'int' | 'string[]';
export type Columns = readonly (readonly [name: string, type: ColumnType])[];

const ROLES: ReadonlySet<ColumnType> = new Set(['ID', 'START_ID', 'END_ID', 'TYPE']);
/**
 * Nodes are numbered for the import (`--id-type=integer`): numbers make shorter files than the
 * ids, and the importer maps them without sorting strings. The ids are stored as a property.
 */
const NUMBERS: ReadonlySet<ColumnType> = new Set(['int', 'ID', 'START_ID', 'END_ID']);

/** `:ID,id,name,year:int,…`: a role column has no name (its value is no property). */
export function headerLine(columns: Columns): string {
  const header = columns.map(([name, type]) =>
    ROLES.has(type) ? `:${type}` : type === 'string' ? name : `${name}:${type}`,
  );
  return header.join(',') + '\n';
}

/**
 * Rows as lines. Throws on a property the columns do not name, so none is dropped unseen: the
 * first row is checked key by key, the rest (made by the same code, millions of them) by count.
 */
export function csvLines(columns: Columns): (row: Readonly<Record<string, unknown>>) => string {
  const named = new Set(columns.map(([name]) => name));
  let checked = false;
  return (row) => {
    const keys = Object.keys(row);
    if (!checked || keys.length > columns.length) {
      const unknown = keys.find((key) => !named.has(key));
      if (unknown !== undefined) throw new Error(`no CSV column for ${unknown}`);
      checked = true;
    }
    let line = '';
    for (const [name, type] of columns) line += (line ? ',' : '') + csvField(row[name], type, name);
    return line + '\n';
  };
}

/**
 * Null is an empty field (the importer then sets no property, as `SET n = row` sets none), so an
 * empty string is quoted; so is one with a comma or a quote (quotes doubled). Any other string
 * is written as it is: quoting all of them made the files larger and the writing slower.
 */
export function csvField(value: unknown, type: ColumnType, name: string = type): string {
  if (value === null || value === undefined) return '';
  if (NUMBERS.has(type)) {
    // String() of a driver Integer does long arithmetic, ~15× slower than of a number.
    if (neo4j.isInt(value)) return value.inSafeRange() ? String(value.toNumber()) : String(value);
    if (Number.isInteger(value)) return String(value);
    throw new Error(`${name}: not an integer: ${String(value)}`);
  }
  if (type === 'string[]') {
    // The importer reads an empty field as no property, so an empty array cannot be written.
    if (!Array.isArray(value) || value.length === 0) {
      throw new Error(`${name}: not a non-empty array`);
    }
    const joined = value.map((element) => arrayElement(element, name)).join(ARRAY_DELIMITER);
    return stringField(joined, name);
  }
  if (typeof value !== 'string') throw new Error(`${name}: not a string: ${String(value)}`);
  return stringField(value, name);
}

function arrayElement(element: unknown, name: string): string {
  if (typeof element !== 'string') throw new Error(`${name}: not a string: ${String(element)}`);
  if (element.includes(ARRAY_DELIMITER)) throw new Error(`${name}: contains the array delimiter`);
  return element;
}

// The importer reads one line per record unless told otherwise (slower): no line breaks inside.
// One scan finds every character that needs care; most strings have none.
function stringField(s: string, name: string): string {
  if (s !== '' && !NEEDS_CARE.test(s)) return s;
  if (s.includes('\n') || s.includes('\r')) throw new Error(`${name}: contains a line break`);
  return `"${s.replace(/"/g, '""')}"`;
}

const NEEDS_CARE = /[",\n\r]/;
