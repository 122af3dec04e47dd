// The dashboard's only way to the API: a typed operation generated from web/src/operations,
// POSTed to /graphql as JSON (a non-simple request, so the API's CSRF check lets it through) with
// the session's key (session.ts), if any. Every failure becomes an ApiError with the API's own
// code, so a view can show what went wrong instead of going blank.
import type { TypedDocumentString } from '../generated/graphql.ts';
import { sessionKey } from './session.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  signal?: AbortSignal,
  /** The key to send instead of the session's (signing in checks a key before keeping it). */
  key: string | null = sessionKey(),
): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('The API cannot be reached.', 'NETWORK_ERROR');
  }
  return readBody<R>(response);
}

async function readBody<R>(response: Response): Promise<R> {
  let body: GraphQLBody<R>;
  try {
    body = (await response.json()) as GraphQLBody<R>;
  } catch {
    throw new ApiError(`The API answered ${response.status} without JSON.`, 'BAD_RESPONSE');
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  if (!response.ok || !body.data)
    throw new ApiError(`The API answered ${response.status} without data.`, 'BAD_RESPONSE');
  return body.data;
}
