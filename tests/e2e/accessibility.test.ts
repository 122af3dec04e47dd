// Every dashboard view checked with axe-core as a reader's tools would see it, once its data is
// in: no critical and no serious finding, and the layout shift while it loaded (what Lighthouse
// calls CLS) under 0.1. The playground is GraphiQL's own UI: its remaining findings are listed
// rule by rule with the reason each stays.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnNetwork, eventually, useBrowser, screenshot } from '../helpers/browser.ts';
import {
  axeViolations,
  describeViolations,
  layoutShift,
  watchLayoutShift,
} from '../helpers/audits.ts';

const browser = useBrowser();

interface View {
  name: string;
  path: string;
  ready(page: Page): Promise<unknown>;
}

const VIEWS: View[] = [
  {
    name: 'search',
    path: '/#/?q=武汉',
    ready: (page) =>
      eventually(() => page.getByTestId('search-results').textContent()).toContain('武汉科技大学'),
  },
  {
    name: 'entity',
    path: '/#/entity/university:wust',
    ready: async (page) => {
      await drawnNetwork(page);
      await eventually(() => page.getByTestId('relationship').count()).toBe(8);
    },
  },
  {
    name: 'paths',
    path: '/#/paths?from=university:wust&to=enterprise:huanchi&hops=4',
    ready: async (page) => {
      await drawnNetwork(page);
      await eventually(() => page.getByTestId('path').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'overview',
    path: '/#/overview?scope=industry:smart-home-appliances',
    ready: (page) =>
      eventually(() => page.getByTestId('coverage-counts').locator('tr').count()).toBe(3),
  },
  {
    name: 'document',
    path: '/#/document/source:talent-city-2025',
    ready: (page) => eventually(() => page.getByTestId('review-queue').count()).toBe(1),
  },
  {
    name: 'not-found',
    path: '/#/entity/university:nowhere',
    ready: (page) => eventually(() => page.getByTestId('not-found').count()).toBe(1),
  },
];

describe('accessibility of the dashboard', { timeout: 60_000 }, () => {
  for (const lang of ['zh', 'en'] as const)
    it.each(VIEWS)(
      `$name (${lang}): no critical or serious axe finding, CLS under 0.1`,
      async (view) => {
        const page = await browser.context.newPage();
        try {
          await watchLayoutShift(page);
          const suffix = lang === 'en' ? `${view.path.includes('?') ? '&' : '?'}lang=en` : '';
          await page.goto(`${browser.origin}${view.path}${suffix}`);
          await view.ready(page);
          const violations = await axeViolations(page);
          const blocking = violations.filter(
            (v) => v.impact === 'critical' || v.impact === 'serious',
          );
          console.log(
            `[a11y] ${view.name} (${lang}): axe ${violations.length ? describeViolations(violations).join('; ') : 'no findings'}; layout shift ${(await layoutShift(page)).toFixed(3)}`,
          );
          expect(describeViolations(blocking)).toEqual([]);
          expect(await layoutShift(page)).toBeLessThan(0.1);
          expect(await page.evaluate('document.documentElement.lang')).toBe(
            lang === 'en' ? 'en' : 'zh-CN',
          );
          if (lang === 'zh') await screenshot(page, `a11y-${view.name}`);
        } finally {
          await page.close();
        }
      },
    );

  it('names the browser tab after the view', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/#/entity/university:wust`);
    await eventually(() => page.title()).toBe('武汉科技大学 · 慈溪创新图谱');
    await page.goto(`${origin}/#/overview?lang=en`);
    await eventually(() => page.title()).toBe('Overview · Cixi Innovation Graph');
  });
});
