// GEXF 1.3, Gephi's own format. Nodes are labelled with the Chinese name; every field is a typed
// attribute. An edge's `kind` is its relationship type: Gephi keeps parallel edges only when
// their kinds differ, and two entities may be linked by, e.g., both IN_INDUSTRY and LEADS_CHAIN.
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  cellText,
  type Column,
  type ExportInput,
} from './columns.ts';
import { XML_TYPE, xmlAttribute, xmlHeader, xmlText } from './xml.ts';

export function toGEXF(input: ExportInput): string {
  const { nodes, relationships, sources } = input;
  const out: string[] = [
    ...xmlHeader('gexf', 'http://gexf.net/1.3', 'http://gexf.net/1.3/gexf.xsd', ' version="1.3"'),
    '  <meta>',
    '    <creator>Cixi Innovation Graph</creator>',
    `    <description>${xmlText(input.title)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    `    <nodes count="${nodes.length}">`,
  ];
  for (const n of nodes) {
    out.push(`      <node id="${xmlAttribute(n.id)}" label="${xmlAttribute(n.name)}">`);
    out.push(...values(NODE_ATTRIBUTES.map((c) => [c.name, cellText(c.value(n, sources))])));
    out.push('      </node>');
  }
  out.push('    </nodes>', `    <edges count="${relationships.length}">`);
  for (const r of relationships) {
    const type = xmlAttribute(r.type);
    out.push(
      `      <edge id="${xmlAttribute(r.id)}" source="${xmlAttribute(r.from.id)}" target="${xmlAttribute(r.to.id)}" label="${type}" kind="${type}">`,
    );
    out.push(...values(EDGE_ATTRIBUTES.map((c) => [c.name, cellText(c.value(r, sources))])));
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}

function declarations<T>(target: 'node' | 'edge', columns: readonly Column<T>[]): string[] {
  return [
    `    <attributes class="${target}" mode="static">`,
    ...columns.map(
      (c) => `      <attribute id="${c.name}" title="${c.name}" type="${XML_TYPE.gexf[c.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

/** The <attvalues> block, leaving out empty values (an empty block is not written). */
function values(cells: readonly (readonly [string, string | null])[]): string[] {
  const present = cells.filter((cell): cell is readonly [string, string] => cell[1] !== null);
  if (present.length === 0) return [];
  return [
    '        <attvalues>',
    ...present.map(
      ([name, value]) => `          <attvalue for="${name}" value="${xmlAttribute(value)}"/>`,
    ),
    '        </attvalues>',
  ];
}
