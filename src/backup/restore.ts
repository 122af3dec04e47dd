// Loads a backup into an empty database. The file is read twice: once only to check all of it
// (format, version, every line, the counts and checksum), then to write. The writes go in
// batches, each its own transaction, since a large graph in one transaction would outgrow
// Neo4j's memory; all or nothing is kept by the database being empty at the start: when any
// write fails, or the counts afterwards differ from the file's, every node written (and with it
// every relationship) is deleted again, leaving the database as empty as it was.
import {
  awaitIndexes,
  createNodes,
  createRelationships,
  deleteNodes,
  labelCounts,
  typeCounts,
} from '../data/restore.ts';
import type { Graph, Params } from '../neo4j/graph.ts';
import type { Progress } from './backup.ts';
import { BackupError, REFUSE } from './format.ts';
import { readBackup } from './read.ts';

const NODE_BATCH = 1_000;
const RELATIONSHIP_BATCH = 2_000;

export interface RestoreSummary {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>): boolean =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([k, v]) => b[k] === v);

export async function restore(
  graph: Graph,
  file: string,
  { uri, progress }: { uri: string; progress?: Progress },
): Promise<RestoreSummary> {
  try {
    return await checkedRestore(graph, file, uri, progress);
  } finally {
    progress?.stop();
  }
}

async function checkedRestore(
  graph: Graph,
  file: string,
  uri: string,
  progress: Progress | undefined,
): Promise<RestoreSummary> {
  const before = await labelCounts(graph);
  if (Object.keys(before).length) throw REFUSE.notEmpty(uri, before);
  const step = (): void => progress?.advance(1);
  const { trailer } = await readBackup(file, {
    header: (h) => progress?.start('checking', h.nodes + h.relationships),
    node: step,
    relationship: step,
  });
  const written: string[] = [];
  try {
    await write(graph, file, trailer.nodes, trailer.relationships, written, progress);
    const labels = await labelCounts(graph);
    const types = await typeCounts(graph);
    if (!sameCounts(labels, trailer.labels) || !sameCounts(types, trailer.types))
      throw new BackupError(
        'the database holds other counts than the file: something else wrote to it meanwhile',
      );
    await awaitIndexes(graph, 600);
    return { nodes: trailer.nodes, relationships: trailer.relationships, labels, types };
  } catch (error) {
    progress?.stop();
    await deleteNodes(graph, written);
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw REFUSE.unwritten(why ?? 'unknown', written.length);
  }
}

/** Writes the file's nodes, then its relationships, noting each node's element id in `written`. */
async function write(
  graph: Graph,
  file: string,
  nodeTotal: number,
  relationshipTotal: number,
  written: string[],
  progress: Progress | undefined,
): Promise<void> {
  const elements: string[] = new Array<string>(nodeTotal);
  let nodes: { n: number; labels: string[]; props: Params }[] = [];
  let relationships: { from: string; to: string; type: string; props: Params }[] = [];
  const flushNodes = async (): Promise<void> => {
    const batch = nodes;
    nodes = [];
    if (!batch.length) return;
    const created = await createNodes(graph, batch);
    for (const { n, element } of created) {
      elements[n] = element;
      written.push(element);
    }
    if (created.length !== batch.length)
      throw new BackupError(`${batch.length - created.length} nodes were not created`);
    progress?.advance(created.length);
  };
  const flushRelationships = async (): Promise<void> => {
    const batch = relationships;
    relationships = [];
    if (!batch.length) return;
    const created = await createRelationships(graph, batch);
    if (created !== batch.length)
      throw new BackupError(`${batch.length - created} relationships were not created`);
    progress?.advance(created);
  };
  let nodesDone = false;
  const finishNodes = async (): Promise<void> => {
    if (nodesDone) return;
    nodesDone = true;
    await flushNodes();
    progress?.start('relationships', relationshipTotal);
  };

  progress?.start('nodes', nodeTotal);
  await readBackup(file, {
    async node(node) {
      nodes.push(node);
      if (nodes.length >= NODE_BATCH) await flushNodes();
    },
    async relationship({ from, to, type, props }) {
      await finishNodes();
      relationships.push({
        from: elements[from] as string,
        to: elements[to] as string,
        type,
        props,
      });
      if (relationships.length >= RELATIONSHIP_BATCH) await flushRelationships();
    },
  });
  await finishNodes();
  await flushRelationships();
}
