// The playground at /playground: GraphiQL from our own bundle, with the schema docs, every
// example operation as a tab and in the Examples panel, running queries with nothing fetched
// from beyond this machine.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  offMachine,
  openBrowser,
  screenshot,
  type Browser,
} from '../helpers/browser.ts';

const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) =>
  f.endsWith('.graphql'),
);

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => browser?.close());

describe('playground', { timeout: 60_000 }, () => {
  it('loads with the schema docs and one tab per example operation', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/playground`);
    await eventually(() => page.locator('.graphiql-doc-explorer').textContent()).toContain('Query');
    expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);
  });

  it('runs the search example and shows its result', async () => {
    const { page } = browser;
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

  it('sent no request beyond this machine', () => {
    expect(browser.requests.some((url) => url.endsWith('/graphql'))).toBe(true);
    expect(offMachine(browser.requests)).toEqual([]);
  });
});
