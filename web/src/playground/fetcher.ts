// GraphiQL's fetcher, with one adjustment: its introspection query nests `ofType` seven deep,
// past the API's depth limit (MAX_QUERY_DEPTH, 10 by default), so the API refuses it like any
// other too-deep operation. Our schema wraps a type at most three times (`[EntityKind!]!`), so
// the same query with three levels of `ofType` describes it completely and passes the limit.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import type { Fetcher } from '@graphiql/toolkit';

const SHALLOW_TYPE_REF = `fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
      }
    }
  }
}
`;

const base = createGraphiQLFetcher({ url: '/graphql' });

export const fetcher: Fetcher = (params, options) =>
  base(
    params.operationName === 'IntrospectionQuery'
      ? {
          ...params,
          query: params.query.replace(/fragment TypeRef on __Type \{[\s\S]*$/, SHALLOW_TYPE_REF),
        }
      : params,
    options,
  );
