import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Logger } from '../../log.ts';
import type { Context } from '../context.ts';

/** Logs unexpected errors in full, with the request id the client got in x-request-id. */
export function errorLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            // Coded errors are answers (NOT_FOUND, TIMEOUT, …), except INTERNAL_SERVER_ERROR,
            // which a resolver raises for a broken invariant and the client only sees masked.
            const code = original instanceof GraphQLError ? original.extensions.code : undefined;
            if (code && code !== 'INTERNAL_SERVER_ERROR') continue;
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
