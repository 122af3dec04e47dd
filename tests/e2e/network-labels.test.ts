// The network drawings measured as a reader sees them: on the depth-2 neighbourhood of 慈溪 and
// the neighbourhood of 武汉科技大学, and in a path drawing, no two labels shown overlap at the
// initial zoom, labels are at least 12 px on screen, a big neighbourhood is grouped with counts
// that expand on click, and zooming in shows more labels, still without overlap.
import { describe, expect, it } from 'vitest';
import { drawnNetwork, eventually, useBrowser, screenshot } from '../helpers/browser.ts';
import { drawnLabels, overlaps } from '../helpers/audits.ts';

const browser = useBrowser();

const drawnCount = async (): Promise<number> =>
  Number(await browser.page.getByTestId('network').getAttribute('data-drawn-count'));

describe('network labels', { timeout: 60_000 }, () => {
  it('慈溪 at depth 2: grouped, and no label shown overlaps another at the initial zoom', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/#/entity/region:cixi?depth=2`);
    const { nodes } = await drawnNetwork(page);
    const labels = await drawnLabels(page);
    const groups = Number(await page.getByTestId('network').getAttribute('data-groups'));
    console.log(
      `[labels] region:cixi depth 2: ${nodes} entities drawn as ${await drawnCount()} nodes in ` +
        `${groups} groups and the rest; ${labels.length} labels shown, ${overlaps(labels).length} overlapping pairs`,
    );
    expect(nodes).toBe(100);
    expect(overlaps(labels)).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(15);
    expect(labels.map((l) => l.text)).toContain('慈溪');
    expect(Math.min(...labels.map((l) => l.fontPx))).toBeGreaterThanOrEqual(12);
    expect(groups).toBeGreaterThan(0);
    await eventually(() => page.getByTestId('truncated').textContent()).toMatch(
      /^显示 100 个实体，共 \d+ 个（上限 100）。$/,
    );
    await screenshot(page, 'labels-cixi-depth-2', page.locator('.network'));
  });

  it('a group expands on click, and zooming in shows more labels, still apart', async () => {
    const { page } = browser;
    const before = await drawnCount();
    const button = page.getByTestId('network-groups').getByRole('button').first();
    const members = Number(/(\d+)/.exec((await button.textContent()) ?? '')?.[1]);
    await button.click();
    await eventually(drawnCount).toBe(before - 1 + members);
    await drawnNetwork(page);
    const initial = await drawnLabels(page);
    expect(overlaps(initial)).toEqual([]);
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '放大' }).click();
    await eventually(async () => overlaps(await drawnLabels(page)).length).toBe(0);
    const zoomed = await drawnLabels(page);
    console.log(
      `[labels] region:cixi after expanding a group: ${initial.length} labels shown, ${zoomed.length} after zooming in twice`,
    );
    expect(zoomed.length).toBeGreaterThan(initial.length / 2);
  });

  it('武汉科技大学: all 9 labels shown, none overlapping', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/#/entity/university:wust`);
    await drawnNetwork(page);
    const labels = await drawnLabels(page);
    expect(labels.length).toBe(9);
    expect(overlaps(labels)).toEqual([]);
    expect(labels.find((l) => l.text === '武汉科技大学')?.classes).toContain('centre');
  });

  it('a path drawing marks both ends and no edge or node label overlaps another', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/#/paths?from=university:wust&to=enterprise:ruitang&hops=3`);
    await drawnNetwork(page);
    // The pairing, the 科创伙伴 programme both take part in, and Professor Fu's team.
    await eventually(() => page.getByTestId('path').count()).toBe(3);
    const labels = await drawnLabels(page);
    expect(overlaps(labels)).toEqual([]);
    expect(labels.find((l) => l.text === '武汉科技大学')?.classes).toContain('centre');
    expect(labels.find((l) => l.text === '浙江瑞堂塑料科技股份有限公司')?.classes).toContain('end');
    expect(labels.filter((l) => l.text === '结对').length).toBeGreaterThan(0);
    await screenshot(page, 'labels-paths', page.locator('.network'));
  });
});
