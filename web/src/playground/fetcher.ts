// GraphiQL's fetcher for the API's /graphql. Its introspection query (15 levels deep) passes the
// depth limit: the API bounds introspection by its own rule (src/graphql/limits.ts).
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import type { Fetcher } from '@graphiql/toolkit';

export const fetcher: Fetcher = createGraphiQLFetcher({ url: '/graphql' });
