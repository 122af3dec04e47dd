// Which files of a folder are reports: text, HTML and PDF by their names, in name order.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { REFUSE } from './refusals.ts';

export const REPORT_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.pdf'];

/** [path] for a file; the reports directly in a folder, sorted; refused when unreadable. */
export async function reportFiles(path: string): Promise<{ folder: boolean; files: string[] }> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw REFUSE.unreadable(path, error.code ?? 'error');
  });
  if (!found.isDirectory()) return { folder: false, files: [path] };
  const names = (await readdir(path)).filter((n) =>
    REPORT_EXTENSIONS.includes(extname(n).toLowerCase()),
  );
  return { folder: true, files: names.sort().map((n) => join(path, n)) };
}
