// createServer(): Apollo with its plugins and our HTTP handler. No listening and no environment
// here, so tests build the same server on port 0.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import type { Logger } from './log.ts';
import type { Graph } from './neo4j/graph.ts';
import { ERROR_CODES } from './errors.ts';
import { typeDefs } from './schema.ts';
import { resolvers } from './resolvers/index.ts';
import { createHandler, type Handler } from './http/handler.ts';
import { errorLogPlugin, limitsPlugin } from './http/plugins.ts';

export interface ServerDependencies {
  config: Config;
  graph: Graph;
  log: Logger;
}

export interface Server {
  handle: Handler;
  stop(): Promise<void>;
}

// Codes a client may see: ours, plus Apollo's request-level ones raised before execution.
const PUBLIC_CODES = new Set<string>([
  ...ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function maskUnexpected(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
  return {
    message:
      'Internal server error. The x-request-id response header identifies it in the server log.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

export async function createServer({ config, graph, log }: ServerDependencies): Promise<Server> {
  const development = config.nodeEnv !== 'production';
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: development,
    hideSchemaDetailsFromClientErrors: !development,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts owns the signals: it stops the HTTP server, Apollo and Neo4j in that order.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    formatError: maskUnexpected,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(config.limits),
      errorLogPlugin(log),
    ],
  });
  await apollo.start();
  return {
    handle: createHandler(apollo, { config, graph, log }),
    stop: () => apollo.stop(),
  };
}
