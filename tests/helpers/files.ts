// Where the repository is, and where a test may write: a fresh folder under the system's
// temporary directory, named after its test so a leftover one says whose it is.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A new empty folder, e.g. /tmp/cixi-startup-Xy12ab for `tempDir('startup')`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cixi-${prefix}-`));
}
