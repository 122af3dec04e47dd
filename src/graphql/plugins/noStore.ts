import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';

/** Answers are never cacheable: the data changes with each load. */
export const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control'))
          response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
