import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importMemory, neo4jMemory } from '../../scripts/synthetic/memory.ts';
import { tempDir } from '../helpers/files.ts';

const MB = 1 << 20;
const homes: string[] = [];

/** A Neo4j home whose store holds `mb` megabytes (a sparse file: nothing is written), or none. */
function homeWithStore(mb: number | null): string {
  const home = tempDir('synthetic-memory');
  homes.push(home);
  if (mb === null) return home;
  const store = join(home, 'data', 'databases', 'neo4j');
  mkdirSync(store, { recursive: true });
  const file = join(store, 'neostore.propertystore.db');
  writeFileSync(file, '');
  truncateSync(file, mb * MB);
  return home;
}

afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

describe('memory for the synthetic Neo4j, from its store on disk', () => {
  const cases: [what: string, storeMb: number | null, heap: string, pageCache: string][] = [
    ['no store yet: the old defaults', null, '1024m', '512m'],
    ['the 100k graph (363 MB)', 363, '1024m', '576m'],
    ['the 1M graph (3.2 GB): the whole store fits the page cache', 3194, '3072m', '3648m'],
    ['a store beyond the caps gets the caps', 20_000, '3072m', '8192m'],
  ];
  it.each(cases)('%s', (_, storeMb, heap, pageCache) => {
    expect(neo4jMemory(homeWithStore(storeMb))).toEqual({ heap, pageCache });
  });

  it('gives the importer 2 GB heap and off-heap for a million entities, not 90% of the machine', () => {
    expect(importMemory(1_000_000)).toEqual({ heap: '2g', offHeap: '2g' });
    expect(importMemory(100_000)).toEqual({ heap: '1g', offHeap: '1g' });
  });
});
