// Reads a backup file line by line and checks all of it: the format and version, every line's
// shape, labels and types against the fixed tables, every value's tag, relationships' ends, and
// at the end the counts and checksum of the closing line. The restore reads the file once with
// nothing to do but these checks, before it writes anything.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  FORMAT,
  known,
  LABELS,
  REFUSE,
  TYPES,
  VERSION,
  type Header,
  type Trailer,
} from './format.ts';
import { decodeProps, ValueError } from './values.ts';

export interface FileNode {
  n: number;
  labels: string[];
  props: Record<string, unknown>;
}
export interface FileRelationship {
  from: number;
  to: number;
  type: string;
  props: Record<string, unknown>;
}
export interface Visitor {
  header?(header: Header): void;
  node?(node: FileNode): Promise<void> | void;
  relationship?(relationship: FileRelationship): Promise<void> | void;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const sameCounts = (a: Record<string, number>, b: unknown): boolean =>
  isObject(b) &&
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([k, v]) => b[k] === v);

/** Reads `file`, handing each node and relationship to `visit`; returns its header and trailer. */
export async function readBackup(
  file: string,
  visit: Visitor = {},
): Promise<{ header: Header; trailer: Trailer }> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const hash = createHash('sha256');
  let header: Header | null = null;
  let trailer: Record<string, unknown> | null = null;
  let number = 0;
  let nodes = 0;
  let relationships = 0;
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  // A line that is not JSON is a truncation when it is the last one, else a damaged file.
  let unparsed: number | null = null;
  try {
    for await (const text of lines) {
      number++;
      const bad = (why: string): Error => REFUSE.bad(file, number, why);
      if (unparsed !== null) throw REFUSE.bad(file, unparsed, 'not a JSON line');
      if (trailer) throw bad('a line after the closing line');
      let line: unknown;
      try {
        line = JSON.parse(text);
      } catch {
        if (!header) throw REFUSE.notBackup(file, 'its first line is not JSON');
        unparsed = number;
        continue;
      }
      if (!isObject(line))
        throw header
          ? bad('not a JSON object')
          : REFUSE.notBackup(file, 'its first line is no object');
      if (!header) {
        if (line.format !== FORMAT)
          throw REFUSE.notBackup(
            file,
            line.format === undefined
              ? 'it names no format'
              : `it names the format ${JSON.stringify(line.format)}`,
          );
        if (line.version !== VERSION) throw REFUSE.version(file, line.version);
        if (!Number.isInteger(line.nodes) || !Number.isInteger(line.relationships))
          throw bad('the first line lacks its counts');
        header = {
          format: FORMAT,
          version: VERSION,
          createdAt: String(line.createdAt),
          nodes: line.nodes as number,
          relationships: line.relationships as number,
        };
        visit.header?.(header);
        hash.update(`${text}\n`);
        continue;
      }
      if (line.end === true) {
        trailer = line;
        continue;
      }
      hash.update(`${text}\n`);
      try {
        if ('n' in line) {
          if (relationships > 0) throw bad('a node after the relationships');
          if (line.n !== nodes)
            throw bad(`node number ${JSON.stringify(line.n)} where ${nodes} was due`);
          if (!Array.isArray(line.labels) || line.labels.length === 0)
            throw bad('a node without labels');
          const checked = line.labels.map((l) => known(LABELS, l));
          const unknown = line.labels.filter((_, i) => checked[i] === undefined);
          if (unknown.length)
            throw bad(
              `the label(s) ${unknown.map((l) => JSON.stringify(l)).join(', ')}, which the store does not use`,
            );
          const props = decodeProps(line.props);
          for (const l of checked) labels[l as string] = (labels[l as string] ?? 0) + 1;
          nodes++;
          await visit.node?.({ n: line.n, labels: checked as string[], props });
        } else if ('r' in line) {
          const ends = line.r;
          if (
            !Array.isArray(ends) ||
            ends.length !== 2 ||
            !ends.every((e) => Number.isInteger(e) && e >= 0 && e < nodes)
          )
            throw bad('a relationship whose ends are not two nodes of the file');
          const type = known(TYPES, line.type);
          if (!type)
            throw bad(
              `the relationship type ${JSON.stringify(line.type)}, which the store does not use`,
            );
          const props = decodeProps(line.props);
          types[type] = (types[type] ?? 0) + 1;
          relationships++;
          await visit.relationship?.({
            from: ends[0] as number,
            to: ends[1] as number,
            type,
            props,
          });
        } else throw bad('neither a node nor a relationship');
      } catch (error) {
        if (error instanceof ValueError) throw bad(error.message);
        throw error;
      }
    }
  } finally {
    lines.close();
    input.destroy();
  }
  if (!header) throw REFUSE.notBackup(file, 'it is empty');
  if (unparsed !== null || !trailer)
    throw REFUSE.truncated(file, unparsed === null ? number : unparsed - 1);
  const last = number;
  const wrong = (why: string): Error => REFUSE.bad(file, last, why);
  if (trailer.nodes !== nodes || header.nodes !== nodes)
    throw wrong(`the file counts ${trailer.nodes} nodes but holds ${nodes}`);
  if (trailer.relationships !== relationships || header.relationships !== relationships)
    throw wrong(
      `the file counts ${trailer.relationships} relationships but holds ${relationships}`,
    );
  if (!sameCounts(labels, trailer.labels) || !sameCounts(types, trailer.types))
    throw wrong('the counts by label or type differ from the lines');
  const sha256 = hash.digest('hex');
  if (trailer.sha256 !== sha256) throw wrong('the checksum does not match: the file was altered');
  // Every count of the closing line was checked against the lines: these are its own.
  return { header, trailer: { end: true, nodes, relationships, labels, types, sha256 } };
}
