// How errors reach the client: codes restored, parser failures worded, the unexpected masked.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QueryTooComplexError } from '../../src/errors/index.ts';
import { formatErrorFor } from '../../src/graphql/formatError.ts';

describe('formatErrorFor', () => {
  const development = formatErrorFor(false);
  const production = formatErrorFor(true);

  it('gives a limit refused during validation its own code back', () => {
    const ours = new QueryTooComplexError('too deep');
    // What Apollo makes of a validation error: a copy, relabelled, with ours as originalError.
    const relabelled = new GraphQLError(ours.message, {
      originalError: ours,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      development(
        { message: ours.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        relabelled,
      ),
    ).toEqual({
      message: 'Query too complex: too deep.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('names a parser stack overflow', () => {
    expect(
      development(
        {
          message: 'Maximum call stack size exceeded',
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
        new RangeError('Maximum call stack size exceeded'),
      ),
    ).toEqual({
      message: 'Syntax Error: the document is nested too deeply to parse.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('words the token limit plainly', () => {
    expect(
      development(
        {
          message: 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
        null,
      ).message,
    ).toBe('Syntax Error: the document has more than 5000 tokens, the limit; send a smaller one.');
  });

  it('masks errors without a public code, keeping the path', () => {
    expect(
      production({ message: 'Neo4jError: boom', path: ['stats'], extensions: { code: 'X' } }, null),
    ).toEqual({
      message:
        'Internal server error. The x-request-id response header identifies it in the server log.',
      path: ['stats'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('removes "Did you mean" hints in production only', () => {
    const hinted = {
      message:
        'Variable "$k" got invalid value "ENTERPRIS" at "k[0]"; Value "ENTERPRIS" does not exist in "EntityKind" enum. Did you mean the enum value "ENTERPRISE"?',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    expect(production(hinted, null).message).toBe(
      'Variable "$k" got invalid value "ENTERPRIS" at "k[0]"; Value "ENTERPRIS" does not exist in "EntityKind" enum.',
    );
    expect(development(hinted, null).message).toBe(hinted.message);
  });
});
