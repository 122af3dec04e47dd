// An entry of an ingested document's review queue made a proposal in one call: a candidate
// entity becomes an entity to add, a suggested link a relationship to add, each citing the
// document's paragraphs that print it. They go through proposeChange, so the loader's checks and
// the audit record are those of any proposal; nothing in the graph changes until it is accepted.
import { REVIEW_QUEUE, QUEUE_PROPOSAL } from '../errors/index.ts';
import type { Graph } from '../neo4j/graph.ts';
import { proposeChange, type ChangeRecord, type Operation } from './changes.ts';
import type { EntityKind, RelationshipType } from './vocabulary.ts';

/**
 * Paragraphs one proposal cites, the first ones the document prints it in: enough evidence for a
 * reviewer to read, well under the loader's 100 citations of one record.
 */
export const MAX_QUEUE_CITATIONS = 20;

const CANDIDATE = `
MATCH (s:Source {id: $document})
OPTIONAL MATCH (s)-[:HAS_CANDIDATE]->(c:Candidate {name: $name})
RETURN s.title AS title, c {.suggestedKind, .paragraphs} AS candidate`;

// The queue stores a pair once, its ids sorted; the caller may give them either way round.
const SUGGESTED_LINK = `
MATCH (s:Source {id: $document})
OPTIONAL MATCH (s)-[:HAS_SUGGESTED_LINK]->(l:SuggestedLink)
  WHERE (l.from = $from AND l.to = $to) OR (l.from = $to AND l.to = $from)
RETURN s.title AS title, l {.paragraphs} AS link`;

const paragraphList = (ns: readonly number[]): string =>
  ns.length === 1 ? `paragraph ${ns[0]}` : `paragraphs ${ns.join(', ')}`;

const cited = (document: string, paragraphs: readonly number[]) => {
  const shown = [...paragraphs].sort((a, b) => a - b).slice(0, MAX_QUEUE_CITATIONS);
  return { shown, sources: shown.map((paragraph) => ({ source: document, paragraph })) };
};

export interface CandidateProposal {
  document: string;
  name: string;
  id: string;
  kind: EntityKind | null;
  nameEn: string | null;
  reason: string | null;
}

/** Proposes adding the document's candidate `name` as entity `id`, citing its paragraphs. */
export async function proposeCandidate(
  graph: Graph,
  author: string,
  input: CandidateProposal,
): Promise<ChangeRecord> {
  const [row] = await graph.read<{
    title: string | null;
    candidate: { suggestedKind: EntityKind; paragraphs: number[] } | null;
  }>(CANDIDATE, { document: input.document, name: input.name });
  if (!row) throw REVIEW_QUEUE.noDocument(input.document);
  if (!row.candidate) throw QUEUE_PROPOSAL.noCandidate(input.document, input.name);
  const { shown, sources } = cited(input.document, row.candidate.paragraphs);
  const operation: Operation = {
    kind: 'ENTITY',
    record: {
      id: input.id,
      kind: input.kind ?? row.candidate.suggestedKind,
      name: input.name,
      nameEn: input.nameEn,
      aliases: [],
      description: null,
      descriptionZh: null,
      year: null,
      sources,
      version: null,
    },
  };
  const reason =
    input.reason ??
    `${input.name} is printed in "${row.title ?? input.document}" (${input.document}), ${paragraphList(shown)}: a candidate of its review queue.`;
  return proposeChange(graph, author, reason, [operation]);
}

export interface SuggestedLinkProposal {
  document: string;
  from: string;
  to: string;
  type: RelationshipType;
  reason: string | null;
}

/** Proposes a `type` relationship from → to for a pair the document suggests, citing its paragraphs. */
export async function proposeSuggestedLink(
  graph: Graph,
  author: string,
  input: SuggestedLinkProposal,
): Promise<ChangeRecord> {
  const [row] = await graph.read<{
    title: string | null;
    link: { paragraphs: number[] } | null;
  }>(SUGGESTED_LINK, { document: input.document, from: input.from, to: input.to });
  if (!row) throw REVIEW_QUEUE.noDocument(input.document);
  if (!row.link) throw QUEUE_PROPOSAL.noSuggestedLink(input.document, input.from, input.to);
  const { shown, sources } = cited(input.document, row.link.paragraphs);
  const operation: Operation = {
    kind: 'RELATIONSHIP',
    record: {
      type: input.type,
      status: 'ACTUAL',
      from: input.from,
      to: input.to,
      since: null,
      role: null,
      roleEn: null,
      program: null,
      sources,
    },
  };
  const reason =
    input.reason ??
    `"${row.title ?? input.document}" (${input.document}) names ${input.from} and ${input.to} together in ${paragraphList(shown)}: a link suggested by its review queue.`;
  return proposeChange(graph, author, reason, [operation]);
}
