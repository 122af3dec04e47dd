// The evidence in the dashboard, in real Chromium: the cited paragraph's text under a fact with
// the names marked, "Mentioned in" on an entity page, and the document page whose mentions link
// to their entities (texts compared with the source files, so they run only where those are).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { paragraphsOf } from '../../src/documents/paragraphs.ts';
import { eventually, useBrowser } from '../helpers/browser.ts';
import { describeSourceChecks } from '../helpers/sources.ts';

const browser = useBrowser();

describeSourceChecks((dir) => {
  const talent = (): string[] =>
    paragraphsOf(readFileSync(join(dir, '000_6ed291f17ed2e31c.txt'), 'utf8'));

  it('shows the cited paragraph under 武汉科技大学 with its name marked, and where it is mentioned', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.origin}/#/entity/university:wust`);
      const header = page.locator('.entity-header');
      await eventually(() => header.locator('blockquote').count()).toBe(5);
      expect(await header.locator('blockquote').first().textContent()).toBe(talent()[20]);
      expect(await header.locator('blockquote').first().locator('mark').first().textContent()).toBe(
        '武汉科技大学',
      );
      const mentions = page.getByTestId('mentions');
      expect(await mentions.locator('h2').textContent()).toBe('文献中的提及');
      expect(await mentions.locator('li mark').first().textContent()).toMatch(
        /^(武汉科技大学|武科大)$/,
      );
    } finally {
      await page.close();
    }
  });

  it('lists a document’s paragraphs with each mention a link to its entity', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.origin}/#/document/source:talent-city-2025?lang=en`);
      const paragraphs = page.locator('.paragraphs > li');
      await eventually(() => paragraphs.count()).toBe(43);
      expect(await paragraphs.nth(20).textContent()).toBe(talent()[20]);
      const link = paragraphs.nth(20).locator('a.mention', { hasText: '武汉科技大学' }).first();
      expect(await link.getAttribute('title')).toBe('Wuhan University of Science and Technology');
      await link.click();
      await eventually(() => page.getByTestId('entity-name').textContent()).toBe(
        'Wuhan University of Science and Technology',
      );
    } finally {
      await page.close();
    }
  });

  it('lists passages under the search results, the words marked', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.origin}/#/?q=${encodeURIComponent('科创伙伴')}`);
      const passages = page.getByTestId('passage-results');
      await eventually(() => passages.locator('li').count()).toBeGreaterThan(0);
      const texts = new Set(
        ['000_6ed291f17ed2e31c.txt', '003_e3704936dc76cc3d.txt'].flatMap((f) =>
          paragraphsOf(readFileSync(join(dir, f), 'utf8')),
        ),
      );
      const first = passages.locator('blockquote').first();
      expect(texts.has((await first.textContent()) ?? '')).toBe(true);
      expect(await first.locator('mark').first().textContent()).toBe('科创伙伴');
    } finally {
      await page.close();
    }
  });
});
