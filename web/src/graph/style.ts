// The network's look: a node's colour is its kind's; labels use the page's CJK font stack so
// Chinese names draw on the canvas as they do in the text, on a light backing so an edge under
// a label does not cut through it. Label sizes are set per zoom (NetworkGraph.tsx), so they
// stay the same size on screen however far the drawing is zoomed.
import type { StylesheetJson } from 'cytoscape';

export const FONT =
  'system-ui, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** On-screen label sizes in CSS pixels. */
export const LABEL_PX = { node: 12, emphasised: 15, group: 13, edge: 11 };
/** Longest label line on screen, in CSS pixels, before it ends in "…". */
export const LABEL_WIDTH_PX = 150;

export function graphStyle(edgeLabels: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': LABEL_PX.node,
        color: '#1d2329',
        'text-halign': 'data(halign)' as never,
        'text-valign': 'data(valign)' as never,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_WIDTH_PX}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 14,
        height: 14,
      },
    },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        width: 26,
        height: 18,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': '#1d2329',
        'font-weight': 'bold',
      },
    },
    {
      selector: 'node.centre, node.end',
      style: {
        width: 28,
        height: 28,
        'border-width': 3,
        'border-color': '#111111',
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#a7b0b8',
        'curve-style': edgeLabels ? 'bezier' : 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#a7b0b8',
        'arrow-scale': 0.7,
        ...(edgeLabels
          ? {
              label: 'data(label)',
              'font-size': LABEL_PX.edge,
              'font-family': FONT,
              color: '#3d464f',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.9,
              'text-background-padding': '1px',
            }
          : {}),
      },
    },
    { selector: 'edge.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  ];
}
