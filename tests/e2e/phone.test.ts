// The dashboard on a phone (390×844 CSS pixels, as an iPhone 12–15): no table wider than the
// screen or narrower than its content, no sideways scrolling, a nav that fits in one row with
// tap targets a finger can hit, an entity page of reasonable length, and a path drawing whose
// labels keep a readable size.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnNetwork, eventually, screenshot, useBrowser } from '../helpers/browser.ts';
import { drawnLabels } from '../helpers/audits.ts';

const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
});

/**
 * Tables squeezed narrower than their content: wider than the screen, overflowing, or with a
 * cell under four characters wide whose text breaks onto several lines (Chinese text breaks
 * between any two characters, so a squeezed column shows one to three characters a line rather
 * than overflowing).
 */
const crampedTables = (p: Page) =>
  p.evaluate(`[...document.querySelectorAll('table')].flatMap((t) => {
    const name = t.caption ? t.caption.textContent : t.className;
    const problems = [];
    if (t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > innerWidth)
      problems.push(name + ': ' + t.scrollWidth + ' px of content in ' + t.clientWidth);
    for (const cell of t.querySelectorAll('th, td')) {
      // A cell under four characters wide whose text breaks onto more than one line.
      const em = parseFloat(getComputedStyle(cell).fontSize);
      const text = document.createRange();
      text.selectNodeContents(cell);
      const lines = new Set([...text.getClientRects()].map((r) => Math.round(r.top))).size;
      if (lines > 1 && cell.clientWidth < 4 * em)
        problems.push(name + ': a cell ' + cell.clientWidth + ' px wide holds ' + JSON.stringify(cell.textContent.trim()) + ' on ' + lines + ' lines');
    }
    return problems;
  })`) as Promise<string[]>;

const pageSize = (p: Page) =>
  p.evaluate(
    `({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })`,
  ) as Promise<{
    width: number;
    height: number;
  }>;

describe('on a phone, 390×844', { timeout: 60_000 }, () => {
  it('the entity page of 武汉科技大学 fits the width, has no cramped table and is under 2,500 px', async () => {
    await page.goto(`${browser.origin}/#/entity/university:wust`);
    await drawnNetwork(page);
    await eventually(() => page.getByTestId('relationship').count()).toBe(8);
    const size = await pageSize(page);
    console.log(`[phone] entity page of 武汉科技大学: ${size.width}×${size.height} px`);
    expect(await crampedTables(page)).toEqual([]);
    // The relationships are cards, not a table.
    expect(await page.getByTestId('relationships').locator('table').count()).toBe(0);
    expect(size.width).toBe(390);
    expect(size.height).toBeLessThan(2_500);
    // Each relationship a card as wide as the page, none squeezed into a column.
    const widths = await page
      .getByTestId('relationship')
      .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(300);
    await screenshot(page, 'phone-entity');
  });

  it('the nav fits in one row, each link at least 24 px in both directions', async () => {
    const links = await page.locator('header nav a').evaluateAll((list) =>
      list.map((a) => {
        const r = a.getBoundingClientRect();
        return { text: a.textContent, top: Math.round(r.top), width: r.width, height: r.height };
      }),
    );
    expect(links.map((l) => l.text)).toEqual(['搜索', '路径', '概览', '审核', 'GraphQL 调试台']);
    expect(new Set(links.map((l) => l.top)).size).toBe(1);
    for (const l of links) {
      expect(l.width).toBeGreaterThanOrEqual(24);
      expect(l.height).toBeGreaterThanOrEqual(24);
    }
  });

  it('the overview: its charts are tables that fit, and nothing scrolls sideways', async () => {
    await page.goto(`${browser.origin}/#/overview?scope=industry:smart-home-appliances`);
    await eventually(() => page.getByTestId('coverage-share').textContent()).toContain('0/5');
    expect(await page.locator('table.chart').count()).toBe(4);
    expect(await crampedTables(page)).toEqual([]);
    expect((await pageSize(page)).width).toBe(390);
    await screenshot(page, 'phone-overview');
  });

  it('a path drawing runs top to bottom with labels of at least 11 px', async () => {
    await page.goto(`${browser.origin}/#/paths?from=university:wust&to=enterprise:ruitang&hops=3`);
    await drawnNetwork(page);
    const labels = await drawnLabels(page);
    expect(labels.map((l) => l.text)).toEqual(
      expect.arrayContaining(['武汉科技大学', '浙江瑞堂塑料科技股份有限公司']),
    );
    for (const l of labels) expect(l.fontPx).toBeGreaterThanOrEqual(11);
    expect((await pageSize(page)).width).toBe(390);
    await screenshot(page, 'phone-paths');
  });
});
