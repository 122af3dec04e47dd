// Writes the whole graph into a backup file (format.ts), streaming: one line per node and per
// relationship, never the graph in memory, the file's writes waited for when the disk is slower
// than Neo4j. A file that could not be finished is removed, so no half backup is left to trust.
import { createHash } from 'node:crypto';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { readWholeGraph } from '../data/backup.ts';
import type { Graph } from '../neo4j/graph.ts';
import { BackupError, FORMAT, LABELS, REFUSE, TYPES, VERSION, type Trailer } from './format.ts';
import { encodeProps } from './values.ts';

export interface Progress {
  start(phase: 'checking' | 'nodes' | 'relationships', total: number): void;
  advance(count: number): void;
  stop(): void;
}

export interface BackupSummary {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  bytes: number;
}

/** A line sink that hashes what it writes and waits when the stream's buffer is full. */
class Lines {
  private readonly hash = createHash('sha256');
  bytes = 0;
  constructor(private readonly out: WriteStream) {}

  async write(value: unknown, hashed = true): Promise<void> {
    const line = `${JSON.stringify(value)}\n`;
    if (hashed) this.hash.update(line);
    this.bytes += Buffer.byteLength(line);
    if (!this.out.write(line)) await once(this.out, 'drain');
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Backs up everything `graph` holds into `file`, which must not exist yet. */
export async function backUp(
  graph: Graph,
  file: string,
  { timeoutMs, progress }: { timeoutMs: number; progress?: Progress },
): Promise<BackupSummary> {
  const out = createWriteStream(file, { flags: 'wx' });
  const opened = once(out, 'open').catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EEXIST' ? REFUSE.exists(file) : error;
  });
  await opened;
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  try {
    const summary = await Promise.race([failed, write(graph, new Lines(out), timeoutMs, progress)]);
    out.end();
    await Promise.race([failed, once(out, 'finish')]);
    return summary;
  } catch (error) {
    out.destroy();
    rmSync(file, { force: true });
    throw error;
  } finally {
    progress?.stop();
  }
}

async function write(
  graph: Graph,
  lines: Lines,
  timeoutMs: number,
  progress: Progress | undefined,
): Promise<BackupSummary> {
  return readWholeGraph(graph, timeoutMs, async (reader) => {
    const { counts } = reader;
    const strangeLabels = counts.labels.filter((l) => !LABELS.has(l));
    if (strangeLabels.length) throw REFUSE.unknownLabel(strangeLabels);
    const strangeTypes = counts.types.filter((t) => !TYPES.has(t));
    if (strangeTypes.length) throw REFUSE.unknownType(strangeTypes);

    const header = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      nodes: counts.nodes,
      relationships: counts.relationships,
    };
    await lines.write(header);
    // Neo4j's element ids are valid only within this transaction: the file numbers the nodes.
    const numbers = new Map<string, number>();
    const labels: Record<string, number> = {};
    const types: Record<string, number> = {};
    progress?.start('nodes', counts.nodes);
    await reader.nodes(async ({ element, labels: nodeLabels, props }) => {
      const n = numbers.size;
      numbers.set(element, n);
      for (const l of nodeLabels) bump(labels, l);
      await lines.write({ n, labels: [...nodeLabels].sort(), props: encodeProps(props) });
      progress?.advance(1);
    });
    let relationships = 0;
    progress?.start('relationships', counts.relationships);
    await reader.relationships(async ({ from, to, type, props }) => {
      const ends = [numbers.get(from), numbers.get(to)];
      if (ends.some((e) => e === undefined))
        throw new BackupError(`A ${type} relationship ends at a node the backup did not read.`);
      relationships++;
      bump(types, type);
      await lines.write({ r: ends, type, props: encodeProps(props) });
      progress?.advance(1);
    });
    const trailer: Trailer = {
      end: true,
      nodes: numbers.size,
      relationships,
      labels,
      types,
      sha256: lines.digest(),
    };
    await lines.write(trailer, false);
    return { nodes: numbers.size, relationships, labels, types, bytes: lines.bytes };
  });
}
