// What the browser tests share: the real API over the test Neo4j, serving the built dashboard,
// and Chromium (chromium.ts) driven by playwright-core with a fresh profile, recording every
// request so a test can prove nothing left the machine.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { startTestApi, type TestApi } from './api.ts';
import { tempDir } from './files.ts';
import { DIST } from '../../src/http/static.ts';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url);

export interface Browser {
  api: TestApi;
  /** The API's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  context: BrowserContext;
  page: Page;
  /** Every URL any page of this browser requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A browser for one test file: opened before its first test and closed after its last. The
 * object is filled in when it opens, so the tests read its fields as they would a const.
 */
export function useBrowser(): Browser {
  const browser = {} as Browser;
  beforeAll(async () => {
    Object.assign(browser, await openBrowser());
  });
  afterAll(async () => browser.close?.());
  return browser;
}

/** Chromium over the API on the shared test Neo4j, or on the Neo4j at `uri` (one of a test's own). */
export async function openBrowser(uri?: string): Promise<Browser> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('web/dist is missing: run `npm run build:web` (npm test builds it first).');
  // These tests time the browser, not the database: on a busy 2-core machine a cold Neo4j may
  // need more than the default 5 s for a two-hop neighbourhood of a hub (the API's timeouts
  // have their own tests in tests/integration).
  const api = await startTestApi({ QUERY_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '30000' }, uri);
  const profile = tempDir('chromium');
  const install = inject('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: install.executablePath,
    env: { ...process.env, ...install.env },
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timeout: 60_000,
  });
  context.setDefaultTimeout(20_000);
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    api,
    origin: api.origin,
    context,
    page,
    requests,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      await api.close();
    },
  };
}

/** Requests that would leave the machine: anything but loopback, data: and blob: URLs. */
export function offMachine(urls: string[]): string[] {
  return urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return !['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  });
}

/**
 * Saves the page (or just `part` of it, for long pages) under test-results/screenshots/ for a
 * reviewer to look at.
 */
export async function screenshot(page: Page, name: string, part?: Locator): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = new URL(`${name}.png`, SCREENSHOTS).pathname;
  if (part) await part.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  return path;
}

/** Polls until the value matches, for up to 20 s: a loaded machine answers slowly. */
export const eventually = <T>(value: () => T | Promise<T>) =>
  expect.poll(value, { timeout: 20_000, interval: 100 });

/** Waits until the network on the page has been drawn, and returns what it drew. */
export async function drawnNetwork(page: Page): Promise<{ nodes: number; drawMs: number }> {
  const network = page.locator('[data-testid="network"]:not([data-draw-ms=""])');
  const error = page.getByTestId('api-error');
  await network.or(error).first().waitFor({ state: 'attached' });
  if (await error.count()) throw new Error(`The page shows an error: ${await error.textContent()}`);
  return {
    nodes: Number(await network.getAttribute('data-node-count')),
    drawMs: Number(await network.getAttribute('data-draw-ms')),
  };
}
