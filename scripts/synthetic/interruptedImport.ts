// An import stopped half-way (Ctrl-C, a kill) leaves a store neo4j-admin only partly wrote, which
// Neo4j may refuse to open, so no marker could ever be read to say "redo it". The CSV folder is
// the sign: importGraph.ts removes it when the import ends, whichever way it ends in-process.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The importer's working folder inside the synthetic Neo4j's home. */
export const importDir = (dataDir: string): string => join(dataDir, 'import-csv');

/**
 * Before Neo4j starts: when an import was interrupted, removes that database's store (Neo4j
 * then creates it empty, which ensure.ts fills again); returns whether it did.
 */
export function discardInterruptedImport(dataDir: string, database: string): boolean {
  if (!existsSync(importDir(dataDir))) return false;
  for (const dir of ['databases', 'transactions']) {
    rmSync(join(dataDir, 'data', dir, database), { recursive: true, force: true });
  }
  rmSync(importDir(dataDir), { recursive: true, force: true });
  return true;
}
