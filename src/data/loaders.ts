// Per-request batching: every field that needs the same kind of lookup for many parents waits
// one tick and then sends one statement for all of them.
import DataLoader from 'dataloader';
import type { Graph } from '../neo4j/graph.ts';
import type { Entity, EntityKind, Relationship, Source } from './records.ts';
import type { RelationshipType } from './vocabulary.ts';
import { allSources, entitiesByIds } from './entities.ts';
import { linkedEntities, relationshipsOf, type LinkSpec } from './links.ts';

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  source: DataLoader<string, Source | null>;
  linked(spec: LinkSpec, first: number): DataLoader<string, Entity[]>;
  relationships(
    filter: { types: readonly RelationshipType[] | null; kinds: readonly EntityKind[] | null },
    first: number,
  ): DataLoader<string, Relationship[]>;
}

export function createLoaders(graph: Graph): Loaders {
  const byKey = new Map<string, DataLoader<string, never>>();
  // One loader per distinct (question, arguments): parents asking the same question share it.
  const keyed = <T>(
    key: string,
    fetch: (ids: readonly string[]) => Promise<Map<string, T>>,
    empty: T,
  ): DataLoader<string, T> => {
    let loader = byKey.get(key) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(async (ids) => {
        const found = await fetch(ids);
        return ids.map((id) => found.get(id) ?? empty);
      });
      byKey.set(key, loader as unknown as DataLoader<string, never>);
    }
    return loader;
  };

  return {
    entity: keyed<Entity | null>('entity', (ids) => entitiesByIds(graph, ids), null),
    source: keyed<Source | null>(
      'source',
      async () => new Map((await allSources(graph)).map((s) => [s.id, s])),
      null,
    ),
    linked: (spec, first) =>
      keyed(
        `linked:${JSON.stringify(spec)}:${first}`,
        (ids) => linkedEntities(graph, ids, spec, first),
        [],
      ),
    relationships: (filter, first) =>
      keyed(
        `relationships:${JSON.stringify(filter)}:${first}`,
        (ids) => relationshipsOf(graph, ids, filter, first),
        [],
      ),
  };
}
