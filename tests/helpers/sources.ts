// The checks that compare the curated data with the source reports need those reports, which
// the repository does not carry (config.ts: CIXI_SOURCES_DIR, or sources/ or ../shared/sources).
// Without them the checks are reported as not run, and nothing else ever is; with
// CIXI_REQUIRE_SOURCES=true (CI) their absence is a failure instead.
import { describe, it } from 'vitest';
import { DEFAULT_SOURCES_DIRS, loadConfig } from '../../src/config.ts';

/** The suite name the run's report (reporter.ts) counts as "checks against the source reports". */
export const SOURCE_CHECKS = 'checks against the source reports';

export const HOW_TO_SUPPLY =
  `put the two source reports in ${DEFAULT_SOURCES_DIRS.join(' or ')}, ` +
  'or set CIXI_SOURCES_DIR to the folder that holds them';

const config = loadConfig();

/** describe() for checks that read the source reports from `dir`. */
export function describeSourceChecks(body: (dir: string) => void): void {
  const dir = config.sourcesDir;
  if (dir !== null) describe(SOURCE_CHECKS, () => body(dir));
  else if (config.requireSources)
    describe(SOURCE_CHECKS, () => {
      it('finds the source reports (CIXI_REQUIRE_SOURCES=true)', () => {
        throw new Error(`The source reports were not found: ${HOW_TO_SUPPLY}.`);
      });
    });
  else describe.skip(SOURCE_CHECKS, () => body(''));
}
