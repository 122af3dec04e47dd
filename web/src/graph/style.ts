// The network's look: a node's colour is its kind's; labels use the page's CJK font stack so
// Chinese names draw on the canvas as they do in the text.
import type { StylesheetJson } from 'cytoscape';

const FONT =
  'system-ui, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export function graphStyle(edgeLabels: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: '#222',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        width: 18,
        height: 18,
      },
    },
    {
      selector: 'node.centre',
      style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#111', 'font-size': 13 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#b5b5b5',
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b5b5b5',
        'arrow-scale': 0.7,
        ...(edgeLabels
          ? { label: 'data(label)', 'font-size': 10, 'font-family': FONT, color: '#555' }
          : {}),
      },
    },
  ];
}
