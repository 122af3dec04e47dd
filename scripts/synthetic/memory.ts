// How much memory the synthetic Neo4j and the importer get, from the size of what they hold.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1 << 20;

export interface Neo4jMemory {
  heap: string;
  pageCache: string;
}

/**
 * The page cache holds the whole store (data/databases: records, property strings and arrays,
 * indexes; not the transaction logs, which are preallocated and only appended to), so benchmarks
 * time queries, not disk reads; heap grows with it for the bigger hubs' query state. Measured:
 * the 100k graph is 363 MB on disk (the old 1 GB heap, ~576 MB page cache); the 1M/5M graph is
 * 3.2 GB (arrays 1.15 GB, strings 1.0 GB, properties 0.6 GB, relationships 0.2 GB, indexes
 * 0.23 GB), so 3 GB heap and ~3.5 GB page cache. The caps (8 GB + 3 GB) leave room on a 24 GB
 * machine for the API, the bench and a second Neo4j.
 */
export function neo4jMemory(dataDir: string): Neo4jMemory {
  const store = bytesUnder(join(dataDir, 'data', 'databases')) / MB;
  const pageCache = Math.min(8192, Math.max(512, Math.ceil((store * 1.1 + 128) / 64) * 64));
  const heap = store < 1024 ? 1024 : store < 2048 ? 2048 : 3072;
  return { heap: `${heap}m`, pageCache: `${pageCache}m` };
}

export interface ImportMemory {
  heap: string;
  /** The importer's caches and id mapping (neo4j-admin's --max-off-heap-memory). */
  offHeap: string;
}

/**
 * The importer asks for a 1 GB heap even for a handful of nodes (it warns below that). Its
 * off-heap default is 90% of the machine's memory, which on a shared machine would crowd out
 * everything else; 2 GB each imported 1M/5M in about a minute.
 */
export function importMemory(entities: number): ImportMemory {
  return entities <= 200_000 ? { heap: '1g', offHeap: '1g' } : { heap: '2g', offHeap: '2g' };
}

/** Bytes in the files under `dir` (0 when it does not exist yet). */
export function bytesUnder(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
