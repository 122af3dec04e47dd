// A seed file's records as the loader reads them: what validation returns and the writer stores.
import type { SourceRef } from '../src/data/records.ts';
import type { EntityKind, RelationshipStatus, RelationshipType } from '../src/data/vocabulary.ts';

export interface SeedSource {
  id: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  date: string | null;
  dateNote: string | null;
  fileName: string;
  paragraphCount: number;
  /** Only when the file gives them (the curated sources do). */
  byline?: string;
  publisherEn?: string;
}
/** Another name: printed in a source (its paragraph), or added by the curators (their reason). */
export interface SeedAlias {
  name: string;
  source: SourceRef | null;
  reason: string | null;
}
export interface SeedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  aliases: SeedAlias[];
  description: string | null;
  descriptionZh: string | null;
  year: number | null;
  sources: SourceRef[];
  /** Curator knowledge: why the curators know it without a paragraph (then sources may be empty). */
  knowledge?: string;
}
export interface SeedRelationship {
  type: RelationshipType;
  status: RelationshipStatus;
  from: string;
  to: string;
  since: number | null;
  role: string | null;
  roleEn: string | null;
  program: string | null;
  sources: SourceRef[];
  /** Curator knowledge: why the curators know it without a paragraph (then sources may be empty). */
  knowledge?: string;
}
export interface SeedIndicator {
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
  scope: string[];
  sources: SourceRef[];
  /** Curator knowledge: why the curators know it without a paragraph (then sources may be empty). */
  knowledge?: string;
}
export interface SeedData {
  sources: SeedSource[];
  entities: SeedEntity[];
  relationships: SeedRelationship[];
  indicators: SeedIndicator[];
  /** Where each record was read ("file: section[index] (id …)"), for later problem messages. */
  origins?: WeakMap<object, string>;
}
export interface SeedFile {
  path: string;
  text: string;
}
