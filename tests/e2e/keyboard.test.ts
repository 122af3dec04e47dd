// The dashboard by keyboard alone: from the home page to a path from 武汉科技大学 to 环驰集团
// without one mouse or pointer event (the pickers are ARIA comboboxes), the focus following
// each change of view, a typed full name taken without picking, and Back restoring the fields.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, useBrowser, screenshot } from '../helpers/browser.ts';

const browser = useBrowser();

/**
 * Counts every mouse and pointer event that operates the page, from before its first script.
 * Not mousemove: Chromium sends one of its own when the layout under a resting pointer changes,
 * and a move operates nothing.
 */
async function countPointerEvents(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__pointer = [];
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'wheel'])
      addEventListener(type, (e) => window.__pointer.push(e.type), true);
    addEventListener('click', (e) => { if (e.detail > 0) window.__pointer.push('click'); }, true);
  `);
}

/** What has the focus: its tag, role, accessible label or text. */
const focused = (page: Page) =>
  page.evaluate(`(() => {
    const e = document.activeElement;
    const label = e.labels && e.labels[0] ? e.labels[0].textContent : '';
    return { tag: e.tagName, role: e.getAttribute('role'), label, text: (e.textContent || '').trim().slice(0, 40) };
  })()`) as Promise<{ tag: string; role: string | null; label: string; text: string }>;

/** Presses Tab until `wanted` holds for the focus; returns how many presses it took. */
async function tabUntil(
  page: Page,
  wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  most = 20,
): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return presses;
  }
  throw new Error(
    `the focus did not get there in ${most} Tabs: ${JSON.stringify(await focused(page))}`,
  );
}

/** Types into the focused picker and takes the suggestion starting with `name` by ↓ and Enter. */
async function pickByKeyboard(page: Page, testId: string, typed: string, name: string) {
  const input = page.getByTestId(testId).getByRole('combobox');
  await page.keyboard.type(typed);
  await eventually(() => input.getAttribute('aria-expanded')).toBe('true');
  const options = page.getByTestId(testId).getByRole('option');
  const names = await options.evaluateAll((list) => list.map((o) => o.textContent ?? ''));
  const index = names.findIndex((n) => n.startsWith(name));
  expect(index, `suggestions: ${names.join(' | ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await eventually(() => input.inputValue()).toBe(name);
  expect(await input.getAttribute('aria-expanded')).toBe('false');
}

describe('keyboard only', { timeout: 90_000 }, () => {
  it('finds a path from 武汉科技大学 to 环驰集团 with no mouse or pointer event', async () => {
    const page = await browser.context.newPage();
    await countPointerEvents(page);
    await page.goto(`${browser.origin}/#/overview`);
    await eventually(() => page.locator('main h1').textContent()).toBe('概览');
    // From the top of the page: the skip link, the site's name, 搜索, then 路径.
    const toNav = await tabUntil(page, (f) => f.tag === 'A' && f.text === '路径');
    expect(toNav).toBeLessThanOrEqual(4);
    await page.keyboard.press('Enter');
    await eventually(() => focused(page)).toEqual({
      tag: 'H1',
      role: null,
      label: '',
      text: '合作路径',
    });

    await tabUntil(page, (f) => f.role === 'combobox' && f.label === '起点', 1);
    await pickByKeyboard(page, 'path-from', '武汉科技', '武汉科技大学');
    await tabUntil(page, (f) => f.role === 'combobox' && f.label === '终点', 1);
    await pickByKeyboard(page, 'path-to', '环驰', '环驰集团');
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === '查找路径', 2);
    await page.keyboard.press('Enter');

    await eventually(() => page.getByTestId('path-explanation').allTextContents()).toContainEqual(
      expect.stringContaining('环驰集团'),
    );
    expect(page.url()).toContain('#/paths?from=university:wust&to=enterprise:huanchi&hops=4');
    const chain = await page.getByTestId('path-chain').first().textContent();
    expect(chain).toMatch(/^\d 跳武汉科技大学/);
    expect(chain).toMatch(/环驰集团$/);
    await screenshot(page, 'keyboard-path');
    expect(await page.evaluate('window.__pointer')).toEqual([]);
    await page.close();
  });

  it('the skip link moves the focus to the view heading', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/#/overview`);
    await eventually(() => page.locator('main h1').textContent()).toBe('概览');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toEqual({ tag: 'H1', role: null, label: '', text: '概览' });
    await page.close();
  });

  it('the first search result is three Tabs from the search box', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/`);
    await page.getByTestId('search-input').focus();
    await page.keyboard.type('武汉科技大学');
    // Typing searches by itself.
    await eventually(() =>
      page.getByTestId('search-results').locator('li').count(),
    ).toBeGreaterThan(0);
    expect(decodeURIComponent(page.url())).toContain('#/?q=武汉科技大学');
    const presses = await tabUntil(page, (f) => f.tag === 'A' && f.text.startsWith('武汉科技大学'));
    expect(presses).toBe(3);
    await page.keyboard.press('Enter');
    await eventually(() => focused(page)).toEqual({
      tag: 'H1',
      role: null,
      label: '',
      text: '武汉科技大学',
    });
    await page.close();
  });

  it('takes a full name typed without a suggestion, and says so when no entity bears it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/#/paths?from=university:wust`);
    const to = page.getByTestId('path-to').getByRole('combobox');
    await eventually(() => page.getByTestId('path-from').getByRole('combobox').inputValue()).toBe(
      '武汉科技大学',
    );
    await to.focus();
    await page.keyboard.type('不存在的公司');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByTestId('path-to-error').textContent()).toBe(
      '没有名为「不存在的公司」的实体，请从建议中选择。',
    );
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await to.fill('');
    await to.focus();
    await page.keyboard.type('浙江瑞堂塑料科技股份有限公司');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await eventually(() => page.url()).toContain('to=enterprise:ruitang');
    await eventually(() => page.getByTestId('path').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('Back and Forward', { timeout: 90_000 }, () => {
  it('the path fields show the ends of the paths on the page', async () => {
    const page = await browser.context.newPage();
    const from = page.getByTestId('path-from').getByRole('combobox');
    const to = page.getByTestId('path-to').getByRole('combobox');
    await page.goto(`${browser.origin}/#/paths?from=university:wust&to=enterprise:ruitang&hops=4`);
    await eventually(() => to.inputValue()).toBe('浙江瑞堂塑料科技股份有限公司');
    await eventually(() => page.getByTestId('path-explanation').first().textContent()).toContain(
      '瑞堂',
    );

    await to.fill('环驰');
    await page
      .getByTestId('path-to')
      .getByRole('option', { name: /^环驰集团/ })
      .click();
    await page.getByTestId('hops').selectOption('5');
    await page.getByTestId('find-paths').click();
    await eventually(() => page.url()).toContain('to=enterprise:huanchi&hops=5');
    await eventually(() => page.getByTestId('path-explanation').first().textContent()).toContain(
      '环驰集团',
    );

    await page.goBack();
    await eventually(() => page.url()).toContain('to=enterprise:ruitang&hops=4');
    await eventually(() => to.inputValue()).toBe('浙江瑞堂塑料科技股份有限公司');
    expect(await from.inputValue()).toBe('武汉科技大学');
    expect(await page.getByTestId('hops').inputValue()).toBe('4');
    await eventually(() => page.getByTestId('path-explanation').first().textContent()).toContain(
      '瑞堂',
    );

    await page.goForward();
    await eventually(() => to.inputValue()).toBe('环驰集团');
    expect(await page.getByTestId('hops').inputValue()).toBe('5');

    // Back to the empty path finder: the fields empty too.
    await page.goto(`${browser.origin}/#/paths`);
    await eventually(() => to.inputValue()).toBe('');
    await page.goBack();
    await eventually(() => to.inputValue()).toBe('环驰集团');
    await page.close();
  });

  it('the coverage filter and the search text follow Back', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/#/overview?scope=industry:smart-home-appliances`);
    await eventually(() => page.getByTestId('coverage-share').textContent()).toContain('0/5');
    await page.getByTestId('coverage-without').selectOption('talent');
    await eventually(() => page.getByTestId('coverage-lacking').locator('li').count()).toBe(5);
    expect(page.url()).toContain('without=talent');
    await page.goBack();
    await eventually(() => page.getByTestId('coverage-without').inputValue()).toBe('');
    await page.close();
  });
});
