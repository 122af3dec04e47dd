// Validation rules added to graphql-js's own. First, the limits that need neither the schema's
// types nor the variables, checked on the parsed document before the rest of validation:
// validation costs CPU that grows faster than the document (comparing thousands of duplicate
// fields pairwise, expanding fragments that spread each other), so a crafted document is refused
// first, in time linear in MAX_SELECTIONS. The cost estimate, which needs types and variables, is
// checked after validation (exceedsLimits in limits.ts, from limitsPlugin). Then: no mutations.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { OperationLimits } from '../config.ts';
import { QueryTooComplexError } from '../errors.ts';

interface Tally {
  selections: number;
  rootFields: number;
  depth: number;
  /** True when the walk stopped descending past the limit, so `depth` is a lower bound. */
  deeper: boolean;
  aliases: number;
  directives: number;
}

/** Why the document is refused, or null when every operation in it is within the limits. */
export function documentExceedsLimits(
  document: DocumentNode,
  limits: OperationLimits,
): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const tally: Tally = {
      selections: 0,
      rootFields: 0,
      depth: 0,
      deeper: false,
      aliases: 0,
      directives:
        (d.directives?.length ?? 0) +
        (d.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0),
    };
    walk(d.selectionSet, 1, new Set(), { fragments, limits, tally });
    const reason = verdict(tally, limits);
    if (reason) return reason;
  }
  return null;
}

function verdict(t: Tally, limits: OperationLimits): string | null {
  // The walk stops at the first selection past the limit, so the other counts are then partial.
  if (t.selections > limits.maxSelections)
    return `at most ${limits.maxSelections} selections (fields and fragments, with fragments expanded) are allowed; this operation has more`;
  if (t.rootFields > limits.maxRootFields)
    return `at most ${limits.maxRootFields} root fields are allowed; this operation has ${t.rootFields}`;
  if (t.depth > limits.maxDepth) {
    const depth = t.deeper ? `at least ${t.depth}` : String(t.depth);
    return `at most ${limits.maxDepth} levels of nesting are allowed; this operation has ${depth}`;
  }
  if (t.aliases > limits.maxAliases)
    return `at most ${limits.maxAliases} aliases are allowed; this operation has ${t.aliases}`;
  if (t.directives > limits.maxDirectives)
    return `at most ${limits.maxDirectives} directives are allowed; this operation has ${t.directives}`;
  return null;
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  limits: OperationLimits;
  tally: Tally;
}

/** Counts each selection once per place it is reached; fragment cycles are not followed. */
function walk(set: SelectionSetNode, level: number, path: Set<string>, w: Walk): void {
  const t = w.tally;
  for (const selection of set.selections) {
    if (++t.selections > w.limits.maxSelections) return;
    t.directives += selection.directives?.length ?? 0;
    if (selection.kind === Kind.FIELD) {
      if (level === 1) t.rootFields++;
      if (selection.alias) t.aliases++;
      t.depth = Math.max(t.depth, level);
      if (!selection.selectionSet) continue;
      if (level <= w.limits.maxDepth) walk(selection.selectionSet, level + 1, path, w);
      else {
        // Already past the limit: what it selects is at least one level deeper. A depth bomb
        // is not walked to its end.
        t.depth = Math.max(t.depth, level + 1);
        t.deeper = true;
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, level, path, w);
    } else {
      const name = selection.name.value;
      const fragment = w.fragments.get(name);
      // Unknown fragments and cycles are left to validation, which refuses both.
      if (!fragment || path.has(name)) continue;
      t.directives += fragment.directives?.length ?? 0;
      walk(fragment.selectionSet, level, new Set(path).add(name), w);
    }
    if (t.selections > w.limits.maxSelections) return;
  }
}

/**
 * A validation rule that applies documentExceedsLimits before any other rule does real work:
 * it runs when the traversal enters the document, and on refusal returns null, which ends the
 * traversal for every rule (graphql-js visits all rules in one parallel pass, and a visitor
 * that returns null for a node removes it, so nothing below the document is visited).
 */
export function documentLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      const reason = documentExceedsLimits(node, limits);
      if (reason === null) return undefined;
      context.reportError(new QueryTooComplexError(reason));
      return null;
    },
  });
}

/**
 * Refuses mutations and subscriptions during validation: the schema has neither, and graphql-js
 * only notices at execution, where it raises an uncoded error that would reach the client as
 * INTERNAL_SERVER_ERROR. As a validation error it is a 400 GRAPHQL_VALIDATION_FAILED.
 */
export const readOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `This API is read-only: it has no ${node.operation} operations; send a query.`,
        { nodes: node },
      ),
    );
  },
});
