import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../src/errors/index.ts';
import { errorLogPlugin } from '../../src/graphql/plugins/errorLog.ts';

describe('errorLogPlugin', () => {
  it('logs uncoded errors and INTERNAL_SERVER_ERROR in full, not the coded answers', async () => {
    const events: Record<string, unknown>[] = [];
    const plugin = errorLogPlugin({
      say: () => undefined,
      event: (level, fields) => void events.push({ level, ...fields }),
    });
    const listener = await plugin.requestDidStart?.({} as never);
    await listener?.didEncounterErrors?.({
      errors: [
        apiError('NOT_FOUND', 'no such entity'),
        apiError('INTERNAL_SERVER_ERROR', 'provenance names a missing source'),
        new GraphQLError('wrapped', { path: ['stats'], originalError: new Error('Neo4j said no') }),
      ],
      contextValue: { requestId: 'r-1' },
    } as never);
    expect(events.map((e) => [e.level, e.requestId, e.message])).toEqual([
      ['error', 'r-1', 'provenance names a missing source'],
      ['error', 'r-1', 'Neo4j said no'],
    ]);
  });
});
