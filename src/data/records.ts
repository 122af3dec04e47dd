// Plain records returned by the data layer and handed to resolvers as parents (codegen mappers).
// Provenance is stored on nodes and relationships as "sourceId#paragraph" strings; SourceRef is
// its decoded form.
import type { EntityKind, RelationshipType } from './vocabulary.ts';

export interface SourceRef {
  source: string;
  paragraph: number;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  descriptionZh: string | null;
  year: number | null;
  provenance: string[];
}

export interface Relationship {
  id: string;
  type: RelationshipType;
  from: Entity;
  to: Entity;
  since: number | null;
  role: string | null;
  roleEn: string | null;
  program: string | null;
  provenance: string[];
}

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
}

export function decodeProvenance(provenance: readonly string[]): SourceRef[] {
  return provenance.map((ref) => {
    const at = ref.lastIndexOf('#');
    return { source: ref.slice(0, at), paragraph: Number(ref.slice(at + 1)) };
  });
}

export function encodeProvenance(refs: readonly SourceRef[]): string[] {
  return refs.map((r) => `${r.source}#${r.paragraph}`);
}
