// Escaping shared by the GraphML and GEXF writers. Names and descriptions come from source
// documents and from researchers' own seed files, so any text must yield well-formed XML 1.0.

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
