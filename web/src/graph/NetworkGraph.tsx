// A network drawn with cytoscape.js, loaded only when a page shows one so the first load stays
// small. Colours follow the kind (see the legend); a click on a node goes to its page. Canvas
// is invisible to screen readers and tests alike, so the drawn nodes are also listed in the DOM.
import { useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { KINDS } from '../i18n/kinds.ts';
import { relationshipLabel } from '../i18n/relationships.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import type { EntityKind } from '../generated/graphql.ts';
import { columns, distancesFrom, type GraphEdge, type GraphNode } from './layout.ts';
import { graphStyle } from './style.ts';
import { KindLegend } from './KindLegend.tsx';

interface Props {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The node the drawing is about: the ring centre, or the first column of a path. */
  centre: string;
  shape: 'rings' | 'columns';
  onSelect(id: string): void;
  edgeLabels?: boolean;
}

export function NetworkGraph({ nodes, edges, centre, shape, onSelect, edgeLabels }: Props) {
  const { lang, t } = useLang();
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const [drawMs, setDrawMs] = useState<number | null>(null);

  useEffect(() => {
    let cy: Core | undefined;
    let cancelled = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      performance.mark('graph-draw-start');
      const elements: ElementDefinition[] = [
        ...nodes.map((n) => ({
          data: { id: n.id, label: nameIn(n, lang), colour: colourOf(n.kind) },
          classes: n.id === centre ? 'centre' : '',
        })),
        ...edges.map((e) => ({
          data: { id: e.id, source: e.from, target: e.to, label: relationshipLabel(e.type, lang) },
        })),
      ];
      cy = cytoscape({
        container: container.current,
        elements,
        style: graphStyle(edgeLabels ?? false),
        layout: layoutFor(shape, centre, nodes, edges),
        minZoom: 0.2,
        // Fitting a handful of nodes would blow them up to poster size; keep them readable.
        maxZoom: 1.2,
      });
      cy.on('tap', 'node', (event) => select.current(String(event.target.id())));
      // The drawing is done when the first frame after the layout has been painted.
      requestAnimationFrame(() => {
        const measure = performance.measure('graph-draw', 'graph-draw-start');
        if (!cancelled) setDrawMs(Math.round(measure.duration));
      });
    });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [nodes, edges, centre, shape, lang, edgeLabels]);

  return (
    <figure className="network">
      <div
        ref={container}
        className="network-canvas"
        data-testid="network"
        data-node-count={nodes.length}
        data-draw-ms={drawMs ?? ''}
      />
      <KindLegend kinds={[...new Set(nodes.map((n) => n.kind))]} />
      <ul className="visually-hidden" aria-label={t('networkNodes')} data-testid="network-nodes">
        {nodes.map((n) => (
          <li key={n.id}>{nameIn(n, lang)}</li>
        ))}
      </ul>
    </figure>
  );
}

const colourOf = (kind: string): string => KINDS[kind as EntityKind]?.colour ?? '#999999';

function layoutFor(
  shape: Props['shape'],
  centre: string,
  nodes: GraphNode[],
  edges: GraphEdge[],
): LayoutOptions {
  if (shape === 'columns')
    return { name: 'preset', positions: columns(centre, nodes, edges), fit: true, padding: 30 };
  const distance = distancesFrom(centre, nodes, edges);
  const farthest = Math.max(0, ...distance.values());
  return {
    name: 'concentric',
    animate: false,
    fit: true,
    padding: 20,
    // Room for labels when there are few nodes; many nodes are read by zooming in instead.
    minNodeSpacing: nodes.length > 60 ? 12 : 60,
    concentric: (node) => farthest - (distance.get(node.id()) ?? farthest),
    levelWidth: () => 1,
  };
}
