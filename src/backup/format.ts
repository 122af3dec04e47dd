// The backup file: JSON Lines, so that a graph of any size is written and read one line at a
// time. The first line names the format and its version; then every node, then every
// relationship; the last line counts them by label and type and carries the SHA-256 of all the
// lines before it, so a truncated or altered file is recognised before anything is written.
//
//   {"format":"cixi-graph-backup","version":1,"createdAt":"…","nodes":N,"relationships":M}
//   {"n":0,"labels":["Entity","Enterprise"],"props":{"id":"enterprise:…","year":{"$int":"2019"}}}
//   {"r":[0,5],"type":"PAIRED_WITH","props":{…}}
//   {"end":true,"nodes":N,"relationships":M,"labels":{…},"types":{…},"sha256":"…"}
//
// Nodes are numbered in the file (0, 1, …) and relationships name their ends by those numbers:
// not every node has an id (paragraphs, audit events), and Neo4j's own ids mean nothing elsewhere.
import { KIND_LABEL, RELATIONSHIP_TYPE_NAMES } from '../data/vocabulary.ts';

export const FORMAT = 'cixi-graph-backup';
export const VERSION = 1;

/**
 * Every label and relationship type the store writes: the vocabulary's, and the store's own.
 * Labels and types read from a file are looked up here and only the table's text reaches
 * Cypher; a database holding anything else is not backed up (its restore could not be trusted).
 */
export const LABELS: ReadonlySet<string> = new Set([
  'Entity',
  ...Object.values(KIND_LABEL),
  'Source',
  'Paragraph',
  'Indicator',
  'Candidate',
  'SuggestedLink',
  'Change',
  'FactChange',
  'MergedEntity',
  'AuditEvent',
  'ApiKey',
  'AuthFailures',
  'WriteWindow',
]);
export const TYPES: ReadonlySet<string> = new Set([
  ...RELATIONSHIP_TYPE_NAMES,
  'ABOUT',
  'HAS_PARAGRAPH',
  'MENTIONS',
  'HAS_CANDIDATE',
  'HAS_SUGGESTED_LINK',
]);

/** `name` when the table holds it, else undefined. */
export const known = (table: ReadonlySet<string>, name: unknown): string | undefined =>
  typeof name === 'string' && table.has(name) ? name : undefined;

export interface Header {
  format: typeof FORMAT;
  version: typeof VERSION;
  createdAt: string;
  nodes: number;
  relationships: number;
}

export interface Trailer {
  end: true;
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  sha256: string;
}

/** A refusal of the backup or the restore; its message says what to do. */
export class BackupError extends Error {}

const counted = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ');

export const REFUSE = {
  notEmpty: (uri: string, labels: Record<string, number>) =>
    new BackupError(
      `The database at ${uri} is not empty: it holds ${counted(labels)} nodes. A restore writes only into an empty database, so that what it holds afterwards is exactly the backup: point NEO4J_DATA_DIR at a new folder (or NEO4J_URI at an empty database) and restore again. Nothing was written.`,
    ),
  notBackup: (file: string, why: string) =>
    new BackupError(
      `${file} is not a backup in the ${FORMAT} format (${why}); a backup starts with {"format":"${FORMAT}","version":${VERSION},…}. Nothing was written.`,
    ),
  version: (file: string, version: unknown) =>
    new BackupError(
      `${file} is a ${FORMAT} file of version ${JSON.stringify(version)}; this restore reads version ${VERSION} only. Nothing was written.`,
    ),
  truncated: (file: string, lines: number) =>
    new BackupError(
      `${file} is truncated: it ends after line ${lines} without its closing line (the counts and checksum). Back up again; nothing was written.`,
    ),
  bad: (file: string, line: number, why: string) =>
    new BackupError(`${file}, line ${line}: ${why}. Nothing was written.`),
  unknownLabel: (labels: string[]) =>
    new BackupError(
      `The database holds nodes labelled ${labels.join(', ')}, which this project does not write; a backup of it could not be restored faithfully, so none was written. Allowed labels: ${[...LABELS].join(', ')}.`,
    ),
  unknownType: (types: string[]) =>
    new BackupError(
      `The database holds relationships of type ${types.join(', ')}, which this project does not write; no backup was written. Allowed types: ${[...TYPES].join(', ')}.`,
    ),
  exists: (file: string) =>
    new BackupError(`${file} exists already; name a new file (a backup never overwrites one).`),
  unwritten: (why: string, deleted: number) =>
    new BackupError(
      `The restore failed while writing (${why}); the ${deleted} nodes it had written were deleted with their relationships, so the database is empty again.`,
    ),
} as const;
