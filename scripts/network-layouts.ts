// npm run measure:layouts [-- --url http://localhost:4000]
//
// How the network drawing's layout and label strategy were chosen: for the neighbourhoods of
// 慈溪 (depth 2) and 武汉科技大学 (depth 1) from a running server, each candidate layout is fitted
// into the entity page's drawing (1,130×520 px on a desktop, 366×340 on a phone) and its labels
// measured on screen at 12 px: how many pairs overlap when every label is shown, and how many can
// be shown with none overlapping (labels.ts, most important first). Label boxes are estimated
// from the text (a CJK character 1 em, other characters 0.55 em, at most 150 px) rather than
// drawn, so the figures compare strategies; the browser tests measure the real drawing.
import cytoscape from 'cytoscape';
import { rings, type GraphEdge, type GraphNode, type Side } from '../web/src/graph/layout.ts';
import { groupNeighbourhood } from '../web/src/graph/groups.ts';
import { overlappingPairs, placeLabels, type LabelBox } from '../web/src/graph/labels.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--url');
const base = (at >= 0 ? args[at + 1] : undefined) ?? 'http://localhost:4000';

const CASES = [
  { id: 'region:cixi', depth: 2, maxNodes: 100 },
  { id: 'university:wust', depth: 1, maxNodes: 100 },
];
const SCREENS = [
  { name: 'desktop', width: 1130, height: 520 },
  { name: 'phone', width: 366, height: 340 },
];
const FONT_PX = 12;
const MAX_LABEL_PX = 150;
const NODE_PX = 14;
const PADDING = 30;

type Positions = Record<string, { x: number; y: number; side: Side }>;

async function neighbourhood(id: string, depth: number, maxNodes: number) {
  const query = `query($id: ID!, $depth: Int!, $maxNodes: Int!) { neighborhood(id: $id, depth: $depth, maxNodes: $maxNodes) {
    nodes { id kind name nameEn } relationships { id type from { id } to { id } } } }`;
  const res = await fetch(`${base.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { id, depth, maxNodes } }),
  });
  const body = (await res.json()) as {
    data: {
      neighborhood: {
        nodes: GraphNode[];
        relationships: { id: string; type: string; from: { id: string }; to: { id: string } }[];
      };
    };
  };
  const { nodes, relationships } = body.data.neighborhood;
  const edges: GraphEdge[] = relationships.map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from.id,
    to: r.to.id,
  }));
  return { nodes, edges };
}

const textWidth = (text: string): number =>
  Math.min(
    MAX_LABEL_PX,
    [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55), 0) *
      FONT_PX,
  );

function cytoscapeLayout(
  name: 'concentric' | 'cose',
  nodes: GraphNode[],
  edges: GraphEdge[],
  centre: string,
): Positions {
  const cy = cytoscape({
    headless: true,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id } })),
      ...edges.map((e) => ({ data: { id: e.id, source: e.from, target: e.to } })),
    ],
  });
  const degreeOf = (id: string): number =>
    id === centre ? 1_000 : cy.getElementById(id).degree(false);
  cy.layout(
    name === 'concentric'
      ? {
          name,
          animate: false,
          minNodeSpacing: 12,
          concentric: (n) => degreeOf(n.id()),
          levelWidth: () => 1,
        }
      : { name, animate: false, randomize: false, nodeRepulsion: () => 8_000 },
  ).run();
  const positions: Positions = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position(), side: 'below' };
  });
  return positions;
}

/** Label boxes on screen after fitting the nodes into the drawing, 12 px labels on one side. */
function boxes(
  positions: Positions,
  nodes: GraphNode[],
  centre: string,
  screen: { width: number; height: number },
  sides: boolean,
): LabelBox[] {
  const xs = nodes.map((n) => positions[n.id]?.x ?? 0);
  const ys = nodes.map((n) => positions[n.id]?.y ?? 0);
  const w = Math.max(1, Math.max(...xs) - Math.min(...xs));
  const h = Math.max(1, Math.max(...ys) - Math.min(...ys));
  const zoom = Math.min(
    1.5,
    (screen.width - 2 * PADDING - MAX_LABEL_PX) / w,
    (screen.height - 2 * PADDING - 40) / h,
  );
  return nodes.map((n, i) => {
    const p = positions[n.id] ?? { x: 0, y: 0, side: 'below' as const };
    const x = (p.x - Math.min(...xs)) * zoom + PADDING;
    const y = (p.y - Math.min(...ys)) * zoom + PADDING;
    const tw = textWidth(n.name);
    const th = FONT_PX * 1.3;
    const r = (NODE_PX * zoom) / 2 + 3;
    const side = sides ? p.side : 'below';
    const box =
      side === 'right'
        ? { x1: x + r, y1: y - th / 2 }
        : side === 'left'
          ? { x1: x - r - tw, y1: y - th / 2 }
          : side === 'above'
            ? { x1: x - tw / 2, y1: y - r - th }
            : { x1: x - tw / 2, y1: y + r };
    return {
      id: n.id,
      ...box,
      x2: box.x1 + tw,
      y2: box.y1 + th,
      priority: n.id === centre ? 1000 : 500 - i / 1000,
    };
  });
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);
say(`Label overlaps by layout (${base}); "shown" = labels that fit with no overlap.`);
for (const c of CASES) {
  const { nodes, edges } = await neighbourhood(c.id, c.depth, c.maxNodes);
  const grouped = groupNeighbourhood(c.id, nodes, edges, new Set());
  for (const [setName, set] of [
    ['all', { nodes, edges }],
    ['grouped', grouped],
  ] as const) {
    if (setName === 'grouped' && set.nodes.length === nodes.length) continue;
    for (const screen of SCREENS) {
      const candidates: [string, Positions, boolean][] = [
        [
          'concentric (cytoscape), labels below',
          cytoscapeLayout('concentric', set.nodes, set.edges, c.id),
          false,
        ],
        [
          'cose (cytoscape), labels below',
          cytoscapeLayout('cose', set.nodes, set.edges, c.id),
          false,
        ],
        [
          'rings, labels below',
          rings(c.id, set.nodes, set.edges, screen.width / screen.height),
          false,
        ],
        [
          'rings, labels outward',
          rings(c.id, set.nodes, set.edges, screen.width / screen.height),
          true,
        ],
      ];
      for (const [name, positions, sides] of candidates) {
        const b = boxes(positions, set.nodes, c.id, screen, sides);
        say(
          `${c.id} depth ${c.depth}, ${set.nodes.length} nodes (${setName}), ${screen.name}: ${name.padEnd(38)} ` +
            `${String(overlappingPairs(b)).padStart(4)} overlapping pairs with all shown; ${String(placeLabels(b).size).padStart(3)} shown with none`,
        );
      }
    }
  }
}
