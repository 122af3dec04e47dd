// The GraphQL side of the API: the executable schema and Apollo with its policy (limits, error
// formatting, plugins). No HTTP and no environment here; src/http serves it.
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Context } from './context.ts';
import { formatErrorFor } from './formatError.ts';
import { errorLogPlugin } from './plugins/errorLog.ts';
import { limitsPlugin } from './plugins/limits.ts';
import { noStorePlugin } from './plugins/noStore.ts';
import { resolvers } from './resolvers/index.ts';
import { typeDefs } from './schema.ts';
import { documentLimitsRule, readOnlyRule } from './validationRules.ts';

export interface GraphQLService {
  apollo: ApolloServer<Context>;
  /** The schema Apollo serves; exports read argument types, defaults and ranges from it. */
  schema: GraphQLSchema;
  stop(): Promise<void>;
}

type ApolloLogger = NonNullable<ApolloServerOptions<Context>['logger']>;

/** Apollo's own messages (e.g. an unexpected error inside its pipeline) go to our log as well. */
function apolloLogger(log: Logger): ApolloLogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message?: unknown): void =>
      log.event(level, { source: 'apollo', message: String(message) });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export async function createGraphQL({
  config,
  log,
}: {
  config: Config;
  log: Logger;
}): Promise<GraphQLService> {
  const development = config.nodeEnv !== 'production';
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: development,
    hideSchemaDetailsFromClientErrors: !development,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts owns the signals: it stops the HTTP server, Apollo and Neo4j in that order.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [documentLimitsRule(config.limits), readOnlyRule],
    formatError: formatErrorFor(!development),
    logger: apolloLogger(log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field resolver to collect cache hints we never
      // set (a tenth of the time of a 2,000-relationship neighbourhood); its only effect was this
      // header, now set by noStorePlugin.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      limitsPlugin(config.limits),
      errorLogPlugin(log),
    ],
  });
  await apollo.start();
  return { apollo, schema, stop: () => apollo.stop() };
}
