// createServer(): Apollo with its plugins and our HTTP handler. No listening and no environment
// here, so tests build the same server on port 0.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import type { Logger } from './log.ts';
import type { Graph } from './neo4j/graph.ts';
import { ERROR_CODES, QueryTooComplexError } from './errors.ts';
import { typeDefs } from './schema.ts';
import { resolvers } from './resolvers/index.ts';
import { createHandler, type Handler } from './http/handler.ts';
import { documentLimitsRule, readOnlyRule } from './http/validationRules.ts';
import { apolloLogger, errorLogPlugin, limitsPlugin } from './http/plugins.ts';

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

/**
 * Apollo hands formatError each error both formatted and as raised. A limit refused during
 * validation gets its own code back; a parser stack overflow is named as such; then unexpected
 * errors are masked; in production the "Did you mean …?" hints, which name schema members, are
 * removed from every message (Apollo's own hiding covers validation errors only, not variable
 * coercion).
 */
export function formatErrorFor(
  production: boolean,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    let answer = formatted;
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (error instanceof QueryTooComplexError || original instanceof QueryTooComplexError) {
      answer = { ...answer, extensions: { ...answer.extensions, code: 'QUERY_TOO_COMPLEX' } };
    }
    // graphql-js parses recursively: a few thousand nested lists overflow the stack before the
    // token limit is reached. Apollo reports it as a parse failure; say so in plain words.
    if (answer.extensions?.code === 'GRAPHQL_PARSE_FAILED' && STACK_OVERFLOW.test(answer.message))
      answer = {
        message: 'Syntax Error: the document is nested too deeply to parse.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      };
    // graphql-js words its token limit "more that 5000 tokens. Parsing aborted."
    if (answer.extensions?.code === 'GRAPHQL_PARSE_FAILED')
      answer = { ...answer, message: answer.message.replace(TOO_MANY_TOKENS, TOKENS_MESSAGE) };
    answer = maskUnexpected(answer);
    if (production) answer = { ...answer, message: withoutSuggestions(answer.message) };
    return answer;
  };
}

const STACK_OVERFLOW = /Maximum call stack size exceeded/;
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens\. Parsing aborted\./;
const TOKENS_MESSAGE = 'the document has more than $1 tokens, the limit; send a smaller one.';

const withoutSuggestions = (message: string): string =>
  message.replace(/ ?Did you mean .+?\?(?=\s|$)/gs, '');

/** Answers are never cacheable: the data changes with each load. */
const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control'))
          response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

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
    validationRules: [documentLimitsRule(config.limits), readOnlyRule],
    formatError: formatErrorFor(!development),
    logger: apolloLogger(log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field resolver to collect cache hints we never
      // set (a tenth of the time of a 2,000-relationship neighbourhood); its only effect was this
      // header, now set directly.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
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
