// Escaping shared by the GraphML and GEXF writers. Names and descriptions come from source
// documents and from researchers' own seed files, so any text must yield well-formed XML 1.0.

import type { CellType } from './columns.ts';

/** How each format names the cell types of columns.ts. */
export const XML_TYPE: Readonly<Record<'graphml' | 'gexf', Readonly<Record<CellType, string>>>> = {
  graphml: { string: 'string', integer: 'int' },
  gexf: { string: 'string', integer: 'integer' },
};

// Characters XML 1.0 does not allow at all, not even as references: C0 controls other than tab,
// newline and carriage return, lone surrogates, U+FFFE and U+FFFF. They are dropped.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers turn a literal CR into LF, and in attribute values tab, CR and LF into spaces:
  // references keep them as they were.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// Most values need no change: one test first spares a large export two replacements per value.
const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const TEXT_SPECIAL = /[&<>\r]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Text for an attribute value (quoted with either quote). */
export function xmlAttribute(value: string): string {
  if (!ATTRIBUTE_SPECIAL.test(value)) return value;
  return value.replace(ILLEGAL, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

/** Text for element content: newlines and tabs stay literal, so long descriptions stay readable. */
export function xmlText(value: string): string {
  if (!TEXT_SPECIAL.test(value)) return value;
  return value.replace(ILLEGAL, '').replace(/[&<>\r]/g, (c) => ENTITIES[c] ?? c);
}

/** The XML declaration and the root element's opening tag, with its namespace and schema. */
export const xmlHeader = (
  root: string,
  namespace: string,
  schema: string,
  extra = '',
): string[] => [
  '<?xml version="1.0" encoding="UTF-8"?>',
  `<${root} xmlns="${namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
    ` xsi:schemaLocation="${namespace} ${schema}"${extra}>`,
];
