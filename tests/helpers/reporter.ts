// Adds to vitest's own report what a newcomer needs to read off a run: how many tests each tier
// ran, and which checks did not run and how to run them. Only the checks against the source
// reports may be left out (sources.ts); any other skipped test fails the run.
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { HOW_TO_SUPPLY, SOURCE_CHECKS } from './sources.ts';

export default class TierReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tiers = new Map<string, { passed: number; failed: number }>();
    const notRun: string[] = [];
    const notRunFiles = new Set<string>();
    const wronglySkipped: string[] = [];
    for (const module of modules) {
      const tier = tiers.get(module.project.name) ?? { passed: 0, failed: 0 };
      tiers.set(module.project.name, tier);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') tier.passed++;
        else if (state === 'failed') tier.failed++;
        else if (test.fullName.split(' > ').includes(SOURCE_CHECKS)) {
          notRun.push(test.fullName);
          notRunFiles.add(relative(process.cwd(), module.moduleId));
        } else wronglySkipped.push(`${module.moduleId}: ${test.fullName}`);
      }
    }
    const counts = [...tiers]
      .map(([name, t]) => `${name} ${t.passed} passed${t.failed ? `, ${t.failed} failed` : ''}`)
      .join(' · ');
    const lines = [`Tests by tier: ${counts}.`];
    const browser = modules
      .map((m) => m.project.getProvidedContext().chromium)
      .find((c) => c !== undefined);
    if (browser)
      lines.push(
        `Browser tests drove ${browser.origin === 'system' ? "the machine's Chromium" : 'the Chromium of @sparticuz/chromium'} (${browser.executablePath}).`,
      );
    lines.push(
      notRun.length
        ? `Not run: ${notRun.length} checks against the source reports (${[...notRunFiles].join(', ')}); to run them, ${HOW_TO_SUPPLY}.`
        : 'Checks against the source reports: 0 not run.',
    );
    if (wronglySkipped.length) {
      lines.push(`Skipped, which only the source checks may be:\n  ${wronglySkipped.join('\n  ')}`);
      process.exitCode = 1;
    }
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
