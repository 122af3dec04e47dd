// How errors reach the client: a limit refused during validation keeps its own code, parser
// failures are worded plainly, anything without a public code is masked, and in production no
// message names schema members it was not asked about.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, INTERNAL_MESSAGE, QueryTooComplexError } from '../errors/index.ts';

// Codes a client may see: ours, plus Apollo's request-level ones raised before execution.
const PUBLIC_CODES = new Set<string>([
  ...ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function maskUnexpected(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const STACK_OVERFLOW = /Maximum call stack size exceeded/;
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens\. Parsing aborted\./;
const TOKENS_MESSAGE = 'the document has more than $1 tokens, the limit; send a smaller one.';

const withoutSuggestions = (message: string): string =>
  message.replace(/ ?Did you mean .+?\?(?=\s|$)/gs, '');

/** Apollo hands formatError each error both formatted and as raised. */
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
