import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { accessResolvers } from './access.ts';
import { changeEvidenceResolvers } from './changeEvidence.ts';
import { curationResolvers } from './curation.ts';
import { entityResolvers } from './entities.ts';
import { historyResolvers } from './history.ts';
import { indicatorResolvers } from './indicators.ts';
import { kindResolvers } from './kinds.ts';
import { knowledgeResolvers } from './knowledge.ts';
import { listResolvers } from './lists.ts';
import { pathResolvers } from './paths.ts';
import { analyticsResolvers } from './analytics.ts';
import { documentResolvers } from './documents.ts';
import { documentMutationResolvers } from './documentMutations.ts';
import { reviewQueueResolvers } from './reviewQueue.ts';

export const resolvers: Resolvers<Context>[] = [
  entityResolvers,
  kindResolvers,
  listResolvers,
  indicatorResolvers,
  pathResolvers,
  analyticsResolvers,
  accessResolvers,
  curationResolvers,
  changeEvidenceResolvers,
  documentResolvers,
  documentMutationResolvers,
  reviewQueueResolvers,
  historyResolvers,
  knowledgeResolvers,
];
