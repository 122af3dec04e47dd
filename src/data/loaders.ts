// Per-request batching: every field that needs the same kind of lookup for many parents waits
// one tick and then sends one statement for all of them.
import DataLoader from 'dataloader';
import type { Graph } from '../neo4j/graph.ts';
import type { Entity, Relationship, Source } from './records.ts';
import type { EntityKind, RelationshipType } from './vocabulary.ts';
import { allSources, entitiesByIds } from './entities.ts';
import { changesByIds, type ChangeRecord } from './changeRecords.ts';
import { historyOf, type HistoryCursor, type HistoryPage } from './history.ts';
import { linkedEntities, relationshipsOf, type LinkRequest } from './links.ts';
import {
  countMentions,
  mentionsOfEntities,
  paragraphsByKeys,
  type MentionCursor,
  type MentionPage,
  type ParagraphWithMentions,
} from './documents.ts';

export interface RelationshipFilter {
  types: readonly RelationshipType[] | null;
  kinds: readonly EntityKind[] | null;
}

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  source: DataLoader<string, Source | null>;
  linked(request: LinkRequest): DataLoader<string, Entity[]>;
  relationships(filter: RelationshipFilter, first: number): DataLoader<string, Relationship[]>;
  /** Paragraphs by key ("sourceId#number"), each with its mentions. */
  paragraph: DataLoader<string, ParagraphWithMentions | null>;
  mentions(after: MentionCursor | null, first: number): DataLoader<string, MentionPage | null>;
  mentionCount: DataLoader<string, number>;
  change: DataLoader<string, ChangeRecord | null>;
  /** Histories by fact: an entity id or a relationship's key (from|TYPE|to). */
  history(after: HistoryCursor | null, first: number): DataLoader<string, HistoryPage | null>;
}

/** A loader over `fetch`, answering `empty` for ids it does not find. */
function loader<T>(
  fetch: (ids: readonly string[]) => Promise<Map<string, T>>,
  empty: T,
): DataLoader<string, T> {
  return new DataLoader<string, T>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? empty);
  });
}

/** One loader per distinct arguments: parents asking the same question share it. */
function perArguments<A, T>(
  make: (args: A, first: number) => DataLoader<string, T>,
): (args: A, first: number) => DataLoader<string, T> {
  const loaders = new Map<string, DataLoader<string, T>>();
  return (args, first) => {
    const key = `${JSON.stringify(args)}:${first}`;
    let found = loaders.get(key);
    if (!found) loaders.set(key, (found = make(args, first)));
    return found;
  };
}

export function createLoaders(graph: Graph): Loaders {
  const perLink = perArguments((link: Omit<LinkRequest, 'first'>, first) =>
    loader((ids) => linkedEntities(graph, ids, { ...link, first }), []),
  );
  return {
    entity: loader((ids) => entitiesByIds(graph, ids), null),
    source: loader(async () => new Map((await allSources(graph)).map((s) => [s.id, s])), null),
    linked: (request) => perLink({ field: request.field, brief: request.brief }, request.first),
    relationships: perArguments((filter: RelationshipFilter, first) =>
      loader((ids) => relationshipsOf(graph, ids, filter, first), []),
    ),
    paragraph: loader((keys) => paragraphsByKeys(graph, keys), null),
    mentions: perArguments((after: MentionCursor | null, first) =>
      loader((ids) => mentionsOfEntities(graph, ids, first, after), null),
    ),
    mentionCount: loader((ids) => countMentions(graph, ids), 0),
    change: loader((ids) => changesByIds(graph, ids), null),
    history: perArguments((after: HistoryCursor | null, first) =>
      loader((facts) => historyOf(graph, facts, first, after), null),
    ),
  };
}
