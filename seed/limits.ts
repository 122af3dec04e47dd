// What one load may hold, and one record. A load is one Neo4j transaction, and the local Neo4j
// (512 MB heap; 256 MB for all transactions together, -Dcixi.txmem) must commit the largest
// allowed load with room left for the API's queries beside it. Measured: a load holds about
// 10 kB of transaction memory per entity and 2.5 kB per relationship, plus about 3.5 bytes per
// byte of long text; 10,000 entities took 98 MB, 20,000 took 194 MB, 40,000 hit the 256 MB limit.

/** All files of one load together, checked with `stat` before any is read. */
export const MAX_LOAD_BYTES = 8 * 1024 * 1024;

/** Records (sources, entities, relationships, indicators) in all files of one load together. */
export const MAX_LOAD_RECORDS = 10_000;

/** Rows per statement, and their size as JSON: no statement's parameters grow with the load. */
export const BATCH_ROWS = 1_000;
export const BATCH_BYTES = 1024 * 1024;

/** The load's transaction timeout; the largest allowed load takes a fraction of it. */
export const LOAD_TIMEOUT_MS = 300_000;

/** Characters (code points) a text field may hold. */
export const MAX_CHARS = {
  /** Ids, and the ids a record points at. */
  id: 100,
  /** Names, titles, roles, units, aliases: one line each. */
  short: 500,
  /** Descriptions and notes. */
  long: 4_000,
  /** Why the curators know a fact that no paragraph states (knowledge). */
  knowledge: 2_000,
} as const;

/** Items a list field may hold. */
export const MAX_ITEMS = {
  aliases: 50,
  /** Citations of one record. */
  sources: 100,
  /** Entities one indicator is about. */
  scope: 100,
} as const;
