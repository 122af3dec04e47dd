// The path finder in a real browser: pick two entities by name, read the paths as sentences;
// a shared link restores the ends and the hop limit; an API error is shown with its code.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  drawnNetwork,
  eventually,
  offMachine,
  useBrowser,
  screenshot,
} from '../helpers/browser.ts';

const browser = useBrowser();

async function pick(page: Page, picker: string, typed: string, name: string): Promise<void> {
  const box = page.getByTestId(picker);
  await box.getByRole('combobox').fill(typed);
  // A suggestion is named by its name, then its English name.
  await box
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .click();
}

describe('path finder', { timeout: 60_000 }, () => {
  it('from 武汉科技大学 to 浙江瑞堂塑料科技 shows a path explained in words', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/#/paths`);
    await pick(page, 'path-from', '武汉科技大学', '武汉科技大学');
    await pick(page, 'path-to', '浙江瑞堂塑料科技', '浙江瑞堂塑料科技股份有限公司');
    await page.getByTestId('find-paths').click();
    await eventually(() => page.getByTestId('path-explanation').allTextContents()).toContainEqual(
      expect.stringContaining('浙江瑞堂塑料科技股份有限公司 与 武汉科技大学 结对'),
    );
    expect(page.url()).toContain('#/paths?from=university:wust&to=enterprise:ruitang&hops=4');
    expect((await drawnNetwork(page)).nodes).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'path-finder');
  });

  it('a shared paths link restores both ends, the hop limit and the language', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `${browser.origin}/#/paths?from=university:wust&to=enterprise:ruitang&hops=3&lang=en`,
    );
    // 1 hop: the pairing; 2: the 科创伙伴 programme both take part in; 3: Professor Fu's team.
    await eventually(() => page.getByTestId('path').count()).toBe(3);
    expect(await page.getByTestId('hops').inputValue()).toBe('3');
    await eventually(() => page.getByTestId('path-from').getByRole('combobox').inputValue()).toBe(
      'Wuhan University of Science and Technology',
    );
    expect(await page.getByTestId('path-explanation').first().textContent()).toContain(
      'is paired with Wuhan University of Science and Technology',
    );
    await screenshot(page, 'shared-paths-link');
    await page.close();
  });

  it('offers the kinds of link and their status in words, and says a planned step is planned', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `${browser.origin}/#/paths?from=region:cixi&to=platform:ip-alliance&hops=1&links=POLICY`,
    );
    await eventually(() => page.getByTestId('path-explanation').allTextContents()).toEqual([
      '慈溪 计划建设 制造业集群知识产权联盟（谋划建设）。',
    ]);
    expect(await page.getByTestId('path').textContent()).toContain('建设（计划中）');
    const links = page.getByTestId('path-links');
    expect(await links.getByRole('checkbox', { name: /行政与政策：/ }).isChecked()).toBe(true);
    expect(await links.getByRole('checkbox', { name: /合作：/ }).isChecked()).toBe(false);
    // Only what is in place: the planned alliance is no longer reached.
    const statuses = page.getByTestId('path-statuses');
    for (const label of ['计划中', '推广中', '探索中'])
      await statuses.getByRole('checkbox', { name: label }).uncheck();
    await page.getByTestId('find-paths').click();
    await eventually(() => page.getByTestId('no-paths').count()).toBe(1);
    expect(page.url()).toContain('links=POLICY&status=ACTUAL');
    await screenshot(page, 'path-finder-statuses');
    await page.close();
  });

  it('an API error is shown with its message and code, not a blank page', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/#/paths?from=university:wust&to=enterprise:ruitang&hops=9`);
    await eventually(() => page.getByTestId('api-error-code').textContent()).toBe('BAD_USER_INPUT');
    // In the reader's language, with the server's own words beside it.
    expect(await page.getByTestId('api-error-message').textContent()).toBe(
      '最多跳数（maxHops）必须是 1 到 6 之间的整数，收到的是 9。',
    );
    expect(await page.getByTestId('api-error').locator('[lang="en"]').textContent()).toBe(
      'maxHops must be an integer from 1 to 6; got 9.',
    );
    await screenshot(page, 'api-error');
  });

  it('sent no request beyond this machine', () => {
    expect(offMachine(browser.requests)).toEqual([]);
  });
});
