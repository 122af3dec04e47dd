// What one operation may ask for, checked before anything runs, so a crafted query is refused
// without touching Neo4j. One walker, one message table, two moments:
// - before validation, the document's shape (selections, root fields, depth, aliases and
//   directives), which needs neither types nor variables: validation costs CPU that grows
//   faster than the document, so a crafted document is refused first, in time linear in
//   MAX_SELECTIONS (validationRules.ts);
// - once the operation is known, with its variables: every argument against the range its SDL
//   declares (arguments.ts), and then the estimated cost (plugins/limits.ts). The first walk
//   bounds the second: it never reaches more than MAX_SELECTIONS selections.
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Limits } from '../config.ts';
import { badInput, QueryTooComplexError } from '../errors/index.ts';
import { checkArguments } from './arguments.ts';
import { listSizeOf } from './listSize.ts';

const MESSAGES = {
  selections: (max: number) =>
    `at most ${max} selections (fields and fragments, with fragments expanded) are allowed; this operation has more`,
  rootFields: (max: number, found: string) =>
    `at most ${max} root fields are allowed; this operation has ${found}`,
  depth: (max: number, found: string) =>
    `at most ${max} levels of nesting are allowed; this operation has ${found}`,
  aliases: (max: number, found: string) =>
    `at most ${max} aliases are allowed; this operation has ${found}`,
  mutationFields: (found: string) =>
    `a mutation operation may hold one field: each change is applied in its own transaction, so two in one operation would not be all-or-nothing together; put the operations in one change, or send one request each; this operation has ${found}`,
  directives: (max: number, found: string) =>
    `at most ${max} directives are allowed; this operation has ${found}`,
  cost: (max: number, found: string) =>
    `the operation's estimated cost is ${found}, above the limit of ${max}; ask for smaller pages (first) or fewer hops (maxHops)`,
} as const;

/**
 * Visits every selection reachable from `set`, fragments expanded once per place they are
 * spread (cycles are not followed: validation refuses them). `field` returns the scope for the
 * field's own selections, or undefined not to enter them; `stop` ends the whole walk early.
 */
interface Visitor<S> {
  selection?(selection: SelectionNode | FragmentDefinitionNode): void;
  field(field: FieldNode, level: number, scope: S): S | undefined;
  fragment(typeCondition: string | undefined, scope: S): S;
  stop?(): boolean;
}

function walk<S>(
  set: SelectionSetNode,
  level: number,
  scope: S,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visitor: Visitor<S>,
  path: ReadonlySet<string> = new Set(),
): void {
  for (const selection of set.selections) {
    if (visitor.stop?.()) return;
    visitor.selection?.(selection);
    if (selection.kind === Kind.FIELD) {
      const inner = visitor.field(selection, level, scope);
      if (inner !== undefined && selection.selectionSet)
        walk(selection.selectionSet, level + 1, inner, fragments, visitor, path);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = visitor.fragment(selection.typeCondition?.name.value, scope);
      walk(selection.selectionSet, level, inner, fragments, visitor, path);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || path.has(name)) continue;
      visitor.selection?.(fragment);
      const inner = visitor.fragment(fragment.typeCondition.name.value, scope);
      walk(fragment.selectionSet, level, inner, fragments, visitor, new Set(path).add(name));
    }
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Why the document's shape is refused, or null when every operation in it is within limits. */
export function structureExceeds(document: DocumentNode, limits: Limits): string | null {
  const fragments = fragmentsOf(document);
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const t = { selections: 0, rootFields: 0, depth: 0, deeper: false, aliases: 0, directives: 0 };
    t.directives =
      (d.directives?.length ?? 0) +
      (d.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0);
    // The scope says whether the walk is inside __schema or __type: introspection nests deeper
    // than any data query (the standard query, 15 levels) and is bounded by its own rule
    // instead, graphql-js's MaxIntrospectionDepthRule (lists of types nested at most 3 deep),
    // while selections, aliases and directives count as anywhere else.
    walk(d.selectionSet, 1, false, fragments, {
      stop: () => t.selections > limits.maxSelections,
      selection(s) {
        if (s.kind !== Kind.FRAGMENT_DEFINITION) t.selections++;
        t.directives += s.directives?.length ?? 0;
      },
      field(field, level, introspection) {
        if (level === 1) t.rootFields++;
        if (field.alias) t.aliases++;
        if (introspection || (level === 1 && INTROSPECTION_ROOTS.has(field.name.value)))
          return true;
        t.depth = Math.max(t.depth, level);
        if (!field.selectionSet || level <= limits.maxDepth) return false;
        // Already past the limit: what it selects is at least one level deeper. A depth bomb
        // is not walked to its end.
        t.depth = Math.max(t.depth, level + 1);
        t.deeper = true;
        return undefined;
      },
      fragment: (_condition, introspection) => introspection,
    });
    // The walk stops at the first selection past the limit, so the other counts are then partial.
    if (t.selections > limits.maxSelections) return MESSAGES.selections(limits.maxSelections);
    const over = (
      name: 'rootFields' | 'aliases' | 'directives',
      found: number,
      max: number,
    ): string | null => (found > max ? MESSAGES[name](max, String(found)) : null);
    const reason =
      (d.operation === 'mutation' && t.rootFields > 1
        ? MESSAGES.mutationFields(String(t.rootFields))
        : null) ??
      over('rootFields', t.rootFields, limits.maxRootFields) ??
      (t.depth > limits.maxDepth
        ? MESSAGES.depth(limits.maxDepth, t.deeper ? `at least ${t.depth}` : String(t.depth))
        : null) ??
      over('aliases', t.aliases, limits.maxAliases) ??
      over('directives', t.directives, limits.maxDirectives);
    if (reason) return reason;
  }
  return null;
}

