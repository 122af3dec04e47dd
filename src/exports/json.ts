// JSON for scripts and notebooks: the records as the API returns them, ends of relationships and
// paths as ids, provenance both as "sourceId#paragraph" strings and decoded with the file name,
// and for collaboration paths the paths themselves, each read as a sentence in both languages.
import type { Entity, Relationship, Source } from '../data/records.ts';
import { aliasesOf, decodeProvenance } from '../data/records.ts';
import { explain } from '../data/explain.ts';
import type { ExportInput } from './columns.ts';
import { RELATIONSHIP_TYPES } from '../data/vocabulary.ts';

interface SourceRefOut {
  source: string;
  paragraph: number;
  fileName: string | null;
}

export function toJSON(input: ExportInput): string {
  const { nodes, relationships, sources, paths } = input;
  const refs = (provenance: readonly string[]): SourceRefOut[] =>
    decodeProvenance(provenance).map((r) => ({
      ...r,
      fileName: sources.get(r.source)?.fileName ?? null,
    }));
  const cited = new Set(
    [...nodes, ...relationships].flatMap((x) =>
      decodeProvenance(x.provenance).map((r) => r.source),
    ),
  );
  const body = {
    title: input.title,
    truncated: input.truncated ?? false,
    counts: {
      nodes: nodes.length,
      relationships: relationships.length,
      ...(paths ? { paths: paths.length } : {}),
    },
    sources: [...cited]
      .sort()
      .map((id) => sources.get(id))
      .filter((s): s is Source => s !== undefined)
      .map((s) => ({ id: s.id, title: s.title, titleEn: s.titleEn, fileName: s.fileName })),
    nodes: nodes.map((e: Entity) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      nameEn: e.nameEn,
      aliases: e.aliases,
      aliasOrigins: aliasesOf(e).map((a) => ({
        name: a.name,
        origin: a.source ? 'SOURCE' : 'CURATORS',
        source: a.source,
        reason: a.reason,
      })),
      year: e.year,
      description: e.description,
      descriptionZh: e.descriptionZh,
      provenance: e.provenance,
      sources: refs(e.provenance),
    })),
    relationships: relationships.map((r: Relationship) => ({
      id: r.id,
      type: r.type,
      category: RELATIONSHIP_TYPES[r.type].category,
      status: r.status,
      from: r.from.id,
      to: r.to.id,
      since: r.since,
      role: r.role,
      roleEn: r.roleEn,
      program: r.program,
      provenance: r.provenance,
      sources: refs(r.provenance),
    })),
    ...(paths
      ? {
          paths: paths.map((p) => ({
            length: p.length,
            nodes: p.nodes.map((n) => n.id),
            relationships: p.relationships.map((r) => r.id),
            explanation: explain(p.relationships, 'zh'),
            explanationEn: explain(p.relationships, 'en'),
          })),
        }
      : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
