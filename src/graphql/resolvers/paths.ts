// collaborationPaths and neighborhood. The two questions are functions of their arguments, so
// /export/paths.* and /export/neighborhood.* ask them exactly as /graphql does.
import type {
  QueryCollaborationPathsArgs,
  QueryNeighborhoodArgs,
  RequireFields,
  Resolvers,
} from '../../generated/graphql.ts';
import type { Context } from '../context.ts';
import { neighbourhood, type RawSubgraph } from '../../data/neighbourhood.ts';
import { pathsBetween, type RawPath } from '../../data/paths.ts';
import { typesOfCategories } from '../../data/vocabulary.ts';
import { entityNotFound, noPathStatuses, noPathTypes, sameEnds } from '../../errors/index.ts';
import { statusFilter } from './arguments.ts';
import { explain } from '../../data/explain.ts';
import { selectedFieldNames } from '../selection.ts';

/** The Path fields that read a path's nodes or relationships (all but its length). */
const STEP_FIELDS = new Set(['nodes', 'relationships', 'explanation', 'explanationEn']);

export type PathsArgs = RequireFields<
  QueryCollaborationPathsArgs,
  'from' | 'to' | 'maxHops' | 'first' | 'categories' | 'statuses' | 'throughKinds' | 'avoid'
>;
export type NeighborhoodArgs = RequireFields<QueryNeighborhoodArgs, 'id' | 'depth' | 'maxNodes'>;

/** `steps`: whether the paths need their nodes and relationships, or only their lengths. */
export async function collaborationPaths(
  args: PathsArgs,
  ctx: Context,
  steps = true,
): Promise<RawPath[]> {
  if (args.from === args.to) throw sameEnds();
  const types = args.types?.length ? args.types : typesOfCategories(args.categories);
  if (types.length === 0) throw noPathTypes();
  const statuses = statusFilter(args.statuses, noPathStatuses);
  const answer = await pathsBetween(ctx.graph, {
    from: args.from,
    to: args.to,
    maxHops: args.maxHops,
    first: args.first,
    types,
    statuses,
    through: args.throughKinds,
    avoid: args.avoid,
    steps,
  });
  if (!answer.fromExists) throw entityNotFound(args.from, 'from');
  if (!answer.toExists) throw entityNotFound(args.to, 'to');
  return answer.paths;
}

export async function neighborhood(args: NeighborhoodArgs, ctx: Context): Promise<RawSubgraph> {
  const subgraph = await neighbourhood(ctx.graph, {
    id: args.id,
    depth: args.depth,
    maxNodes: args.maxNodes,
    types: args.types?.length ? args.types : null,
    kinds: args.kinds?.length ? args.kinds : null,
    through: args.throughKinds ?? null,
  });
  if (!subgraph) throw entityNotFound(args.id);
  return subgraph;
}

export const pathResolvers: Resolvers<Context> = {
  Query: {
    collaborationPaths: (_parent, args, ctx, info) =>
      collaborationPaths(
        args,
        ctx,
        [...selectedFieldNames(info)].some((f) => STEP_FIELDS.has(f)),
      ),
    neighborhood: (_parent, args, ctx) => neighborhood(args, ctx),
  },
  Path: {
    explanation: (path) => explain(path.relationships, 'zh'),
    explanationEn: (path) => explain(path.relationships, 'en'),
  },
};
