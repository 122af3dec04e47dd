// A network drawn with cytoscape.js, loaded only when a page shows one so the first load stays
// small. Colours follow the kind (see the legend); a click on a node goes to its page, a click
// on a group expands it. Labels keep one size on screen at any zoom and are shown only where
// they collide with no other (labels.ts): zooming in shows more. Canvas is invisible to screen
// readers and keyboards, so the drawn entities and groups are also listed as links and buttons.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Core, ElementDefinition, NodeSingular, EdgeSingular } from 'cytoscape';
import { KINDS } from '../i18n/kinds.ts';
import { relationshipLabel } from '../i18n/relationships.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import type { EntityKind } from '../generated/graphql.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import {
  columns,
  distancesFrom,
  rings,
  type GraphEdge,
  type GraphNode,
  type Side,
} from './layout.ts';
import { groupId, groupNeighbourhood, type Group } from './groups.ts';
import { placeLabels, type LabelBox } from './labels.ts';
import { graphStyle, LABEL_PX, LABEL_WIDTH_PX } from './style.ts';
import { KindLegend } from './KindLegend.tsx';

interface Props {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The node the drawing is about: the ring centre, or the first column of a path. */
  centre: string;
  /** Nodes marked like the centre: the two ends of a path. */
  ends?: string[];
  shape: 'rings' | 'columns';
  onSelect(id: string): void;
  edgeLabels?: boolean;
}

const ZOOM = { min: 0.1, max: 4, initialMax: 1.5, step: 1.3 };
/** Below this width a path is drawn top to bottom, so its labels keep their size on a phone. */
const NARROW_PX = 560;

const SIDES: Record<Side, { halign: string; valign: string; mx: number; my: number }> = {
  below: { halign: 'center', valign: 'bottom', mx: 0, my: 3 },
  above: { halign: 'center', valign: 'top', mx: 0, my: -3 },
  right: { halign: 'right', valign: 'center', mx: 4, my: 0 },
  left: { halign: 'left', valign: 'center', mx: -4, my: 0 },
};

