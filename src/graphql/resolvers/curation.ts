import type {
  CitationInput,
  EntityInput,
  OperationInput,
  RelationshipInput,
  Resolvers,
} from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import {
  decideChange,
  findChange,
  listChanges,
  proposeChange,
  targetOf,
  type Operation,
} from '../../data/changes.ts';
import { revertChange } from '../../data/revert.ts';
import { CHANGE, REVERT } from '../../errors/index.ts';
import { requireRole } from '../roles.ts';
import { optionalText } from './arguments.ts';

const citation = ({ source, paragraph }: CitationInput) => ({ source, paragraph });

/** An entity in the loader's file format (README: Loading your own data), with its version. */
const entityRecord = (e: EntityInput): Extract<Operation, { kind: 'ENTITY' }>['record'] => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  nameEn: e.nameEn ?? null,
  aliases: (e.aliases ?? []).map((a) =>
    a.source ? { name: a.name, ...citation(a.source) } : { name: a.name, reason: a.reason ?? null },
  ),
  description: e.description ?? null,
  descriptionZh: e.descriptionZh ?? null,
  year: e.year ?? null,
  sources: e.sources.map(citation),
  version: e.version ?? null,
});

const relationshipRecord = (
  r: RelationshipInput,
): Extract<Operation, { kind: 'RELATIONSHIP' }>['record'] => ({
  type: r.type,
  status: r.status ?? 'ACTUAL',
  from: r.from,
  to: r.to,
  since: r.since ?? null,
  role: r.role ?? null,
  roleEn: r.roleEn ?? null,
  program: r.program ?? null,
  sources: r.sources.map(citation),
});

function operationOf(input: OperationInput, index: number): Operation {
  const given = [input.entity, input.relationship, input.retract].filter((x) => x != null);
  if (given.length !== 1) throw CHANGE.oneField(index);
  if (input.entity) return { kind: 'ENTITY', record: entityRecord(input.entity) };
  if (input.relationship)
    return { kind: 'RELATIONSHIP', record: relationshipRecord(input.relationship) };
  const { type, from, to } = input.retract as NonNullable<OperationInput['retract']>;
  return { kind: 'RETRACT', record: { type, from, to } };
}

export const curationResolvers: Resolvers<Context> = {
  Mutation: {
    proposeChange: (_parent, { input }, ctx) => {
      const author = requireRole(ctx.principal, 'curator');
      const reason = optionalText(input.reason);
      if (!reason) throw CHANGE.emptyReason();
      if (input.operations.length === 0) throw CHANGE.noOperations();
      return proposeChange(ctx.graph, author.name, reason, input.operations.map(operationOf));
    },
    reviewChange: (_parent, { id, decision, note }, ctx) => {
      const reviewer = requireRole(ctx.principal, 'reviewer');
      return decideChange(ctx.graph, id, reviewer.name, decision, optionalText(note), {
        selfReview: ctx.curation.selfReview,
      });
    },
    revertChange: (_parent, { id, reason }, ctx) => {
      const reviewer = requireRole(ctx.principal, 'reviewer');
      const why = optionalText(reason);
      if (!why) throw REVERT.emptyReason();
      return revertChange(ctx.graph, id, reviewer.name, why);
    },
  },
  Query: {
    change: (_parent, { id }, ctx) => findChange(ctx.graph, id),
    changes: (_parent, { status, author, first }, ctx) =>
      listChanges(ctx.graph, { status: status ?? null, author: optionalText(author) }, first),
  },
  Change: {
    operations: (change) =>
      change.operations.map((op) => ({
        kind: op.kind,
        target: targetOf(op),
        record: JSON.stringify(op.record),
      })),
  },
};
