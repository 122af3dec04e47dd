import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Limits } from '../config.ts';
import type { Context } from '../context.ts';
import type { Logger } from '../log.ts';
import { exceedsLimits } from './limits.ts';

/** Refuses an operation over any limit after validation and before a resolver runs. */
export function limitsPlugin(limits: Limits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const reason = exceedsLimits(
            schema,
            document,
            operation,
            request.variables ?? {},
            limits,
          );
          if (reason) {
            throw new GraphQLError(`Query too complex: ${reason}.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Logs unexpected errors in full, with the request id the client got in x-request-id. */
export function errorLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof GraphQLError && original.extensions.code) continue;
            log.event('error', {
              requestId: contextValue.requestId,
              message: (original as Error).message,
              stack: (original as Error).stack,
              path: error.path,
            });
          }
        },
      };
    },
  };
}
