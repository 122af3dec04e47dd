// Validation rules added to graphql-js's own: the document's shape within the limits, checked
// before the other rules do real work; and no mutations or subscriptions.
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Limits } from '../config.ts';
import { QueryTooComplexError, noSuchOperation } from '../errors/index.ts';
import { structureExceeds } from './limits.ts';

/**
 * Applies structureExceeds when the traversal enters the document, and on refusal returns null,
 * which ends the traversal for every rule (graphql-js visits all rules in one parallel pass, and
 * a visitor that returns null for a node removes it, so nothing below the document is visited).
 */
export function documentLimitsRule(limits: Limits): ValidationRule {
  return (context) => ({
    Document(node) {
      const reason = structureExceeds(node, limits);
      if (reason === null) return undefined;
      context.reportError(new QueryTooComplexError(reason));
      return null;
    },
  });
}

/**
 * Refuses an operation type the schema lacks (subscriptions) during validation: graphql-js only
 * notices at execution, where it raises an uncoded error that would reach the client as
 * INTERNAL_SERVER_ERROR. As a validation error it is a 400 GRAPHQL_VALIDATION_FAILED.
 */
export const knownOperationsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(noSuchOperation(node.operation), { nodes: node }));
  },
});