export function NetworkGraph(props: Props) {
  const { nodes, edges, centre, shape, onSelect, edgeLabels } = props;
  const { lang, t } = useLang();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const [drawMs, setDrawMs] = useState<number | null>(null);
  const [labelsShown, setLabelsShown] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const endsKey = (props.ends ?? []).join('|');
  useEffect(() => setExpanded(new Set()), [nodes, edges]);

  const drawn = useMemo(
    () =>
      shape === 'rings'
        ? groupNeighbourhood(centre, nodes, edges, expanded)
        : { nodes, edges, groups: [] as Group[] },
    [shape, centre, nodes, edges, expanded],
  );

  useEffect(() => {
    let cy: Core | undefined;
    let cancelled = false;
    setDrawMs(null);
    void import('cytoscape').then(({ default: cytoscape }) => {
      const box = container.current;
      if (cancelled || !box) return;
      performance.mark('graph-draw-start');
      const ends = new Set([centre, ...endsKey.split('|').filter(Boolean)]);
      const groups = new Map(drawn.groups.map((g) => [groupId(g.key), g]));
      const width = box.clientWidth || 800;
      const height = box.clientHeight || 520;
      const positions =
        shape === 'columns'
          ? columns(centre, drawn.nodes, drawn.edges, width < NARROW_PX)
          : rings(centre, drawn.nodes, drawn.edges, width / height);
      const distance = distancesFrom(centre, drawn.nodes, drawn.edges);
      const degree = new Map<string, number>();
      for (const e of drawn.edges)
        for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
      const elements: ElementDefinition[] = [
        ...drawn.nodes.map((n): ElementDefinition => {
          const group = groups.get(n.id);
          const position = positions[n.id] ?? { x: 0, y: 0, side: 'below' as const };
          const priority = ends.has(n.id)
            ? 1000
            : group
              ? 600 + Math.min(group.members.length, 99)
              : 500 - 50 * (distance.get(n.id) ?? 0) + Math.min(degree.get(n.id) ?? 0, 49);
          return {
            data: {
              id: n.id,
              label: group ? groupLabel(group, lang, t) : nameIn(n, lang),
              colour: colourOf(n.kind),
              priority,
              ...SIDES[position.side],
            },
            position: { x: position.x, y: position.y },
            classes: [
              ends.has(n.id) ? (n.id === centre ? 'centre' : 'end') : '',
              group ? 'group' : '',
            ]
              .filter(Boolean)
              .join(' '),
          };
        }),
        ...drawn.edges.map((e) => ({
          data: {
            id: e.id,
            source: e.from,
            target: e.to,
            label: e.type ? relationshipLabel(e.type, lang) : '',
            priority: 100,
          },
        })),
      ];
      cy = cytoscape({
        container: box,
        elements,
        style: graphStyle(edgeLabels ?? false),
        layout: { name: 'preset', fit: true, padding: 30 },
        minZoom: ZOOM.min,
        maxZoom: ZOOM.max,
        wheelSensitivity: 0.4,
      });
      cyRef.current = cy;
      // Fitting a handful of nodes would blow them up to poster size.
      if (cy.zoom() > ZOOM.initialMax) {
        cy.zoom(ZOOM.initialMax);
        cy.center();
      }
      const drawing = cy;
      const place = (): void => setLabelsShown(placeVisibleLabels(drawing, Boolean(edgeLabels)));
      // Labels grow in drawing units as the zoom shrinks: fit again once they have their size,
      // so the outermost ones stay inside the box.
      sizeLabels(cy, Boolean(edgeLabels));
      cy.fit(undefined, 30);
      if (cy.zoom() > ZOOM.initialMax) {
        cy.zoom(ZOOM.initialMax);
        cy.center();
      }
      place();
      let frame = 0;
      cy.on('zoom', () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(place);
      });
      cy.on('tap', 'node', (event) => {
        const id = String(event.target.id());
        const group = groups.get(id);
        if (group) setExpanded((now) => new Set(now).add(group.key));
        else select.current(id);
      });
      // The drawing is done when the first frame after the layout has been painted.
      requestAnimationFrame(() => {
        const measure = performance.measure('graph-draw', 'graph-draw-start');
        if (!cancelled) setDrawMs(Math.round(measure.duration));
      });
    });
    return () => {
      cancelled = true;
      cyRef.current = null;
      cy?.destroy();
    };
    // `t` follows `lang`, which is listed.
  }, [drawn, centre, endsKey, shape, lang, edgeLabels]);

  const zoom = (by: number | null): void => {
    const cy = cyRef.current;
    if (!cy) return;
    if (by === null) cy.fit(undefined, 30);
    else
      cy.zoom({
        level: Math.min(ZOOM.max, Math.max(ZOOM.min, cy.zoom() * by)),
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
  };

  return (
    <figure className="network">
      <div className="network-tools">
        <button type="button" onClick={() => zoom(ZOOM.step)} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoom(1 / ZOOM.step)} aria-label={t('zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => zoom(null)}>
          {t('zoomFit')}
        </button>
        {drawn.groups.length > 0 && <span className="hint">{t('groupsHint')}</span>}
      </div>
      <div
        ref={container}
        className="network-canvas"
        role="img"
        aria-label={`${t('network')}: ${t('networkList', { n: nodes.length })}`}
        data-testid="network"
        data-node-count={nodes.length}
        data-drawn-count={drawn.nodes.length}
        data-groups={drawn.groups.length}
        data-labels-shown={labelsShown ?? ''}
        data-draw-ms={drawMs ?? ''}
      />
      <KindLegend kinds={[...new Set(nodes.map((n) => n.kind))]} />
      {drawn.groups.length > 0 && (
        <div className="groups" data-testid="network-groups">
          {drawn.groups.map((g) => (
            <button
              key={g.key}
              type="button"
              className="secondary"
              onClick={() => setExpanded((now) => new Set(now).add(g.key))}
            >
              {t('expandGroup', { kind: kindName(g.kind, lang), n: g.members.length })}
            </button>
          ))}
        </div>
      )}
      <details className="network-list">
        <summary>{t('networkList', { n: nodes.length })}</summary>
        <ul data-testid="network-nodes">
          {nodes.map((n) => (
            <li key={n.id}>
              <EntityLink entity={{ ...n, kind: n.kind as EntityKind }} />
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}

const colourOf = (kind: string): string => KINDS[kind as EntityKind]?.colour ?? '#999999';
const kindName = (kind: string, lang: 'zh' | 'en'): string =>
  KINDS[kind as EntityKind]?.[lang] ?? kind;

function groupLabel(group: Group, lang: 'zh' | 'en', t: ReturnType<typeof useLang>['t']): string {
  return t('groupOf', { kind: kindName(group.kind, lang), n: group.members.length });
}

/**
 * Sizes every label for the current zoom, then hides those that would collide with a more
 * important one. Returns how many are shown.
 */
function placeVisibleLabels(cy: Core, edgeLabels: boolean): number {
  sizeLabels(cy, edgeLabels);
  const labelled = cy.elements().filter((e) => String(e.data('label') ?? '') !== '');
  const boxes: LabelBox[] = labelled.map((e: NodeSingular | EdgeSingular) => {
    const b = e.renderedBoundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    return {
      id: e.id(),
      x1: b.x1,
      y1: b.y1,
      x2: b.x2,
      y2: b.y2,
      priority: Number(e.data('priority')),
    };
  });
  const shown = placeLabels(boxes);
  cy.batch(() => {
    labelled.forEach((e) => {
      if (!shown.has(e.id())) e.addClass('label-hidden');
    });
  });
  return shown.size;
}

/** Sizes every label for the current zoom, so that on screen it keeps its size in pixels. */
function sizeLabels(cy: Core, edgeLabels: boolean): void {
  const z = cy.zoom();
  cy.batch(() => {
    cy.nodes().forEach((n: NodeSingular) => {
      const px =
        n.hasClass('centre') || n.hasClass('end')
          ? LABEL_PX.emphasised
          : n.hasClass('group')
            ? LABEL_PX.group
            : LABEL_PX.node;
      n.style({
        'font-size': px / z,
        'text-max-width': `${LABEL_WIDTH_PX / z}px`,
        'text-margin-x': Number(n.data('mx')) / z,
        'text-margin-y': Number(n.data('my')) / z,
        'text-background-padding': `${1 / z}px`,
      });
    });
    if (edgeLabels) cy.edges().style({ 'font-size': LABEL_PX.edge / z });
    cy.elements().removeClass('label-hidden');
  });
}
