// Plain records returned by the data layer and handed to resolvers as parents (codegen mappers).
// Provenance is stored on nodes and relationships as "sourceId#paragraph" strings; SourceRef is
// its decoded form.
import type { EntityKind, RelationshipStatus, RelationshipType } from './vocabulary.ts';

export interface SourceRef {
  source: string;
  paragraph: number;
  /** The fact's ends whose names the paragraph's highlights mark. */
  about?: readonly Named[];
}

/** An entity as highlighting needs it: its id and every name it goes by. */
export type Named = Pick<Entity, 'id' | 'name' | 'nameEn' | 'aliases'>;

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  aliases: string[];
  /**
   * Where each alias comes from, by position: the paragraph that prints it ("sourceId#paragraph")
   * or "" for an alias the curators added, whose reason is then in aliasReasons.
   */
  aliasSources: string[];
  aliasReasons: string[];
  description: string | null;
  descriptionZh: string | null;
  year: number | null;
  provenance: string[];
  /** 0 for an entity no change has written; each applied change or revert adds one. */
  version: number;
  /** The change that wrote it last (its origin); null for one from a load (npm run seed). */
  changedBy: string | null;
  /** Curator knowledge: the curators' reason for a fact no paragraph states, and its change. */
  knowledge?: string | null;
  knowledgeChange?: string | null;
}

export interface Relationship {
  id: string;
  type: RelationshipType;
  status: RelationshipStatus;
  from: Entity;
  to: Entity;
  since: number | null;
  role: string | null;
  roleEn: string | null;
  program: string | null;
  provenance: string[];
  /** The change that wrote it last (its origin); null for one from a load (npm run seed). */
  changedBy: string | null;
  /** Curator knowledge: the curators' reason for a fact no paragraph states, and its change. */
  knowledge?: string | null;
  knowledgeChange?: string | null;
}

/** Curator knowledge as answered: the reason, and the change that asserted it (null: the seed). */
export interface KnowledgeRecord {
  reason: string;
  change: string | null;
}

/** A fact's curator knowledge, or null when its sources state it. */
export const knowledgeOf = (fact: {
  knowledge?: string | null;
  knowledgeChange?: string | null;
}): KnowledgeRecord | null =>
  fact.knowledge ? { reason: fact.knowledge, change: fact.knowledgeChange ?? null } : null;

export interface Indicator {
  id: string;
  name: string;
  nameEn: string | null;
  value: number;
  unit: string;
  display: string;
  qualifier: string;
  status: string;
  period: string | null;
  periodEn: string | null;
  topic: string;
  scope: Entity[];
  provenance: string[];
  version?: number;
  changedBy?: string | null;
  /** Curator knowledge: the curators' reason for a fact no paragraph states, and its change. */
  knowledge?: string | null;
  knowledgeChange?: string | null;
}

export interface Source {
  id: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  date: string | null;
  dateNote: string | null;
  fileName: string;
  paragraphCount: number;
  contentHash: string | null;
  /** Set on the source addDocument answers: whether the store held its text already. */
  alreadyStored?: boolean;
}

/** One alias with its origin: printed in a source paragraph, or added by the curators. */
export interface Alias {
  name: string;
  source: SourceRef | null;
  reason: string | null;
}

export function aliasesOf(e: Pick<Entity, 'aliases' | 'aliasSources' | 'aliasReasons'>): Alias[] {
  return e.aliases.map((name, i) => {
    const ref = e.aliasSources[i] ?? '';
    return {
      name,
      source: ref === '' ? null : (decodeProvenance([ref])[0] ?? null),
      reason: ref === '' ? (e.aliasReasons[i] ?? null) : null,
    };
  });
}

/** Provenance strings as SourceRefs, each about the fact's ends `about` (for highlights). */
export function decodeProvenance(
  provenance: readonly string[],
  about: readonly Named[] = [],
): SourceRef[] {
  return provenance.map((ref) => {
    const at = ref.lastIndexOf('#');
    const decoded = { source: ref.slice(0, at), paragraph: Number(ref.slice(at + 1)) };
    return about.length ? { ...decoded, about } : decoded;
  });
}

export function encodeProvenance(refs: readonly SourceRef[]): string[] {
  return refs.map((r) => `${r.source}#${r.paragraph}`);
}
