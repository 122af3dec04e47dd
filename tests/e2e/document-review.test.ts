// The review queue on a document's page, in real Chromium, for a news page ingested into a
// Neo4j of this file's own (the ingest writes, and the shared graph must not move): the
// candidate entities as a table and the suggested links as cards, in both languages, by
// keyboard (a paragraph button moves the focus to its paragraph), for a screen reader (named
// regions, no axe finding) and on a phone (nothing wider than the screen).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/ingest/ingest.ts';
import { readReport } from '../../src/ingest/report.ts';
import { loadTagger } from '../../src/ingest/segmenter.ts';
import { axeViolations, describeViolations } from '../helpers/audits.ts';
import { eventually, openBrowser, screenshot, type Browser } from '../helpers/browser.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

let neo4j: { uri: string; stop(): Promise<void> };
let browser: Browser;
let source: string;

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('document-review-neo4j');
  browser = await openBrowser(neo4j.uri);
  const path = new URL('../fixtures/reports/university-news.html', import.meta.url).pathname;
  const result = await ingestReport(
    browser.api.graph,
    await readReport(path),
    { date: '2026-03-02', publisher: '慈溪新闻网' },
    { tag: await loadTagger() },
    60_000,
  );
  source = result.source;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await neo4j?.stop();
});

async function open(lang: 'zh' | 'en', width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${browser.origin}/#/document/${source}?lang=${lang}`);
  await eventually(() => page.getByTestId('candidates').count()).toBe(1);
  return page;
}

describe('the review queue of an ingested report', () => {
  it('lists the candidates with kind, count and paragraphs, and the suggested links, in Chinese', async () => {
    const page = await open('zh');
    try {
      const queue = page.getByTestId('review-queue');
      expect(await queue.locator('h2').textContent()).toBe('待审核：候选实体与建议关系');
      const row = queue.locator('table.candidates tbody tr', {
        has: page.locator('th', { hasText: /^宁波锦程智能装备有限公司$/ }),
      });
      expect(await row.locator('td').nth(1).textContent()).toBe('企业');
      expect(await row.locator('td').nth(2).textContent()).toBe('3');
      expect(await row.locator('button').allTextContents()).toEqual(['2', '4']);
      expect(await row.locator('button').first().getAttribute('aria-label')).toBe('跳到第 2 段');
      const link = page.getByTestId('suggested-links').locator('li', {
        has: page.locator('a', { hasText: '武汉科技大学' }),
      });
      const cixiWust = link.filter({ has: page.locator('a', { hasText: /^慈溪$/ }) });
      expect(await cixiWust.locator('.status').textContent()).toBe('佐证已有关系：合作');
      await screenshot(page, 'document-review-queue', queue);
    } finally {
      await page.close();
    }
  });

  it('says the same in English, and a paragraph button moves the focus to the paragraph', async () => {
    const page = await open('en');
    try {
      const queue = page.getByTestId('review-queue');
      expect(await queue.locator('h2').textContent()).toBe(
        'For review: candidate entities and suggested links',
      );
      expect(await page.locator('#candidates-heading').textContent()).toMatch(
        /^Candidate entities \(\d+\)$/,
      );
      const button = queue.getByRole('button', { name: 'Go to paragraph 4' }).first();
      await button.focus();
      await page.keyboard.press('Enter');
      await eventually(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe(
        'p4',
      );
      expect(await page.locator('#p4').textContent()).toContain('宁波锦程智能装备有限公司');
      expect(
        describeViolations(await axeViolations(page)).filter((v) => /critical|serious/.test(v)),
      ).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('fits a phone: nothing wider than the screen, the table scrolling in its own named box', async () => {
    const page = await open('zh', 390);
    try {
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(390);
      const box = page.getByRole('region', {
        name: '文献中出现、图谱中尚无的名称，最有把握的在前',
      });
      expect(await box.getAttribute('tabindex')).toBe('0');
      const right = await box.evaluate((e) => e.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(390);
    } finally {
      await page.close();
    }
  });

  it('says a curated document has nothing to review', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.origin}/#/document/source:talent-city-2025`);
      await eventually(() => page.getByTestId('review-queue-empty').count()).toBe(1);
      expect(await page.getByTestId('review-queue-empty').textContent()).toContain(
        '没有待审核的候选实体或建议关系',
      );
    } finally {
      await page.close();
    }
  });
});
