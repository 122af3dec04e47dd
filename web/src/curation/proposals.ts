// A document's candidate entity, or one of its suggested links, proposed as a change citing the
// paragraphs that name it. The inputs are those of the one-call mutations `proposeCandidate` and
// `proposeSuggestedLink`; until the API has them, each is sent as the equivalent proposeChange.
// To switch, replace the body of each function with its mutation (the server finds the
// paragraphs itself, so `paragraphs` is then unused).
import {
  ProposeChangeDocument,
  type EntityKind,
  type RelationshipType,
} from '../generated/graphql.ts';
import { request } from '../api/request.ts';

export interface CandidateInput {
  document: string;
  name: string;
  id: string;
  kind?: EntityKind | null;
  nameEn?: string | null;
  reason?: string | null;
}

export interface SuggestedLinkInput {
  document: string;
  from: string;
  to: string;
  type: RelationshipType;
  reason?: string | null;
}

/** The paragraphs of the document that print the candidate (or name both ends of the link). */
interface Evidence {
  paragraphs: readonly number[];
  /** The kind the ingest suggested, when the input names none. */
  suggestedKind?: EntityKind;
}

const defaultReason = (input: { document: string }, paragraphs: readonly number[]): string =>
  `${input.document} ¶${paragraphs.join(', ¶')}`;

const citing = (document: string, paragraphs: readonly number[]) =>
  paragraphs.map((paragraph) => ({ source: document, paragraph }));

export async function proposeCandidate(
  input: CandidateInput,
  evidence: Evidence,
): Promise<{ id: string }> {
  const kind = input.kind ?? evidence.suggestedKind ?? 'ENTERPRISE';
  const entity = {
    id: input.id,
    kind,
    name: input.name,
    nameEn: input.nameEn ?? null,
    sources: citing(input.document, evidence.paragraphs),
  };
  const reason = input.reason?.trim() || defaultReason(input, evidence.paragraphs);
  const answer = await request(ProposeChangeDocument, {
    input: { reason, operations: [{ entity }] },
  });
  return answer.proposeChange;
}

export async function proposeSuggestedLink(
  input: SuggestedLinkInput,
  evidence: Evidence,
): Promise<{ id: string }> {
  const relationship = {
    type: input.type,
    from: input.from,
    to: input.to,
    sources: citing(input.document, evidence.paragraphs),
  };
  const reason = input.reason?.trim() || defaultReason(input, evidence.paragraphs);
  const answer = await request(ProposeChangeDocument, {
    input: { reason, operations: [{ relationship }] },
  });
  return answer.proposeChange;
}