interface CostScope {
  type: GraphQLNamedType | undefined;
  /** How many times the parent's selections run: the product of the list sizes above. */
  multiplier: number;
  /** Sizes the parent field gives its object's list fields (@listSize sizedFields). */
  sized: ReadonlyMap<string, number>;
}

/**
 * The first argument out of its declared range (BAD_USER_INPUT), else the refusal of an
 * operation whose estimated cost exceeds MAX_COST, else null. Every field costs one per item its
 * parents' lists may return (`first`, or its default); a path or neighbourhood search costs
 * 10·2^hops more. Variables that do not coerce are left to execution, which refuses them.
 */
export function argumentsOrCostExceed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits,
): GraphQLError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return null;
  let cost = 0;
  let refused: GraphQLError | null = null;
  const root: CostScope = {
    type: schema.getRootType(operation.operation) ?? undefined,
    multiplier: 1,
    sized: new Map(),
  };
  walk(operation.selectionSet, 1, root, fragmentsOf(document), {
    stop: () => refused !== null,
    field(field, _level, { type, multiplier, sized }) {
      const definition =
        isObjectType(type) || isInterfaceType(type)
          ? type.getFields()[field.name.value]
          : undefined;
      if (!definition) return undefined;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(definition, field, coerced.coerced);
      } catch (error) {
        // e.g. a null variable for a non-null argument: execution would refuse it the same way.
        refused = badInput((error as Error).message);
        return undefined;
      }
      refused = checkArguments(definition.args, args);
      const count = (name: string): number | null =>
        typeof args[name] === 'number' ? (args[name] as number) : null;
      const hops = count('maxHops') ?? count('depth');
      // Past the limit the answer is known; the walk goes on only to check every argument.
      if (cost <= limits.maxCost) cost += multiplier * (1 + (hops === null ? 0 : 10 * 2 ** hops));
      const info = listSizeOf(definition);
      const slices = info.slicingArguments.map(count).filter((n) => n !== null);
      const size = slices.length
        ? Math.max(...slices)
        : (info.assumedSize ?? sized.get(field.name.value) ?? 1);
      const itself = info.sizedFields.length ? 1 : size;
      return {
        type: getNamedType(definition.type),
        // At least 1: a zero multiplier would let fragment fan-out below it grow without cost.
        multiplier: multiplier * Math.max(1, itself),
        sized: new Map(info.sizedFields.map((name) => [name, size])),
      };
    },
    fragment: (condition, scope) => ({
      ...scope,
      type: condition ? (schema.getType(condition) ?? undefined) : scope.type,
    }),
  });
  if (refused) return refused;
  if (cost > limits.maxCost)
    return new QueryTooComplexError(MESSAGES.cost(limits.maxCost, String(cost)));
  return null;
}
