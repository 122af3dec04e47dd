// A document's candidate entity, or one of its suggested links, proposed in one call: the server
// finds the paragraphs of the document that print it and cites them, so the proposal carries the
// same evidence the review queue shows. The name is the candidate's as printed.
import {
  ProposeCandidateDocument,
  ProposeSuggestedLinkDocument,
  type CandidateProposalInput,
  type SuggestedLinkProposalInput,
} from '../generated/graphql.ts';
import { request } from '../api/request.ts';

const blankless = (reason?: string | null): string | null => reason?.trim() || null;

export async function proposeCandidate(input: CandidateProposalInput): Promise<{ id: string }> {
  const answer = await request(ProposeCandidateDocument, {
    input: { ...input, reason: blankless(input.reason) },
  });
  return answer.proposeCandidate;
}

export async function proposeSuggestedLink(
  input: SuggestedLinkProposalInput,
): Promise<{ id: string }> {
  const answer = await request(ProposeSuggestedLinkDocument, {
    input: { ...input, reason: blankless(input.reason) },
  });
  return answer.proposeSuggestedLink;
}
