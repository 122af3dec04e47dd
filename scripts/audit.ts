// npm run audit:views [-- --url http://localhost:4000 --views search,entity,document --runs 1]
//
// Audits the dashboard views and the playground of a running server (`npm start`) as an
// outside tool would: axe-core counts per impact, then Lighthouse (offline, against the same
// Chromium the browser tests use) accessibility score and cumulative layout shift, on a phone
// (Lighthouse's default, 412 px) and on a desktop. Prints one line per view and exits 1 when a
// dashboard view misses a target: no critical or serious axe finding, accessibility ≥ 95 and
// CLS < 0.1 in both form factors. The playground is reported, not judged (GraphiQL's own).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import lighthouse from 'lighthouse';
import { chromium, type Page } from 'playwright-core';
import { provisionChromium } from './chromium.ts';

const VIEWS: Record<string, { path: string; judged: boolean }> = {
  search: { path: '/#/?q=武汉', judged: true },
  entity: { path: '/#/entity/university:wust', judged: true },
  paths: { path: '/#/paths?from=university:wust&to=enterprise:huanchi&hops=4', judged: true },
  overview: { path: '/#/overview?scope=industry:smart-home-appliances', judged: true },
  document: { path: '/#/document/source:talent-city-2025', judged: true },
  playground: { path: '/playground', judged: false },
};
const TARGETS = { accessibility: 95, cls: 0.1 };

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
};
const base = (option('url') ?? 'http://localhost:4000').replace(/\/$/, '');
const chosen = (option('views') ?? Object.keys(VIEWS).join(',')).split(',');
const unknown = chosen.filter((v) => !VIEWS[v]);
if (unknown.length) {
  process.stderr.write(`Unknown view ${unknown.join(', ')}; views: ${Object.keys(VIEWS)}.\n`);
  process.exit(2);
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: unknown[] }[];
}

/** Waits until the view has drawn what it loads (a network, results) or 10 s have passed. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .locator('[data-testid="network"]:not([data-draw-ms=""]), .graphiql-doc-explorer, main h1')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

async function axeCounts(executablePath: string, env: Record<string, string>) {
  const browser = await chromium.launch({
    executablePath,
    env: { ...process.env, ...env },
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const counts = new Map<string, { impact: Record<string, number>; rules: string[] }>();
  try {
    for (const view of chosen) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}${VIEWS[view]?.path}`);
      await settle(page);
      await page.evaluate(axeSource);
      const result = (await page.evaluate(() =>
        (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
      )) as AxeResult;
      const impact: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
      for (const v of result.violations)
        impact[v.impact ?? 'minor'] = (impact[v.impact ?? 'minor'] ?? 0) + v.nodes.length;
      counts.set(view, {
        impact,
        rules: result.violations.map((v) => `${v.id}(${v.impact}) ×${v.nodes.length}`),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return counts;
}

/** Chromium with a DevTools port for Lighthouse; resolves once it prints where it listens. */
function launchForLighthouse(executablePath: string, env: Record<string, string>) {
  const profile = mkdtempSync(join(tmpdir(), 'cixi-lighthouse-'));
  const child: ChildProcess = spawn(
    executablePath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stderr! });
    lines.on('line', (line) => {
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened`)));
  });
  return {
    port,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      // Chromium's helpers may still be writing to the profile for a moment.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

async function lighthouseScores(port: number, url: string, desktop: boolean) {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance'] },
    {
      extends: 'lighthouse:default',
      settings: {
        // Nothing is throttled or simulated: the server is on this machine.
        throttlingMethod: 'provided',
        ...(desktop
          ? {
              formFactor: 'desktop',
              screenEmulation: {
                mobile: false,
                width: 1350,
                height: 940,
                deviceScaleFactor: 1,
                disabled: false,
              },
            }
          : {}),
      },
    },
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const failing = Object.values(lhr.audits)
    .filter(
      (a) =>
        lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0) &&
        a.score !== null &&
        a.score < 1,
    )
    .map((a) => a.id);
  return {
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN),
    failing,
  };
}

const { executablePath, env } = await provisionChromium();
say(
  `Auditing ${base} with ${executablePath} (load: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`,
);
const axe = await axeCounts(executablePath, env);
const browser = launchForLighthouse(executablePath, env);
let missed = 0;
try {
  const port = await browser.port;
  for (const view of chosen) {
    const { path, judged } = VIEWS[view]!;
    const phone = await lighthouseScores(port, `${base}${path}`, false);
    const desktop = await lighthouseScores(port, `${base}${path}`, true);
    const a = axe.get(view)!;
    const misses =
      judged &&
      (a.impact.critical! > 0 ||
        a.impact.serious! > 0 ||
        Math.min(phone.accessibility, desktop.accessibility) < TARGETS.accessibility ||
        Math.max(phone.cls, desktop.cls) >= TARGETS.cls);
    if (misses) missed++;
    say(
      `${view.padEnd(10)} axe critical ${a.impact.critical} serious ${a.impact.serious} moderate ` +
        `${a.impact.moderate} minor ${a.impact.minor} · Lighthouse accessibility phone ` +
        `${phone.accessibility} desktop ${desktop.accessibility} · CLS phone ${phone.cls.toFixed(3)} ` +
        `desktop ${desktop.cls.toFixed(3)}${judged ? (misses ? ' · MISSES A TARGET' : ' · ok') : ' · (reported only)'}`,
    );
    if (a.rules.length) say(`           axe: ${a.rules.join(', ')}`);
    const failing = [...new Set([...phone.failing, ...desktop.failing])];
    if (failing.length)
      say(`           Lighthouse accessibility audits failing: ${failing.join(', ')}`);
  }
} finally {
  await browser.close();
}
say(`load: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
process.exit(missed ? 1 : 0);
