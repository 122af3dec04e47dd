// The e2e tier's global setup: the Chromium of scripts/chromium.ts (Debian's, or the one the
// npm package @sparticuz/chromium carries), unpacked once for all the tier's files.
import type { TestProject } from 'vitest/node';
import { provisionChromium, type ChromiumInstall } from '../../scripts/chromium.ts';

export type { ChromiumInstall };

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: ChromiumInstall;
  }
}

/** Global setup of the e2e tier: one unpacking for all its files. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('chromium', await provisionChromium());
}
