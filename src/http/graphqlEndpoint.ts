// POST and GET /graphql: the body read under its size limit (so oversized or malformed requests
// get a JSON error, never an HTML page), then Apollo, in the request's scope.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { errorBody } from '../errors.ts';
import { createContext } from '../graphql/context.ts';
import type { GraphQLService } from '../graphql/server.ts';
import { BodyError, ClientGone, discardRest, readBody } from './body.ts';
import type { Outcome, RequestScope } from './requestScope.ts';

export async function serveGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  scope: RequestScope,
  { apollo }: GraphQLService,
  bodyLimitBytes: number,
): Promise<Outcome | null> {
  let body: unknown;
  try {
    body = await readBody(req, bodyLimitBytes);
  } catch (error) {
    if (error instanceof ClientGone)
      return { status: 0, outcome: 'client gone mid-body', clientGone: true };
    if (!(error instanceof BodyError)) throw error;
    res
      .writeHead(error.status, { 'content-type': 'application/json; charset=utf-8' })
      .end(errorBody('BAD_REQUEST', error.message));
    // An oversized body is answered before it is all sent: drop the rest for a moment so the
    // client reads the 413 instead of a broken pipe, then cut it off.
    if (error.status === 413) discardRest(req, 1_000);
    return { status: error.status, outcome: 'BAD_REQUEST' };
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(scope.requestId, scope.graph),
  });
  const status = result.status ?? 200;
  res.statusCode = status;
  for (const [key, value] of result.headers) res.setHeader(key, value);
  let text = '';
  if (result.body.kind === 'complete') text = result.body.string;
  else for await (const chunk of result.body.asyncIterator) text += chunk;
  res.end(text);
  return { operationName: operationName(body, url), status, outcome: errorCodes(text) };
}

function operationName(body: unknown, url: URL): string | null {
  const name =
    (body as { operationName?: unknown } | undefined)?.operationName ??
    url.searchParams.get('operationName');
  return typeof name === 'string' ? name : null;
}

/** "ok", or the error codes of the response, for the request log. */
function errorCodes(text: string): string {
  if (!text.includes('"errors"')) return 'ok';
  try {
    const { errors } = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return (
      [...new Set((errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN'))].join(',') || 'ok'
    );
  } catch {
    return 'unparsed';
  }
}
