// The dashboard's search and entity page in a real browser: searching opens the page, the
// neighbourhood is drawn, the language toggles, shared links restore the view, and an unknown
// id gets a not-found page with a search box.
import { describe, expect, it } from 'vitest';
import {
  drawnNetwork,
  eventually,
  offMachine,
  useBrowser,
  screenshot,
} from '../helpers/browser.ts';

const browser = useBrowser();

describe('entity page', { timeout: 60_000 }, () => {
  it('a search for 武汉科技大学 opens its page', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/`);
    await page.getByTestId('search-input').fill('武汉科技大学');
    await page.getByTestId('search-input').press('Enter');
    await page
      .getByTestId('search-results')
      .getByRole('link', { name: '武汉科技大学', exact: true })
      .click();
    await eventually(() => page.getByTestId('entity-name').textContent()).toBe('武汉科技大学');
    expect(page.url()).toContain('#/entity/university:wust');
    // Each relationship a card read subject first, with its source paragraphs.
    const paired = page
      .getByTestId('relationship')
      // The card that reads 瑞堂 first: others may quote it in their evidence text.
      .filter({ hasText: /^浙江瑞堂塑料科技股份有限公司 结对/ });
    await eventually(() => paired.first().textContent()).toMatch(
      /^浙江瑞堂塑料科技股份有限公司 结对 武汉科技大学.*第 [\d、]*21[\d、]* 段/,
    );
    // How far along each link is: the pairing is in place.
    expect(await paired.first().textContent()).toContain('进展: 已实施');
    // Each alias says where it comes from: printed in a paragraph, or added by the curators.
    const aliases = await page.getByTestId('aliases').textContent();
    expect(aliases).toContain('武科大 (见 第 24 段)');
    expect(aliases).toContain('WUST (编者添加：the university’s English abbreviation)');
    await screenshot(page, 'search-opens-entity');
  });

  it('draws its Chinese name with a CJK font, whichever Chromium runs the tests', async () => {
    const { page, context } = browser;
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-testid="entity-name"]',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    // 武汉科技大学: six glyphs, all from one Chinese font (Noto Sans SC from npm, or the
    // machine's own Noto Sans CJK SC), none left to a fallback box.
    expect(fonts.map((f) => f.glyphCount)).toEqual([6]);
    expect(fonts[0]?.familyName).toMatch(/^Noto Sans (CJK )?SC$/);
    await cdp.detach();
  });

  it('draws the neighbourhood with its neighbours, 浙江瑞堂塑料科技 among them', async () => {
    const { page } = browser;
    const { nodes } = await drawnNetwork(page);
    expect(nodes).toBeGreaterThan(5);
    const names = await page.getByTestId('network-nodes').locator('li').allTextContents();
    expect(names).toContain('浙江瑞堂塑料科技股份有限公司');
    expect(await page.locator('.legend').textContent()).toContain('企业');
    await screenshot(page, 'entity-page');
  });

  it('the export button asks for the current neighbourhood in the chosen format', async () => {
    const { page } = browser;
    const exporter = page.getByTestId('export-neighborhood');
    await exporter.getByRole('combobox').selectOption('gexf');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/export/')),
      exporter.getByRole('button').click(),
    ]);
    expect(new URL(request.url()).pathname + new URL(request.url()).search).toBe(
      '/export/neighborhood.gexf?id=university%3Awust&depth=1&maxNodes=100',
    );
  });

  it('the language toggle switches every label and keeps the view', async () => {
    const { page } = browser;
    await page.getByTestId('language-toggle').click();
    await eventually(() => page.getByTestId('entity-name').textContent()).toBe(
      'Wuhan University of Science and Technology',
    );
    expect(await page.locator('header nav').textContent()).toContain('Overview');
    expect(await page.locator('.neighborhood h2').textContent()).toBe('Network');
    expect(page.url()).toContain('lang=en');
    await screenshot(page, 'entity-page-en');
    await page.getByTestId('language-toggle').click();
    await eventually(() => page.locator('.neighborhood h2').textContent()).toBe('关系网络');
  });

  it('a shared entity link restores the entity and the language', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/#/entity/enterprise:ruitang?lang=en`);
    await eventually(() => page.getByTestId('entity-name').textContent()).toMatch(
      /^Zhejiang Ruitang/,
    );
    expect(await page.locator('header nav').textContent()).toContain('Search');
    expect((await drawnNetwork(page)).nodes).toBeGreaterThan(1);
    await screenshot(page, 'shared-entity-link');
    await page.close();
  });

  it('an unknown entity in a shared link shows not-found with a search box that works', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/#/entity/university:nowhere`);
    const notFound = page.getByTestId('not-found');
    await eventually(() => notFound.textContent()).toContain('university:nowhere');
    await screenshot(page, 'entity-not-found');
    await notFound.getByTestId('search-input').fill('瑞堂');
    await notFound.getByTestId('search-input').press('Enter');
    await eventually(() => page.getByTestId('search-results').textContent()).toContain(
      '浙江瑞堂塑料科技股份有限公司',
    );
  });

  it('sent no request beyond this machine', () => {
    expect(browser.requests.length).toBeGreaterThan(5);
    expect(offMachine(browser.requests)).toEqual([]);
  });
});
