// The browser the e2e tier and scripts/audit.ts drive: Debian's Chromium when the machine has
// it, otherwise the Chromium that the npm package @sparticuz/chromium carries in its tarball
// (unpacked once into the temporary folder; nothing is downloaded). Either way Chinese is drawn with Noto Sans SC
// from @expo-google-fonts/noto-sans-sc, through a fontconfig file of our own that adds it to the
// machine's fonts, so screenshots show Chinese even where no CJK font is installed.
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface ChromiumInstall {
  executablePath: string;
  /** Where it came from, for the run's report. */
  origin: 'system' | 'npm';
  env: Record<string, string>;
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A fontconfig file: the machine's own configuration (when it has one) plus Noto Sans SC. */
function fontconfig(): string {
  const require = createRequire(import.meta.url);
  const noto = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const dir = join(tmpdir(), 'cixi-fontconfig');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(tmpdir(), 'fonts')}</dir>
  <dir>${join(noto, '400Regular')}</dir>
  <dir>${join(noto, '700Bold')}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}

export async function provisionChromium(): Promise<ChromiumInstall> {
  const env = { FONTCONFIG_FILE: fontconfig() };
  if (executable(SYSTEM_CHROMIUM))
    return { executablePath: SYSTEM_CHROMIUM, origin: 'system', env };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), origin: 'npm', env };
}
