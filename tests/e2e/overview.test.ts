// The overview in a real browser: bar charts of counts, figures by topic with their sources, and
// the coverage of a program or industry picked from a shared link.
import { describe, expect, it } from 'vitest';
import { eventually, useBrowser, screenshot } from '../helpers/browser.ts';

const browser = useBrowser();

describe('overview', { timeout: 60_000 }, () => {
  it('charts the counts and shows which smart-appliance enterprises have no link', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/#/overview?scope=industry:smart-home-appliances`);
    await eventually(() => page.locator('.chart').count()).toBe(4);
    expect(await page.locator('.chart').first().textContent()).toContain('企业');
    await eventually(() => page.getByTestId('coverage-share').textContent()).toContain('0/5');
    const uncovered = await page
      .getByTestId('coverage')
      .locator('.columns > div')
      .nth(1)
      .textContent();
    for (const name of ['公牛', '卓力', '先锋', '月立', '韩电']) expect(uncovered).toContain(name);
    // The picker's options arrive with their own query, after the coverage itself.
    await eventually(() => page.getByTestId('coverage-scope').inputValue()).toBe(
      'industry:smart-home-appliances',
    );
    await eventually(() => page.locator('.indicators li').count()).toBeGreaterThan(10);
    await screenshot(page, 'overview');
  });
});
