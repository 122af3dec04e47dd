import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Limits } from '../config.ts';
import type { Context } from '../context.ts';
import { QueryTooComplexError } from '../errors.ts';
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
          if (reason) throw new QueryTooComplexError(reason);
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

type ApolloLogger = NonNullable<ApolloServerOptions<Context>['logger']>;

/** Apollo's own messages (e.g. an unexpected error inside its pipeline) go to our log as well. */
export function apolloLogger(log: Logger): ApolloLogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message?: unknown): void =>
      log.event(level, { source: 'apollo', message: String(message) });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
