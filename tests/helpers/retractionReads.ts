// The default reads a retracted relationship must leave (README: Curating the graph), around one
// curated fact: 环驰集团 (enterprise:huanchi) cooperating with WUST and leading the bearings chain.
import type { Requests } from './changeRequests.ts';

interface Reads {
  stats: { relationships: number };
  collaborationPaths: { relationships: { type: string; role: string | null }[] }[];
  counts: { key: string; count: number }[];
  neighborhood: { nodes: { id: string }[] };
  entity: { partnerEnterprises: { id: string }[] };
  enterprises: { nodes: { id: string }[] };
}

const READS = `{
  stats { relationships }
  collaborationPaths(from: "enterprise:huanchi", to: "university:wust", maxHops: 1) {
    relationships { type role }
  }
  counts(by: INDUSTRY, first: 500) { key count }
  neighborhood(id: "enterprise:huanchi", maxNodes: 50) { nodes { id } }
  entity(id: "university:wust") { ... on University { partnerEnterprises(first: 200) { id } } }
  enterprises(first: 100, filter: { industry: "industry:bearings" }) { nodes { id } }
}`;

/** Paths, counts, a neighbourhood and two lists, each as the ids or values a test compares. */
export async function retractionReads(r: Requests) {
  const a = await r.ask<Reads>(READS);
  if (!a.data) throw new Error(JSON.stringify(a.errors));
  const d = a.data;
  return {
    relationships: d.stats.relationships,
    paths: d.collaborationPaths.flatMap((p) => p.relationships.map((x) => [x.type, x.role])),
    bearingsCount: d.counts.find((c) => c.key === 'industry:bearings')?.count ?? 0,
    neighbours: d.neighborhood.nodes.map((n) => n.id).sort(),
    wustPartners: d.entity.partnerEnterprises.map((e) => e.id).sort(),
    bearingsEnterprises: d.enterprises.nodes.map((e) => e.id).sort(),
  };
}
