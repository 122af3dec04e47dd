// Curation in the dashboard, in real Chromium, against an API over a Neo4j of this file's own
// (the changes it applies must not reach the shared graph): signing in with a key kept for the
// tab only, a wrong key refused in the page's language, a curator's correction from an entity's
// page, a reviewer reading its diff and evidence and accepting it by keyboard, the entity page
// and its History tab after, the self-review refusal, a candidate of an ingested report
// proposed, a revert, and the views on a phone with no axe finding.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, newKey } from '../../src/access/apiKeys.ts';
import { loadConfig } from '../../src/config.ts';
import { createKey, type Role } from '../../src/data/keys.ts';
import { ingestReport } from '../../src/ingest/ingest.ts';
import { readReport } from '../../src/ingest/report.ts';
import { loadTagger } from '../../src/ingest/segmenter.ts';
import { axeViolations, describeViolations } from '../helpers/audits.ts';
import { eventually, openBrowser, screenshot, type Browser } from '../helpers/browser.ts';
import { curatedNeo4jOfItsOwn } from '../helpers/ownNeo4j.ts';

let neo4j: { uri: string; stop(): Promise<void> };
let browser: Browser;
let report: string;
const keys: Record<string, string> = {};

const RUITANG = 'enterprise:ruitang';
const OLD_NAME = '浙江瑞堂塑料科技股份有限公司';
const NEW_NAME = '浙江瑞堂塑料科技有限公司';
const REASON = '第 22 段所载名称不含“股份”';
let correction = '';

beforeAll(async () => {
  neo4j = await curatedNeo4jOfItsOwn('curation-dashboard-neo4j');
  browser = await openBrowser(neo4j.uri);
  for (const [name, role] of [
    ['li.curator', 'curator'],
    ['wang.reviewer', 'reviewer'],
  ] as [string, Role][]) {
    keys[name] = newKey();
    await createKey(browser.api.graph, { name, role, hash: hashOf(keys[name]) }, 'test');
  }
  const path = new URL('../fixtures/reports/university-news.html', import.meta.url).pathname;
  const result = await ingestReport(
    browser.api.graph,
    await readReport(path),
    { date: '2026-03-02', publisher: '慈溪新闻网' },
    { tag: await loadTagger() },
    60_000,
  );
  report = result.source;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await neo4j?.stop();
});

async function open(hash: string, width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${browser.origin}/${hash}`);
  return page;
}

/** Signs in through the header's dialog, as a visitor would: click, paste, Enter. */
async function signIn(page: Page, key: string): Promise<void> {
  await page
    .getByTestId('sign-in')
    .getByRole('button', { name: /^(登录|Sign in)$/ })
    .click();
  await page.locator('#api-key').fill(key);
  await page.locator('#api-key').press('Enter');
}

const paragraphText = async (source: string, n: number): Promise<string> => {
  const answer = await browser.api.query<{
    document: { paragraphs: { nodes: { number: number; text: string }[] } };
  }>(
    `query ($id: ID!) { document(id: $id) { paragraphs(first: 200) { nodes { number text } } } }`,
    { id: source },
  );
  const found = answer.data?.document.paragraphs.nodes.find((p) => p.number === n);
  if (!found) throw new Error(`${source} has no paragraph ${n}`);
  return found.text;
};

/** Whether the focus is in the note of a change's review (the only change listed then). */
const NOTE_FOCUSED =
  "document.activeElement?.tagName === 'TEXTAREA' && !!document.activeElement.closest('[data-testid=review-actions]')";

const seriousAxe = async (page: Page): Promise<string[]> =>
  describeViolations(await axeViolations(page)).filter((v) => /critical|serious/.test(v));

describe('signing in', () => {
  it('refuses a wrong key in the page’s language, saying what to do, and keeps nothing', async () => {
    const page = await open('#/review');
    try {
      await signIn(page, `cixi_${'x'.repeat(43)}`);
      await eventually(() => page.getByTestId('sign-in-error').textContent()).toBe(
        '密钥无效（未知、已撤销或格式不对）。请检查后重新粘贴，或请管理员用 npm run keys -- create 为你新建一个。',
      );
      expect(
        await page.evaluate<string | null>("sessionStorage.getItem('cixi.apiKey')"),
      ).toBeNull();
      await page.keyboard.press('Escape');
      await eventually(() => page.getByTestId('sign-in-dialog').count()).toBe(0);
      await page.goto(`${browser.origin}/#/review?lang=en`);
      await signIn(page, 'not-a-key');
      await eventually(() => page.getByTestId('sign-in-error').textContent()).toBe(
        'The key is not valid (unknown, revoked or mistyped). Check it and paste it again, or ask an admin for a new one (npm run keys -- create).',
      );
    } finally {
      await page.close();
    }
  });

  it('keeps a right key for the tab only, shows its name and role, and signs out', async () => {
    const page = await open('#/review');
    try {
      await signIn(page, keys['li.curator'] ?? '');
      await eventually(() => page.getByTestId('signed-in-as').textContent()).toBe(
        '已登录：li.curator（编者）',
      );
      expect(await page.evaluate<string | null>("sessionStorage.getItem('cixi.apiKey')")).toBe(
        keys['li.curator'],
      );
      expect(await page.evaluate<number>('localStorage.length')).toBe(0);
      expect(page.url()).not.toContain('cixi_');
      // A curator may not review: the buttons say why (the queue is empty so far: a note instead).
      await eventually(() => page.getByTestId('review-empty').textContent()).toBe(
        '没有待审核的修改。',
      );
      await page.getByRole('button', { name: '退出' }).click();
      await eventually(() => page.getByTestId('signed-in-as').count()).toBe(0);
      expect(
        await page.evaluate<string | null>("sessionStorage.getItem('cixi.apiKey')"),
      ).toBeNull();
    } finally {
      await page.close();
    }
  });
});

