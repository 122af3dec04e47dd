// Mutation.addDocument (a report ingested as npm run ingest does), and the entries of a
// document's review queue made proposals: Mutation.proposeCandidate, proposeSuggestedLink.
import type { Resolvers } from '../../generated/graphql.ts';
import { proposeCandidate, proposeSuggestedLink } from '../../data/queueProposals.ts';
import { addDocument } from '../../ingest/documentInput.ts';
import type { Context } from '../context.ts';
import { requireRole } from '../roles.ts';
import { optionalText } from './arguments.ts';

export const documentMutationResolvers: Resolvers<Context> = {
  Mutation: {
    addDocument: (_parent, { input }, ctx) => {
      const curator = requireRole(ctx.principal, 'curator');
      return addDocument(ctx.graph, input, {
        actor: curator.name,
        maxBytes: ctx.curation.documentMaxBytes,
      });
    },
    proposeCandidate: (_parent, { input }, ctx) => {
      const curator = requireRole(ctx.principal, 'curator');
      return proposeCandidate(ctx.graph, curator.name, {
        document: input.document,
        name: input.name.trim(),
        id: input.id,
        kind: input.kind ?? null,
        nameEn: optionalText(input.nameEn),
        reason: optionalText(input.reason),
      });
    },
    proposeSuggestedLink: (_parent, { input }, ctx) => {
      const curator = requireRole(ctx.principal, 'curator');
      return proposeSuggestedLink(ctx.graph, curator.name, {
        document: input.document,
        from: input.from,
        to: input.to,
        type: input.type,
        reason: optionalText(input.reason),
      });
    },
  },
  Source: {
    alreadyStored: (source) => source.alreadyStored ?? null,
  },
};
