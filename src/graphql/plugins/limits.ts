import type { ApolloServerPlugin } from '@apollo/server';
import type { Limits } from '../../config.ts';
import type { Context } from '../context.ts';
import { argumentsOrCostExceed } from '../limits.ts';
import type { WriteLimit } from './writeLimit.ts';

/**
 * Once the operation is known (after validation, or from the document cache), checks its
 * arguments against their declared ranges and its estimated cost, before any resolver runs. An
 * argument out of range answers 200 BAD_USER_INPUT, as a resolver's refusal would. Only an
 * operation within them is counted against the sender's writes (`writes`): Apollo runs the
 * plugins' hooks at once, so the order is kept here.
 */
export function limitsPlugin(limits: Limits, writes: WriteLimit): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return;
          const refusal = argumentsOrCostExceed(
            schema,
            document,
            operation,
            request.variables ?? {},
            limits,
          );
          if (!refusal) return writes(operation, contextValue);
          refusal.extensions.http ??= { status: 200 };
          throw refusal;
        },
      };
    },
  };
}
