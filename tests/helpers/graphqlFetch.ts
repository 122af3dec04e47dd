// GraphQL over HTTP the way a client sends it: one JSON POST through fetch. For requests that
// must reach the server byte for byte (odd paths, chunked bodies, timing) see rawHttp.ts.

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** POSTs `body` as JSON to `url`; the Response is left unread, for tests that read headers. */
export function postGraphQL(
  url: string,
  body: GraphQLBody,
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

/** POSTs one operation and reads its answer, with the HTTP status. */
export async function queryGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const res = await postGraphQL(url, { query, variables });
  const body = (await res.json()) as GraphQLResponse<T>;
  return { ...body, status: res.status };
}
