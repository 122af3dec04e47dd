// GraphML for Gephi, yEd, Cytoscape, networkx and igraph. Gephi takes a node key named `label`
// as the node's label (here the Chinese name) and an edge key named `label` as the edge's; it
// also matches key ids against its property names (`d3` and `d7` mean labels to it, after
// yEd), so keys get ids of their own: `n_<name>` for nodes, `e_<name>` for edges.
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  cellText,
  type CellType,
  type ExportInput,
} from './columns.ts';
import { XML_TYPE, xmlAttribute, xmlHeader, xmlText } from './xml.ts';

export function toGraphML({ title, nodes, relationships, sources }: ExportInput): string {
  const out: string[] = [
    ...xmlHeader(
      'graphml',
      'http://graphml.graphdrawing.org/xmlns',
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    ),
    key('n_label', 'node', 'label', 'string'),
    ...NODE_ATTRIBUTES.map((c) => key(`n_${c.name}`, 'node', c.name, c.type)),
    key('e_label', 'edge', 'label', 'string'),
    ...EDGE_ATTRIBUTES.map((c) => key(`e_${c.name}`, 'edge', c.name, c.type)),
    '  <graph id="cixi" edgedefault="directed">',
    `    <desc>${xmlText(title)}</desc>`,
  ];
  const data = (keyId: string, value: string | null): void => {
    if (value !== null) out.push(`      <data key="${keyId}">${xmlText(value)}</data>`);
  };
  for (const n of nodes) {
    out.push(`    <node id="${xmlAttribute(n.id)}">`);
    data('n_label', n.name);
    for (const c of NODE_ATTRIBUTES) data(`n_${c.name}`, cellText(c.value(n, sources)));
    out.push('    </node>');
  }
  for (const r of relationships) {
    const ends = `source="${xmlAttribute(r.from.id)}" target="${xmlAttribute(r.to.id)}"`;
    out.push(`    <edge id="${xmlAttribute(r.id)}" ${ends}>`);
    data('e_label', r.type);
    for (const c of EDGE_ATTRIBUTES) data(`e_${c.name}`, cellText(c.value(r, sources)));
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

function key(id: string, target: 'node' | 'edge', name: string, type: CellType): string {
  return `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${XML_TYPE.graphml[type]}"/>`;
}
