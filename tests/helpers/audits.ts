// What the browser tests measure in a page as outside tools would: axe-core's findings, the
// layout shift so far (the browser's own layout-shift entries, as Lighthouse sums them), and the
// labels a network drawing shows, read from cytoscape itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's violations for the page as it is now (WCAG 2.x A and AA, and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's script policy does not apply.
  await page.evaluate(AXE);
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: AxeViolation[];
  };
  return result.violations;
}

/** "rule (impact) ×n: first target" per violation, for a readable failure. */
export const describeViolations = (violations: AxeViolation[]): string[] =>
  violations.map(
    (v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ') ?? ''}`,
  );

/** Starts summing layout shifts not caused by input; read the sum with `layoutShift`. */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  `);
}

export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate('window.__layoutShift') as Promise<number>;

export interface DrawnLabel {
  id: string;
  text: string;
  /** On screen, in CSS pixels relative to the page. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The label's font size on screen (its size in the drawing times the zoom). */
  fontPx: number;
  classes: string[];
}

/**
 * The labels of the first network on the page that a reader can see: with text, not made
 * transparent, and at least partly inside the drawing's box. Read from the cytoscape instance
 * on the drawing's container (cytoscape keeps it there as `_cyreg`).
 */
export async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return (await page.evaluate(`(() => {
    const box = document.querySelector('[data-testid="network"]');
    const cy = box && box._cyreg && box._cyreg.cy;
    if (!cy) return [];
    const width = cy.width(), height = cy.height(), zoom = cy.zoom();
    const labels = [];
    cy.elements().forEach((e) => {
      const text = e.style('label');
      if (!text || Number(e.style('text-opacity')) === 0 || !e.visible()) return;
      const b = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      if (!(b.w > 0 && b.h > 0)) return;
      if (b.x2 < 0 || b.y2 < 0 || b.x1 > width || b.y1 > height) return;
      labels.push({ id: e.id(), text, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2,
        fontPx: parseFloat(e.style('font-size')) * zoom, classes: e.classes() });
    });
    return labels;
  })()`)) as DrawnLabel[];
}

/** Pairs of labels whose boxes overlap. */
export function overlaps(labels: DrawnLabel[]): [string, string][] {
  const pairs: [string, string][] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1))
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push([a.text, b.text]);
  });
  return pairs;
}
