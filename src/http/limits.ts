// Operation limits checked after parsing and before execution, so a crafted query is refused
// without touching Neo4j. Fragments are expanded (each once per path) so they cannot hide cost.
import {
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Limits } from '../config.ts';

interface Tally {
  aliases: number;
  directives: number;
  depth: number;
  cost: number;
}

/** Returns why the operation is refused, or null when it is within every limit. */
export function exceedsLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits,
): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const rootFields = countFields(operation.selectionSet, fragments, new Set(), new Map());
  if (rootFields > limits.maxRootFields)
    return `at most ${limits.maxRootFields} root fields are allowed; this operation has ${rootFields}`;

  const tally: Tally = {
    aliases: 0,
    directives: operation.directives?.length ?? 0,
    depth: 0,
    cost: 0,
  };
  // A variable the request leaves out takes its default from the operation, as at execution.
  const withDefaults: Record<string, unknown> = {};
  for (const d of operation.variableDefinitions ?? []) {
    const fallback = d.defaultValue ? intValue(d.defaultValue, {}) : null;
    if (fallback !== null) withDefaults[d.variable.name.value] = fallback;
  }
  const root = schema.getRootType(operation.operation) ?? undefined;
  walk(operation.selectionSet, root, 1, 1, new Set(), {
    schema,
    fragments,
    variables: { ...withDefaults, ...variables },
    tally,
    limits,
  });
  if (tally.depth > limits.maxDepth) {
    // The walk stops two levels past the limit, so a deeper operation is reported as "at least".
    const depth = tally.depth > limits.maxDepth + 1 ? `at least ${tally.depth}` : tally.depth;
    return `at most ${limits.maxDepth} levels of nesting are allowed; this operation has ${depth}`;
  }
  if (tally.aliases > limits.maxAliases)
    return `at most ${limits.maxAliases} aliases are allowed; this operation has ${tally.aliases}`;
  if (tally.directives > limits.maxDirectives)
    return `at most ${limits.maxDirectives} directives are allowed; this operation has ${tally.directives}`;
  if (tally.cost > limits.maxCost) {
    return `the operation's estimated cost is ${tally.cost}, above the limit of ${limits.maxCost}; ask for smaller pages (first) or fewer hops (maxHops)`;
  }
  return null;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  tally: Tally;
  limits: Limits;
}

function walk(
  set: SelectionSetNode,
  type: GraphQLNamedType | undefined,
  depth: number,
  multiplier: number,
  path: Set<string>,
  w: Walk,
): void {
  // Stop early once any limit is exceeded: the answer is already "refused".
  if (w.tally.cost > w.limits.maxCost || depth > w.limits.maxDepth + 1) {
    w.tally.depth = Math.max(w.tally.depth, depth);
    return;
  }
  for (const selection of set.selections) {
    w.tally.directives += selection.directives?.length ?? 0;
    if (selection.kind === Kind.FIELD) {
      w.tally.depth = Math.max(w.tally.depth, depth);
      if (selection.alias) w.tally.aliases++;
      const definition =
        isObjectType(type) || isInterfaceType(type)
          ? type.getFields()[selection.name.value]
          : undefined;
      const given = (name: string): number | null =>
        argumentOrDefault(selection, definition, name, w.variables);
      // A list field multiplies what it selects by the items it may return (`first` or its default).
      // At least 1: a zero multiplier would let fragment fan-out below it grow without cost.
      const size = Math.max(1, given('first') ?? 1);
      w.tally.cost += multiplier * (1 + pathCost(given));
      if (selection.selectionSet) {
        const child = definition ? getNamedType(definition.type) : undefined;
        walk(selection.selectionSet, child, depth + 1, multiplier * size, path, w);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? w.schema.getType(selection.typeCondition.name.value)
        : type;
      walk(selection.selectionSet, condition, depth, multiplier, path, w);
    } else {
      const name = selection.name.value;
      const fragment = w.fragments.get(name);
      if (!fragment || path.has(name)) continue; // cycles are also refused by validation
      const condition = w.schema.getType(fragment.typeCondition.name.value);
      walk(fragment.selectionSet, condition, depth, multiplier, new Set(path).add(name), w);
    }
  }
}

// Fields at the root, fragments expanded. A fragment's count is worked out once and reused:
// fragments that each spread the next one twice would otherwise take exponential time.
function countFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
  counted: Map<string, number>,
): number {
  let count = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) count++;
    else if (s.kind === Kind.INLINE_FRAGMENT)
      count += countFields(s.selectionSet, fragments, seen, counted);
    else if (!seen.has(s.name.value)) {
      const name = s.name.value;
      let n = counted.get(name);
      if (n === undefined) {
        const f = fragments.get(name);
        n = f ? countFields(f.selectionSet, fragments, new Set(seen).add(name), counted) : 0;
        counted.set(name, n);
      }
      count += n;
    }
  }
  return count;
}

function argument(
  field: FieldNode,
  name: string,
  variables: Record<string, unknown>,
): number | null {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return null;
  const value = intValue(arg.value, variables);
  return value === null ? null : Math.max(0, value);
}

function intValue(node: ValueNode, variables: Record<string, unknown>): number | null {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/** An argument's value as given (literal or variable), else the schema's default for it. */
function argumentOrDefault(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  name: string,
  variables: Record<string, unknown>,
): number | null {
  const value = argument(field, name, variables);
  if (value !== null) return value;
  const fallback = definition?.args.find((a) => a.name === name)?.defaultValue;
  return typeof fallback === 'number' ? Math.max(0, fallback) : null;
}

/** Path and neighbourhood searches grow with the number of hops they may take. */
function pathCost(given: (name: string) => number | null): number {
  const hops = given('maxHops') ?? given('depth');
  return hops === null ? 0 : 10 * 2 ** Math.min(hops, 20);
}
