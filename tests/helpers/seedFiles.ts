// Seed files for the loader tests: valid records to change one field of, written as real files
// into a temporary folder (so messages name real paths), removed with `removeSeedFiles`.
import { closeSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './files.ts';

/** The curated source the records below cite. */
export const CURATED_SOURCE = 'source:talent-city-2025';

export const cite = (paragraph: number, source = CURATED_SOURCE) => [{ source, paragraph }];
export const enterprise = (id: string, change: Record<string, unknown> = {}) => ({
  id,
  kind: 'ENTERPRISE',
  name: '加载测试企业',
  nameEn: 'Loader Test Co.',
  sources: cite(1),
  ...change,
});
export const cooperation = (from: string, to: string, change: Record<string, unknown> = {}) => ({
  type: 'COOPERATES_WITH',
  status: 'ACTUAL',
  from,
  to,
  since: 2025,
  role: '合作',
  sources: cite(2),
  ...change,
});
export const indicator = (id: string, scope: string[], change: Record<string, unknown> = {}) => ({
  id,
  name: '测试指标（5人）',
  value: 5,
  unit: 'people',
  display: '5人',
  qualifier: 'EXACT',
  status: 'ACTUAL',
  topic: 'talent',
  scope,
  sources: cite(3),
  ...change,
});

const written: string[] = [];

/** Writes each file (JSON, or raw text when a string) to a new folder; returns their paths. */
export function writeSeedFiles(files: Record<string, unknown>): Record<string, string> {
  const dir = tempDir('loader-test');
  written.push(dir);
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return [name, path];
    }),
  );
}

/**
 * A file of `count` new enterprises, each padded to about `bytesEach` bytes (as JSON) with a
 * description (0: the fewest fields and bytes, about 115), and `links` relationships between them:
 * written in chunks, so that a 95 MB file costs the test little memory. Returns path and size.
 */
export function writeEnterprises(
  name: string,
  {
    prefix,
    count,
    bytesEach,
    links = 0,
  }: { prefix: string; count: number; bytesEach: number; links?: number },
): { path: string; bytes: number } {
  const dir = tempDir('loader-test');
  written.push(dir);
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  const id = (i: number) => `enterprise:${prefix}-${String(i).padStart(6, '0')}`;
  const bare = JSON.stringify(enterprise(id(0), { description: '' })).length;
  const description = `Synthetic enterprise of the loader tests. ${'x'.repeat(Math.max(0, bytesEach - bare - 42))}`;
  const record = (i: number) =>
    bytesEach > 0
      ? enterprise(id(i), { description })
      : { id: id(i), kind: 'ENTERPRISE', name: 'M', sources: cite(1) };
  const flush = (text: string): string => {
    if (text.length < 1 << 20) return text;
    writeSync(fd, text);
    return '';
  };
  try {
    let chunk = '{"entities":[\n';
    for (let i = 0; i < count; i++) {
      chunk += `${i ? ',\n' : ''}${JSON.stringify(record(i))}`;
      chunk = flush(chunk);
    }
    chunk += '\n],"relationships":[\n';
    for (let i = 0; i < links; i++) {
      const to = (i + 1 + Math.floor(i / count)) % count;
      chunk += `${i ? ',\n' : ''}${JSON.stringify(cooperation(id(i % count), id(to)))}`;
      chunk = flush(chunk);
    }
    writeSync(fd, `${chunk}\n]}\n`);
  } finally {
    closeSync(fd);
  }
  return { path, bytes: statSync(path).size };
}

/** Removes every folder writeSeedFiles and writeEnterprises made in this test file. */
export function removeSeedFiles(): void {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** `text` with the characters a RegExp reads as syntax escaped, for paths inside a pattern. */
export function escapeRegExp(text: string | undefined): string {
  return (text ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
