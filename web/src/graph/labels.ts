// Which labels to show so that none collides with another: the most important first (the centre
// and the ends of paths, then groups, then the nearest and best-connected), each shown only when
// its box, on screen, overlaps no box already shown. Zooming in makes room, so more labels show.
export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  priority: number;
}

/** Gap kept between two shown labels, in screen pixels. */
const GAP = 2;

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/** The ids of the labels to show. Boxes are bucketed on a grid, so this stays near-linear. */
export function placeLabels(boxes: LabelBox[]): Set<string> {
  const CELL = 64;
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor(b.x1 / CELL); x <= Math.floor(b.x2 / CELL); x++)
      for (let y = Math.floor(b.y1 / CELL); y <= Math.floor(b.y2 / CELL); y++)
        keys.push(`${x},${y}`);
    return keys;
  };
  const shown = new Set<string>();
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const box of ordered) {
    if (!(box.x2 > box.x1 && box.y2 > box.y1)) continue;
    const keys = cells(box);
    if (keys.some((k) => grid.get(k)?.some((other) => overlaps(box, other)))) continue;
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
    shown.add(box.id);
  }
  return shown;
}

/** Pairs of boxes that overlap (with no gap), for measuring a drawing. */
export function overlappingPairs(boxes: LabelBox[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs++;
    }
  return pairs;
}