describe('a correction, reviewed', () => {
  it('a curator proposes a correction from the entity’s page, citing one of its paragraphs', async () => {
    const page = await open(`#/entity/${RUITANG}`);
    try {
      await eventually(() => page.getByTestId('entity-name').textContent()).toBe(OLD_NAME);
      const propose = page.getByRole('button', { name: '提出更正' });
      expect(await propose.isDisabled()).toBe(true);
      expect(await page.locator('#needs-curator').textContent()).toBe(
        '提出修改需要编者（curator）或以上角色的密钥：请先在页首登录。',
      );
      await signIn(page, keys['li.curator'] ?? '');
      await eventually(() => propose.isDisabled()).toBe(false);
      await propose.click();
      const dialog = page.getByTestId('correction-dialog');
      expect(await dialog.getByLabel('中文名').inputValue()).toBe(OLD_NAME);
      expect(await dialog.getByLabel('英文名').inputValue()).toBe(
        'Zhejiang Ruitang Plastic Technology Co., Ltd.',
      );
      await dialog.getByLabel('中文名').fill(NEW_NAME);
      await dialog.getByLabel('文献').selectOption('source:talent-city-2025');
      await dialog.getByLabel('段落号').fill('22');
      await dialog.getByRole('button', { name: '提交审核' }).click();
      expect(await dialog.getByRole('alert').first().textContent()).toBe(
        '请写明为什么需要这项修改。',
      );
      await dialog.getByLabel('理由（必填）').fill(REASON);
      await dialog.getByRole('button', { name: '提交审核' }).click();
      await eventually(() => dialog.getByTestId('proposal-outcome').textContent()).toMatch(
        /^已提交：修改 change:[0-9a-f-]+ 等待审核。/,
      );
      correction = /change:[0-9a-f-]+/.exec(
        (await dialog.getByTestId('proposal-outcome').textContent()) ?? '',
      )?.[0] as string;
      const { data } = await browser.api.query<{
        change: { author: string; status: string; operations: { record: string }[] };
      }>(`query ($id: ID!) { change(id: $id) { author status operations { record } } }`, {
        id: correction,
      });
      expect(data?.change.author).toBe('li.curator');
      expect(data?.change.status).toBe('PROPOSED');
      const record = JSON.parse(data?.change.operations[0]?.record ?? '{}') as {
        name: string;
        version: number;
        aliases: { name: string }[];
      };
      expect(record.name).toBe(NEW_NAME);
      expect(record.version).toBe(0);
      // The update states the whole record: the aliases the page showed are kept.
      expect(record.aliases.map((a) => a.name)).toEqual(['瑞堂科技', 'Ruitang Technology']);
    } finally {
      await page.close();
    }
  });

  it('a reviewer sees the diff and the cited paragraph’s text, and accepts by keyboard alone', async () => {
    const page = await open('#/review');
    try {
      await signIn(page, keys['wang.reviewer'] ?? '');
      await eventually(() => page.getByTestId('signed-in-as').textContent()).toBe(
        '已登录：wang.reviewer（审核者）',
      );
      const card = page.getByTestId('change').filter({ hasText: correction });
      await eventually(() => card.getByTestId('change-reason').textContent()).toBe(REASON);
      expect(await card.locator('.subtitle').first().textContent()).toMatch(/^li\.curator 提出于/);
      const name = card.locator('tr[data-field="name"]');
      await eventually(() => name.locator('.diff-before').textContent()).toBe(OLD_NAME);
      expect(await name.locator('.diff-after').textContent()).toBe(NEW_NAME);
      expect(await name.locator('th').textContent()).toBe('中文名 (已改)');
      expect(await card.locator('tr[data-field="nameEn"] th').textContent()).toBe('英文名');
      const evidence = card.getByTestId('evidence').locator('blockquote');
      // The paragraph's text is there when the source reports are (CI always has them); a clone
      // without them stores no text, and the evidence then cites the paragraph without quoting it.
      if (loadConfig().sourcesDir) {
        const cited = await paragraphText('source:talent-city-2025', 22);
        expect(await evidence.allTextContents()).toContain(cited);
      } else {
        expect(await evidence.count()).toBe(0);
        expect(await card.getByTestId('evidence').textContent()).toContain('22');
      }
      expect(await seriousAxe(page)).toEqual([]);
      await screenshot(page, 'curation-review-queue', card);

      // Keyboard only: Tab to the note, type it, Tab to "accept", Enter.
      for (let i = 0; i < 80 && !(await page.evaluate<boolean>(NOTE_FOCUSED)); i++)
        await page.keyboard.press('Tab');
      expect(await page.evaluate<boolean>(NOTE_FOCUSED)).toBe(true);
      await page.keyboard.type('已核对第 22 段');
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate<string | null | undefined>('document.activeElement?.textContent'),
      ).toBe('接受并应用');
      await page.keyboard.press('Enter');
      await eventually(() => page.getByTestId('review-outcome').textContent()).toBe(
        '已接受：修改已写入图谱。',
      );
      expect(
        await page.evaluate<string | null | undefined>(
          "document.activeElement?.getAttribute('role')",
        ),
      ).toBe('status');
      await eventually(() => page.getByTestId('review-empty').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('the entity page shows the new name, and its History tab lists the change', async () => {
    const page = await open(`#/entity/${RUITANG}`);
    try {
      await eventually(() => page.getByTestId('entity-name').textContent()).toBe(NEW_NAME);
      // The tab list by keyboard: → moves to History.
      await page.getByTestId('tab-overview').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByTestId('tab-history').getAttribute('aria-selected')).toBe('true');
      await eventually(() => page.getByTestId('history-count').textContent()).toBe(
        '共 1 项修改，最新的在前',
      );
      expect(await page.getByTestId('history-origin').textContent()).toBe(
        `当前内容由修改 ${correction} 写入。`,
      );
      const item = page.getByTestId('history-item');
      expect(await item.locator('a').textContent()).toBe(REASON);
      expect(await item.locator('a').getAttribute('href')).toBe(`#/change/${correction}`);
      expect(await item.locator('.change-status').textContent()).toBe('已应用');
      await item.locator('a').click();
      await eventually(() => page.getByTestId('change-reason').textContent()).toBe(REASON);
      expect(await page.locator('.change .subtitle').nth(1).textContent()).toMatch(
        /^wang\.reviewer 处理于 .+ · 审核意见：已核对第 22 段$/,
      );
    } finally {
      await page.close();
    }
  });
});

describe('a reviewer’s own proposal', () => {
  it('adds a link from the entity page; accepting it is refused as self-review, clearly', async () => {
    const page = await open(`#/entity/${RUITANG}`);
    try {
      await signIn(page, keys['wang.reviewer'] ?? '');
      const add = page.getByRole('button', { name: '添加关系' });
      await eventually(() => add.isDisabled()).toBe(false);
      await add.click();
      const dialog = page.getByTestId('link-dialog');
      await dialog.getByLabel('关系类型').selectOption('COOPERATES_WITH');
      const other = dialog.getByTestId('link-other').locator('input');
      await other.fill('武汉科技大学');
      await eventually(() =>
        page.getByRole('option', { name: /武汉科技大学/ }).count(),
      ).toBeGreaterThan(0);
      await other.press('ArrowDown');
      await other.press('Enter');
      await dialog.getByLabel('段落号').fill('22');
      await dialog.getByLabel('理由（必填）').fill('第 22 段写到双方合作');
      await dialog.getByRole('button', { name: '提交审核' }).click();
      await eventually(() => dialog.getByTestId('proposal-outcome').textContent()).toMatch(
        /^已提交：修改 change:/,
      );
      await dialog.getByRole('link', { name: '在审核页查看' }).click();
      const card = page.getByTestId('change');
      await eventually(() => card.getByTestId('link-operation').textContent()).toBe(
        `${NEW_NAME} 合作 武汉科技大学`,
      );
      expect(await card.getByTestId('review-refusal').textContent()).toBe(
        '这是你自己提出的修改：需由另一位审核者接受（除非服务器设置了 CURATION_SELF_REVIEW=true）。',
      );
      await card.getByRole('button', { name: '接受并应用' }).click();
      await eventually(() => card.getByTestId('api-error-code').textContent()).toBe('FORBIDDEN');
      expect(await card.getByTestId('api-error-message').textContent()).toBe(
        '你的密钥的角色不允许这样做：请用有相应角色的密钥登录。',
      );
      expect(await card.locator('.server-words').textContent()).toContain(
        'A reviewer cannot accept their own change',
      );
    } finally {
      await page.close();
    }
  });
});

describe('the review queue of an ingested report', () => {
  it('a curator proposes a candidate as an entity, citing the paragraphs that print it', async () => {
    const page = await open(`#/document/${report}`);
    try {
      await eventually(() => page.getByTestId('candidates').count()).toBe(1);
      expect(await page.getByRole('button', { name: /^提议为实体/ }).count()).toBe(0);
      await signIn(page, keys['li.curator'] ?? '');
      const button = page.getByRole('button', { name: '提议为实体：宁波锦程智能装备有限公司' });
      await button.click();
      const dialog = page.getByTestId('candidate-dialog');
      expect(await dialog.getByLabel('类型').inputValue()).toBe('ENTERPRISE');
      expect(await dialog.getByLabel(/^id/).inputValue()).toBe('enterprise:');
      await dialog.getByLabel(/^id/).fill('enterprise:jincheng-equipment');
      await dialog.getByLabel('英文名').fill('Ningbo Jincheng Intelligent Equipment Co., Ltd.');
      await dialog.getByRole('button', { name: '提交审核' }).click();
      await eventually(() => dialog.getByTestId('proposal-outcome').textContent()).toMatch(
        /^已提交：修改 change:/,
      );
      const id = /change:[0-9a-f-]+/.exec(
        (await dialog.getByTestId('proposal-outcome').textContent()) ?? '',
      )?.[0];
      const { data } = await browser.api.query<{
        change: { reason: string; operations: { kind: string; target: string; record: string }[] };
      }>(`query ($id: ID!) { change(id: $id) { reason operations { kind target record } } }`, {
        id,
      });
      const [op] = data?.change.operations ?? [];
      expect(op?.kind).toBe('ENTITY');
      expect(op?.target).toBe('enterprise:jincheng-equipment');
      const record = JSON.parse(op?.record ?? '{}') as {
        name: string;
        sources: { source: string; paragraph: number }[];
      };
      expect(record.name).toBe('宁波锦程智能装备有限公司');
      expect(record.sources).toEqual([
        { source: report, paragraph: 2 },
        { source: report, paragraph: 4 },
      ]);
      expect(data?.change.reason).toBe(`证据：本文献第 2、4 段 (${report})`);
      await page.keyboard.press('Escape');
      await eventually(() => dialog.count()).toBe(0);
      expect(
        await page.evaluate<string | null | undefined>('document.activeElement?.textContent'),
      ).toBe('提议为实体');
    } finally {
      await page.close();
    }
  });
});

describe('on a phone, and a revert', () => {
  it('fits 375 px: the review queue, an entity page and its correction dialog', async () => {
    const page = await open('#/review', 375);
    try {
      await signIn(page, keys['wang.reviewer'] ?? '');
      await eventually(() => page.getByTestId('change').count()).toBeGreaterThan(0);
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(375);
      await page.goto(`${browser.origin}/#/entity/${RUITANG}`);
      await page.getByRole('button', { name: '提出更正' }).click();
      const dialog = page.getByTestId('correction-dialog');
      const right = await dialog.evaluate((e) => e.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(375);
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(375);
      expect(await seriousAxe(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await eventually(() => dialog.count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('reverts the applied correction with a reason, which is required', async () => {
    const page = await open('#/review?status=applied&lang=en');
    try {
      await signIn(page, keys['wang.reviewer'] ?? '');
      const card = page.getByTestId('change').filter({ hasText: correction });
      const revert = card.getByRole('button', { name: 'Revert this change' });
      await eventually(() => revert.isDisabled()).toBe(false);
      await revert.click();
      expect(await card.getByRole('alert').textContent()).toBe('Say why the change is reverted.');
      await card.getByLabel('Why revert it (required)').fill('the old name is the registered one');
      await revert.click();
      await eventually(() => page.getByTestId('review-outcome').textContent()).toBe(
        'Reverted: the graph is as it was before the change.',
      );
      const { data } = await browser.api.query<{ entity: { name: string } }>(
        `{ entity(id: "${RUITANG}") { name } }`,
      );
      expect(data?.entity.name).toBe(OLD_NAME);
    } finally {
      await page.close();
    }
  });
});
