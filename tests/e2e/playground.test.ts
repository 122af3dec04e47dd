// The playground at /playground: GraphiQL from our own bundle, with the schema docs, every
// example operation as a tab and in the Examples panel, running queries with nothing fetched
// from beyond this machine.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventually, offMachine, useBrowser, screenshot } from '../helpers/browser.ts';
import { axeViolations, describeViolations } from '../helpers/audits.ts';

/**
 * What axe still finds in GraphiQL 4 once its theme and labels are fixed, rule by rule, with
 * at most how many elements, and why each stays: all of it is GraphiQL's own markup.
 */
const REMAINING: Record<string, { most: number; why: string }> = {
  'nested-interactive': {
    most: 14,
    why: 'each editor tab (role=tab) holds its own close button; GraphiQL renders both, and no prop changes it',
  },
  'scrollable-region-focusable': {
    most: 1,
    why: "CodeMirror 5's scroll box is not focusable itself: its text area, outside the box, takes the focus and the keys",
  },
};

const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) =>
  f.endsWith('.graphql'),
);

const browser = useBrowser();

describe('playground', { timeout: 60_000 }, () => {
  it('loads with the schema docs and one tab per example operation', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/playground`);
    await eventually(() => page.locator('.graphiql-doc-explorer').textContent()).toContain('Query');
    expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);
  });

  it('runs the search example and shows its result', async () => {
    const { page } = browser;
    // The editor fills after the docs do; a click before that would run nothing.
    await eventually(() => page.locator('.graphiql-query-editor').textContent()).toContain(
      'SearchByName',
    );
    await page.locator('.graphiql-execute-button').click();
    await eventually(() => page.locator('.graphiql-response').textContent()).toContain(
      '武汉科技大学',
    );
    await screenshot(page, 'playground');
  });

  it('opens an example from the Examples panel in a new tab and runs it', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Show Examples' }).click();
    await page.getByRole('button', { name: 'wust-to-ruitang-paths' }).click();
    await eventually(() => page.locator('.graphiql-tab').count()).toBe(examples.length + 1);
    await eventually(() => page.locator('.graphiql-query-editor').textContent()).toContain(
      'WustToRuitangPaths',
    );
    await page.locator('.graphiql-execute-button').click();
    await eventually(() => page.locator('.graphiql-response').textContent()).toContain(
      '浙江瑞堂塑料科技股份有限公司 与 武汉科技大学 结对',
    );
    await screenshot(page, 'playground-example');
  });

  it('axe finds only what GraphiQL itself renders, each rule within its listed count', async () => {
    const { page, origin } = browser;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${origin}/playground`);
    await eventually(() => page.locator('.graphiql-doc-explorer').textContent()).toContain('Query');
    await eventually(() =>
      page.locator('.graphiql-query-editor textarea').getAttribute('aria-label'),
    ).toBe('查询编辑器');
    const violations = await axeViolations(page);
    console.log(
      `[a11y] playground: ${violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${REMAINING[v.id]?.why ?? 'not listed'}`).join('; ') || 'no findings'}`,
    );
    const unlisted = violations.filter(
      (v) => !REMAINING[v.id] || v.nodes.length > (REMAINING[v.id]?.most ?? 0),
    );
    expect(describeViolations(unlisted)).toEqual([]);
    expect(violations.filter((v) => v.impact === 'critical')).toEqual([]);
  });

  it('gives the query editor most of the width at 1440 px', async () => {
    const { page } = browser;
    const editor = await page.locator('.graphiql-editors').boundingBox();
    const response = await page.locator('.graphiql-response').boundingBox();
    expect(editor?.width).toBeGreaterThan(560);
    expect(editor?.width ?? 0).toBeGreaterThan(response?.width ?? 0);
  });

  it('switches its own texts between Chinese and English', async () => {
    const { page } = browser;
    expect(await page.locator('h1').textContent()).toBe('慈溪创新图谱 · GraphQL 调试台');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await page.locator('h1').getAttribute('lang')).toBe('zh-CN');
    await page.getByTestId('playground-language').click();
    await eventually(() => page.locator('h1').textContent()).toBe(
      'Cixi Innovation Graph · GraphQL playground',
    );
    expect(page.url()).toContain('/playground?lang=en');
    await eventually(() =>
      page.locator('.graphiql-query-editor textarea').getAttribute('aria-label'),
    ).toBe('Query editor');
    await page.getByRole('button', { name: 'Show Examples' }).click();
    await eventually(() => page.locator('.examples-panel h2').textContent()).toBe(
      'Example operations',
    );
    await screenshot(page, 'playground-en');
  });

  it('sent no request beyond this machine', () => {
    expect(browser.requests.some((url) => url.endsWith('/graphql'))).toBe(true);
    expect(offMachine(browser.requests)).toEqual([]);
  });
});
