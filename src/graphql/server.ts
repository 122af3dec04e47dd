// The GraphQL side of the API: the executable schema and Apollo with its policy (limits, error
// formatting, plugins). No HTTP and no environment here; src/http serves it.
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Graph } from '../neo4j/graph.ts';
import type { Context } from './context.ts';
import { formatErrorFor } from './formatError.ts';
import { errorLogPlugin } from './plugins/errorLog.ts';
import { limitsPlugin } from './plugins/limits.ts';
import { noStorePlugin } from './plugins/noStore.ts';
import { writeLimit } from './plugins/writeLimit.ts';
import { resolvers } from './resolvers/index.ts';
import { typeDefs } from './schema.ts';
import { documentLimitsRule, knownOperationsRule } from './validationRules.ts';
import { warmUp } from './warmUp.ts';

export interface GraphQLService {
  apollo: ApolloServer<Context>;
  /** Asks the common questions once, so Neo4j has planned them; returns how many. */
  warmUp(graph: Graph): Promise<number>;
  /** The schema Apollo serves; exports read argument types, defaults and ranges from it. */
  schema: GraphQLSchema;
  stop(): Promise<void>;
}

type ApolloLogger = NonNullable<ApolloServerOptions<Context>['logger']>;

/** Bytes of parsed documents kept, so a repeated query skips parsing and validation. */
const DOCUMENT_CACHE_BYTES = 8 * 1024 * 1024;

/**
 * Parsed documents, bounded in bytes. Apollo's default store sizes an entry by its JSON, which
 * leaves out `loc.source`: each entry then kept its whole query text alive (95 kB of comment
 * counted as a few hundred bytes), and a flood of distinct queries grew memory without end.
 */
const documentCache = (): InMemoryLRUCache<DocumentNode> =>
  new InMemoryLRUCache<DocumentNode>({
    maxSize: DOCUMENT_CACHE_BYTES,
    sizeCalculation: (document) =>
      JSON.stringify(document).length + (document.loc?.source.body.length ?? 0),
  });

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
    documentStore: documentCache(),
    validationRules: [documentLimitsRule(config.limits), knownOperationsRule],
    formatError: formatErrorFor(!development),
    logger: apolloLogger(log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field resolver to collect cache hints we never
      // set (a tenth of the time of a 2,000-relationship neighbourhood); its only effect was this
      // header, now set by noStorePlugin.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      limitsPlugin(config.limits, writeLimit(config.auth)),
      errorLogPlugin(log),
    ],
  });
  await apollo.start();
  return {
    apollo,
    schema, // Planning a cold statement may take longer than a request's statement time limit.
    warmUp: (graph) => warmUp(apollo, graph.withOptions({ timeoutMs: 120_000 })),
    stop: () => apollo.stop(),
  };
}
